import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { referenceDataChecksum } from '../src/db/seed/seed-reference.js'
import { createTestDatabase } from './support/database.js'

let database: Database

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.close()
})

const kentName = async () =>
  (await queryRows<{ name: string }>(database.db, sql`select name from organisations where code = 'kent'`))[0]?.name

/** The same database, counting how often start-up asks it to migrate. */
function counting(db: Database) {
  const counted = { ...db, migrations: 0 }
  counted.migrate = async () => {
    counted.migrations++
    await db.migrate()
  }
  return counted
}

describe('start-up work is done once', () => {
  it('skips migrations already applied and reference data already seeded with the same checksum', async () => {
    await prepareDatabase(database)
    const [stored] = await queryRows<{ value: string }>(
      database.db,
      sql`select value from startup_state where key = 'reference-data-sha256'`,
    )
    expect(stored?.value).toBe(referenceDataChecksum())

    // A change made after seeding survives a restart: the seed did not run again.
    await database.db.execute(sql`update organisations set name = 'Renamed by hand' where code = 'kent'`)
    const restarted = counting(database)
    await prepareDatabase(restarted)
    expect(restarted.migrations).toBe(0)
    expect(await kentName()).toBe('Renamed by hand')

    // When the reference data changes (its checksum differs), the next start seeds it again.
    await database.db.execute(sql`update startup_state set value = 'an older checksum'`)
    await prepareDatabase(restarted)
    expect(await kentName()).toBe('Kent Police')
    expect(restarted.migrations).toBe(0)
  })

  it('migrates when a migration is not yet applied', async () => {
    const latest = await queryRows<{ id: number }>(
      database.db,
      sql`select id from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    )
    // As if the newest migration (0009_search_vocabulary, which can be applied over itself) had not been applied yet.
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${latest[0]?.id ?? 0}`)
    await database.db.execute(sql`drop table search_synonym_groups`)
    const restarted = counting(database)
    await prepareDatabase(restarted)
    expect(restarted.migrations).toBe(1)
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int n from search_synonym_groups`)
    expect(row?.n).toBeGreaterThan(20)
  })

  it('creates the demo accounts once and returns them all at every start', async () => {
    const first = await insertDemoUsers(database.db)
    const again = await insertDemoUsers(database.db)
    expect(again).toEqual(first)
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int n from users where is_demo and email in (${sql.join(
        first.map((u) => sql`${u.email}`),
        sql`, `,
      )})`,
    )
    expect(row?.n).toBe(first.length)
  })
})
