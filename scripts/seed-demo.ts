// npm run seed:demo             adds the fictional demo practice (idempotent)
// npm run seed:demo -- --remove takes it out again
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { insertDemoPractices, removeDemoPractices } from '../src/db/seed/seed-demo.js'

const config = loadConfig()
const database = await openDatabase(config)
try {
  await prepareDatabase(database)
  if (process.argv.includes('--remove')) {
    console.log(`Removed ${await removeDemoPractices(database.db)} demo practice examples.`)
  } else {
    console.log(`Added ${await insertDemoPractices(database.db)} demo practice examples.`)
  }
} finally {
  await database.close()
}
