import type { Database } from './client.js'
import { seedReferenceData } from './seed/seed-reference.js'

/** Start-up work on the database: forward-only migrations, then reference data. */
export async function prepareDatabase(database: Database): Promise<void> {
  await database.withStartupLock(async () => {
    await database.migrate()
    await seedReferenceData(database.db)
  })
}
