import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adoptions, organisations, taxonomyTerms } from '../src/db/schema/index.js'
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

const organisationId = async (code: string) => {
  const [row] = await t.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.code} = ${code}`)
  if (!row) throw new Error(`no organisation ${code}`)
  return row.id
}

beforeAll(async () => {
  t = await createTestApp()
  const funding = await challengeId('funding')
  const training = await challengeId('training')
  await aPractice(t.db, {
    title: 'Funded night hubs',
    visibility: 'public',
    values: {
      challengeIds: [funding, training],
      implementationChallenges: 'The grant ran out after a year, so we had to find money from partners.',
    },
  })
  await aPractice(t.db, { title: 'Trained call handlers', visibility: 'public', values: { challengeIds: [funding] } })
  await aPractice(t.db, { title: 'An older example', visibility: 'public', values: { challengeIds: null } })
  const secret = await aPractice(t.db, {
    title: 'Policing only hubs',
    visibility: 'policing',
    values: {
      challengeIds: [training],
      implementationChallenges: 'Only police readers may read this sentence about training.',
      adoptionCount: 5,
    },
  })
  const spread = await aPractice(t.db, {
    title: 'Widely copied practice',
    visibility: 'public',
    values: { adoptionCount: 2 },
  })
  for (const code of ['kent', 'essex']) {
    await t.db
      .insert(adoptions)
      .values({ practiceId: spread.id, organisationId: await organisationId(code), kind: 'adopted' })
  }
  await t.db
    .insert(adoptions)
    .values({ practiceId: secret.id, organisationId: await organisationId('kent'), kind: 'adapted' })
})

afterAll(async () => {
  await t?.close()
})

describe('insight: challenges and the spread of practice', () => {
  it('counts challenges, says how many were not asked, and quotes practice that met the most common one', async () => {
    const page = await new TestClient(t.app).get('/insight')
    const rows = tableRows(page.$, 'challenges')
    expect(rows[0]).toEqual(['Challenge', 'Practice examples'])
    expect(rows[1]).toEqual(['Funding', '2'])
    // the policing-only practice's challenge is not counted for a visitor
    expect(rows.find((r) => r[0] === 'Training')).toEqual(['Training', '1'])
    expect(page.$('main').text()).toContain('were sent before the question was asked')
    const quotes = page.$('[data-qa=challenge-quotes]').nextAll('figure').text()
    expect(page.$('[data-qa=challenge-quotes]').text()).toContain('funding')
    expect(quotes).toContain('The grant ran out after a year')
    expect(page.$('main').text()).not.toContain('Only police readers may read')
    const csv = await t.app.inject('/insight/data/challenges.csv')
    expect(csv.statusCode).toBe(200)
    expect(csv.body).toContain('Funding,2')
  })

  it('lists the most-adopted practice and adoptions by month, counting only what the viewer may read', async () => {
    const page = await new TestClient(t.app).get('/insight')
    expect(tableRows(page.$, 'most-adopted').slice(1)).toEqual([['Widely copied practice', '2']])
    const months = tableRows(page.$, 'adoptions-by-month').slice(1)
    expect(months.reduce((n, [, count]) => n + Number(count), 0)).toBe(2)
  })
})
