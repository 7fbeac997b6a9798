import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { referenceDataChecksum } from '../src/db/seed/seed-reference.js'
import { buildServer, SERVER_STAMP } from '../scripts/server-build.mjs'
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
    // As if the newest migrations (0015_evaluation and 0020_force_size, whose journal times are the
    // two latest) had not been applied yet: undo what they do.
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at >= 1796400000000`)
    await database.db.execute(sql`alter table organisations drop column size_band`)
    await database.db.execute(sql`drop table evaluations`)
    const restarted = counting(database)
    await prepareDatabase(restarted)
    expect(restarted.migrations).toBe(1)
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`select (select count(*)::int from information_schema.columns where table_name = 'organisations' and column_name = 'size_band')
            + (select count(*)::int from information_schema.tables where table_name = 'evaluations') as n`,
    )
    expect(row?.n).toBe(2)
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

describe('the server compiled for npm start', () => {
  it('compiles src to plain JavaScript once, again when a source changes, and drops what a removed source made', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pb-server-build-'))
    const src = path.join(root, 'src')
    const out = path.join(root, 'dist')
    mkdirSync(path.join(src, 'greetings'), { recursive: true })
    writeFileSync(path.join(src, 'words.ts'), "export const word: string = 'hello'\n")
    writeFileSync(
      path.join(src, 'greetings', 'greet.ts'),
      "import type { Buffer } from 'node:buffer'\nimport { word } from '../words.js'\nexport const greet = (name: string): string => `${word} ${name}`\nexport type Unused = Buffer\n",
    )
    writeFileSync(path.join(src, 'words.test.ts'), "throw new Error('tests are not compiled')\n")
    try {
      expect(await buildServer(root, out)).toBe(true)
      expect(existsSync(path.join(out, SERVER_STAMP))).toBe(true)
      expect(existsSync(path.join(out, 'words.test.js'))).toBe(false)
      const greetJs = path.join(out, 'greetings', 'greet.js')
      const first = (await import(`${pathToFileURL(greetJs).href}?1`)) as { greet(name: string): string }
      expect(first.greet('Kent')).toBe('hello Kent')

      // Nothing changed: nothing is compiled, the output is left as it is.
      writeFileSync(greetJs, `${readFileSync(greetJs, 'utf8')}// touched by the test\n`)
      expect(await buildServer(root, out)).toBe(false)
      expect(readFileSync(greetJs, 'utf8')).toContain('touched by the test')

      writeFileSync(path.join(src, 'words.ts'), "export const word: string = 'good morning'\n")
      expect(await buildServer(root, out)).toBe(true)
      const words = (await import(`${pathToFileURL(path.join(out, 'words.js')).href}?2`)) as { word: string }
      expect(words.word).toBe('good morning')
      expect(readFileSync(greetJs, 'utf8')).not.toContain('touched by the test')

      rmSync(path.join(src, 'greetings'), { recursive: true })
      expect(await buildServer(root, out)).toBe(true)
      expect(existsSync(greetJs)).toBe(false)
      expect(existsSync(path.join(out, 'words.js'))).toBe(true)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
