import { existsSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../src/db/client.js'
import { demoToolkitLinks } from '../src/db/seed/demo-toolkit-links.js'
import { demoAdoptions } from '../src/db/seed/demo-adoptions.js'
import { demoPractices } from '../src/db/seed/demo-practices.js'
import { insertDemoPractices, loadDemoDataOnFirstStart, removeDemoPractices } from '../src/db/seed/seed-demo.js'
import { seedReferenceData } from '../src/db/seed/seed-reference.js'
import { testConfig } from './support/app.js'
import { createTestDatabase } from './support/database.js'

let database: Database

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database?.close()
})

const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(database.db, query))[0]?.n ?? -1

describe('reference data', () => {
  it('has the 43 forces and 4 national bodies in their regions', async () => {
    expect(await count(sql`select count(*)::int n from organisations where kind = 'force'`)).toBe(43)
    expect(await count(sql`select count(*)::int n from organisations where kind = 'national-body'`)).toBe(4)
    expect(await count(sql`select count(distinct region)::int n from organisations where kind = 'force'`)).toBe(10)
    const [wales] = await queryRows<{ names: string[] }>(
      database.db,
      sql`select array_agg(name order by name) names from organisations where region = 'wales'`,
    )
    expect(wales?.names).toEqual(['Dyfed-Powys Police', 'Gwent Police', 'North Wales Police', 'South Wales Police'])
  })

  it('has every taxonomy', async () => {
    const rows = await queryRows<{ taxonomy: string; n: number }>(
      database.db,
      sql`select taxonomy, count(*)::int n from taxonomy_terms group by taxonomy order by taxonomy`,
    )
    expect(Object.fromEntries(rows.map((r) => [r.taxonomy, r.n]))).toEqual({
      'implementation-challenge': 10,
      'outcome-category': 4,
      'partner-sector': 9,
      purpose: 6,
      'recognised-practice': 5,
      scale: 4,
      stage: 3,
      'target-group': 10,
      topic: 22,
    })
  })

  it('has the Voice of the Victim call with its questions, including the 12 Victims’ Code rights', async () => {
    const [call] = await queryRows<{ title: string; year: number; questions: { key: string; options?: unknown[] }[] }>(
      database.db,
      sql`select title, year, questions from calls where slug = 'voice-of-the-victim-2022'`,
    )
    expect(call?.title).toBe('Voice of the Victim')
    expect(call?.year).toBe(2022)
    expect(call?.questions.find((q) => q.key === 'rights')?.options).toHaveLength(12)
  })

  it('can be seeded again without creating twins', async () => {
    await seedReferenceData(database.db)
    await seedReferenceData(database.db)
    expect(await count(sql`select count(*)::int n from organisations`)).toBe(47)
    expect(await count(sql`select count(*)::int n from taxonomy_terms`)).toBe(73)
    expect(await count(sql`select count(*)::int n from calls`)).toBe(2)
  })
})

describe('demo practice', () => {
  it('adds 60 fictional published examples once, some answering the call, and removes them again', async () => {
    expect(await insertDemoPractices(database.db)).toBe(demoPractices.length)
    expect(demoPractices.length).toBe(60)
    expect(await insertDemoPractices(database.db)).toBe(0)
    expect(await count(sql`select count(*)::int n from practices where is_demo and status = 'published'`)).toBe(60)
    expect(await count(sql`select count(*)::int n from practices where call_id is not null`)).toBeGreaterThan(5)
    expect(
      await count(
        sql`select count(distinct o.region)::int n from practices p join organisations o on o.id = p.organisation_id`,
      ),
    ).toBeGreaterThanOrEqual(10)
    // Every demo adoption found its practice, none from the practice's own force, and they count.
    expect(await count(sql`select count(*)::int n from adoptions`)).toBe(demoAdoptions.length)
    // Every demo Toolkit link found its practice and its sample entry.
    expect(await count(sql`select count(*)::int n from practice_toolkit_links`)).toBe(demoToolkitLinks.length)
    expect(
      await count(sql`select count(*)::int n from adoptions a join practices p on p.id = a.practice_id
                      where a.organisation_id = p.organisation_id`),
    ).toBe(0)
    expect(await count(sql`select sum(adoption_count)::int n from practices`)).toBe(
      demoAdoptions.filter((a) => a.kind !== 'decided-against').length,
    )
    expect(await removeDemoPractices(database.db)).toBe(60)
    expect(await count(sql`select count(*)::int n from adoptions`)).toBe(0)
    expect(await count(sql`select count(*)::int n from practices`)).toBe(0)
  })

  it('is loaded on the first start of an empty embedded database only', async () => {
    const config = testConfig({ DEMO_DATA: 'auto' })
    expect(await loadDemoDataOnFirstStart(database, config)).toBe(60)
    expect(existsSync(path.join(config.dataDir, 'demo-data-offered'))).toBe(true)
    await removeDemoPractices(database.db)
    expect(await loadDemoDataOnFirstStart(database, config)).toBe(0)
    expect(await loadDemoDataOnFirstStart(database, testConfig({ DEMO_DATA: 'off' }))).toBe(0)
    const server = testConfig({ DEMO_DATA: 'auto', DATABASE_URL: 'postgres://example/pb' })
    expect(await loadDemoDataOnFirstStart(database, server)).toBe(0)
  })
})
