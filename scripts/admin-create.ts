// npm run admin:create -- --email someone@force.police.uk --name "Their Name"
// Creates (or promotes) an admin and prints a one-time link to set their password.
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { AccountsService } from '../src/features/accounts/service.js'

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
if (!values.email || !values.name || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
  console.error('Usage: npm run admin:create -- --email name@example.police.uk --name "Full Name"')
  process.exit(2)
}
const config = loadConfig()
const database = await openDatabase(config)
try {
  await prepareDatabase(database)
  const link = await new AccountsService(database.db, config).createAdmin(values.email.toLowerCase(), values.name)
  console.log(
    `${values.email} is an admin. Send them this link to set a password (it works once, for 24 hours):\n${link}`,
  )
} finally {
  await database.close()
}
