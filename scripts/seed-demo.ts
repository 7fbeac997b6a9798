// npm run seed:demo             adds the fictional demo practice and submissions (idempotent)
// npm run seed:demo -- --remove takes it out again
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { insertDemoSubmissions } from '../src/db/seed/demo-submissions.js'
import { insertDemoEvaluations } from '../src/db/seed/demo-evaluations.js'
import { insertDemoPractices, removeDemoPractices } from '../src/db/seed/seed-demo.js'
import { demoContributorEmail } from '../src/db/seed/seed-demo-users.js'

const config = loadConfig()
const database = await openDatabase(config)
try {
  await prepareDatabase(database)
  if (process.argv.includes('--remove')) {
    console.log(`Removed ${await removeDemoPractices(database.db)} demo practice examples.`)
  } else {
    console.log(`Added ${await insertDemoPractices(database.db)} demo practice examples.`)
    console.log(
      `Added ${await insertDemoSubmissions(database.db, demoContributorEmail)} demo submissions waiting for review.`,
    )
    console.log(`Added ${await insertDemoEvaluations(database.db)} demo evaluations.`)
  }
} finally {
  await database.close()
}
