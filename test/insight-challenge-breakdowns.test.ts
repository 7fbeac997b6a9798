import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organisations, taxonomyTerms } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { tableRows } from './support/insight.js'

let t: TestApp

const challengeId = async (key: string) => {
  const [row] = await t.db
    .select({ id: taxonomyTerms.id })
    .from(taxonomyTerms)
    .where(sql`${taxonomyTerms.taxonomy} = 'implementation-challenge' and ${taxonomyTerms.key} = ${key}`)
  if (!row) throw new Error(`no challenge ${key}`)
  return row.id
}

const row = (rows: string[][], first: string) => rows.find((r) => r[0] === first)

beforeAll(async () => {
  t = await createTestApp()
  const funding = await challengeId('funding')
  const training = await challengeId('training')
  // Cumbria is a small force, Cheshire a medium one and Kent a large one.
  await aPractice(t.db, {
    organisation: 'cumbria',
    topics: ['domestic-abuse'],
    purposes: ['prevention'],
    values: { challengeIds: [funding, training] },
  })
  await aPractice(t.db, {
    organisation: 'cumbria',
    topics: ['domestic-abuse', 'stalking-and-harassment'],
    purposes: ['prevention', 'investigation'],
    values: { challengeIds: [funding] },
  })
  await aPractice(t.db, {
    organisation: 'cheshire',
    topics: ['stalking-and-harassment'],
    purposes: ['investigation'],
    values: { challengeIds: [training] },
  })
  await aPractice(t.db, { organisation: 'kent', topics: ['domestic-abuse'], values: { challengeIds: [] } })
  await aPractice(t.db, { organisation: 'kent', topics: ['missing-people'], values: { challengeIds: null } })
  await aPractice(t.db, {
    organisation: 'kent',
    topics: ['domestic-abuse'],
    purposes: ['prevention'],
    visibility: 'policing',
    values: { challengeIds: [funding] },
  })
})

afterAll(async () => {
  await t?.close()
})

describe('insight: challenges by force size, purpose and topic', () => {
  it('every territorial force has a size band and no national body has one', async () => {
    const bands = await t.db
      .select({ kind: organisations.kind, band: organisations.sizeBand })
      .from(organisations)
      .where(sql`${organisations.kind} in ('force', 'national-body')`)
    expect(bands.filter((b) => b.kind === 'force')).toHaveLength(43)
    expect(bands.filter((b) => b.kind === 'force' && b.band === null)).toEqual([])
    expect(bands.filter((b) => b.kind === 'national-body' && b.band !== null)).toEqual([])
  })

  it('counts challenges by the size of the force, saying how many of each size were asked', async () => {
    const page = await new TestClient(t.app).get('/insight')
    const rows = tableRows(page.$, 'challenges-by-force-size')
    expect(rows[0]).toEqual(['Challenge', 'Small forces', 'Medium forces', 'Large forces', 'Other organisations'])
    // the policing-only practice from Kent is not counted for a visitor
    expect(row(rows, 'Funding')).toEqual(['Funding', '2', '0', '0', '0'])
    expect(row(rows, 'Training')).toEqual(['Training', '1', '1', '0', '0'])
    expect(page.$('[data-qa=figure-challenges-by-force-size]').text()).toContain(
      'Asked about their challenges: small forces 2, medium forces 1, large forces 1, other organisations 0.',
    )
    const csv = await t.app.inject('/insight/data/challenges-by-force-size.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.body).toContain('Funding,2,0,0,0')
  })

  it('counts challenges by purpose, a practice with two purposes under both', async () => {
    const page = await new TestClient(t.app).get('/insight')
    const rows = tableRows(page.$, 'challenges-by-purpose')
    expect(rows[0]).toEqual(['Challenge', 'Prevention', 'Investigation'])
    expect(row(rows, 'Funding')).toEqual(['Funding', '2', '1'])
    expect(row(rows, 'Training')).toEqual(['Training', '1', '1'])
  })

  it('names the challenges each topic met most often, and follows the filters', async () => {
    const page = await new TestClient(t.app).get('/insight')
    const rows = tableRows(page.$, 'challenges-by-topic')
    expect(row(rows, 'Domestic abuse')).toEqual(['Domestic abuse', '3', 'Funding (2)', 'Training (1)'])
    expect(row(rows, 'Stalking and harassment')).toEqual([
      'Stalking and harassment',
      '2',
      'Funding (1)',
      'Training (1)',
    ])
    // practice never asked the question counts in no topic
    expect(row(rows, 'Missing people')).toBeUndefined()

    const filtered = await new TestClient(t.app).get('/insight?topic=stalking-and-harassment')
    const sizes = tableRows(filtered.$, 'challenges-by-force-size')
    expect(row(sizes, 'Funding')).toEqual(['Funding', '1', '0', '0', '0'])
    expect(row(sizes, 'Training')).toEqual(['Training', '0', '1', '0', '0'])
  })
})
