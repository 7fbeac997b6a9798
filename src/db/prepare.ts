import { migrationsApplied, type Database } from './client.js'
import { seedReferenceDataIfChanged } from './seed/seed-reference.js'

/**
 * Start-up work on the database: forward-only migrations, then reference data. Each is skipped when
 * already done (every migration applied; reference data seeded with the same checksum), so a restart
 * costs two small queries.
 */
export async function prepareDatabase(database: Database): Promise<void> {
  await database.withStartupLock(async () => {
    if (!(await migrationsApplied(database.db))) await database.migrate()
    await seedReferenceDataIfChanged(database.db)
  })
}
