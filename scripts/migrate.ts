// npm run db:migrate: applies pending migrations and refreshes reference data (the server also does this at start).
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'

const config = loadConfig()
const database = await openDatabase(config)
try {
  await prepareDatabase(database)
  console.log(`Migrations applied and reference data refreshed (${database.kind}).`)
} finally {
  await database.close()
}
