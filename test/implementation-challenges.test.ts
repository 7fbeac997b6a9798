import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { taxonomyTerms } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aSubmittedPractice, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient

const challengeId = async (key: string) => {
  const [row] = await t.db
    .select({ id: taxonomyTerms.id })
    .from(taxonomyTerms)
    .where(sql`${taxonomyTerms.taxonomy} = 'implementation-challenge' and ${taxonomyTerms.key} = ${key}`)
  if (!row) throw new Error(`no challenge ${key}`)
  return row.id
}

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
})

afterAll(async () => {
  await t?.close()
})

const detail = (page: Awaited<ReturnType<TestClient['get']>>, key = 'Implementation challenges') =>
  page
    .$('.govuk-summary-list__row')
    .filter((_, row) => page.$(row).find('.govuk-summary-list__key').text().trim() === key)
    .find('.govuk-summary-list__value')
    .text()
    .trim()

describe('implementation challenges', () => {
  it('show on the practice page and in the API, and practice sent before the question says it was not asked', async () => {
    const asked = await aPractice(t.db, {
      status: 'published',
      visibility: 'public',
      values: { challengeIds: [await challengeId('funding'), await challengeId('it-and-data')] },
    })
    const none = await aPractice(t.db, {
      status: 'published',
      visibility: 'public',
      values: { challengeIds: [], purposeIds: [], targetGroupIds: [] },
    })
    const notAsked = await aPractice(t.db, {
      status: 'published',
      visibility: 'public',
      values: { challengeIds: null },
    })
    const visitor = new TestClient(t.app)

    expect(detail(await visitor.get(`/practices/${asked.slug}`))).toBe('Funding, IT and data')
    const nonePage = await visitor.get(`/practices/${none.slug}`)
    expect(detail(nonePage)).toBe('None recorded')
    // an empty list of terms says so, rather than leaving the row blank
    expect(detail(nonePage, 'Purpose')).toBe('Not recorded')
    expect(detail(nonePage, 'Who it is for')).toBe('Not recorded')
    expect(detail(await visitor.get(`/practices/${notAsked.slug}`))).toBe('Not asked')

    const api = (slug: string) => t.app.inject(`/api/v1/practices/${slug}`).then((r) => r.json())
    expect((await api(asked.slug)).implementationChallengeTypes.map((c: { label: string }) => c.label)).toEqual([
      'Funding',
      'IT and data',
    ])
    expect((await api(none.slug)).implementationChallengeTypes).toEqual([])
    expect((await api(notAsked.slug)).implementationChallengeTypes).toBeNull()
  })

  it('can be corrected by a reviewer, and stay "not asked" when the reviewer ticks none', async () => {
    const classify = (p: { reference: string; version: number }, fields: Record<string, string | string[]>) =>
      reviewer.submit(
        `/review/${p.reference}/classify`,
        { version: String(p.version), outcome: 'promising', ...fields },
        `/review/${p.reference}`,
      )
    const corrected = await aSubmittedPractice(t.db, { values: { challengeIds: [await challengeId('funding')] } })
    const page = await reviewer.get(`/review/${corrected.reference}`)
    expect(page.$('input[name=challenges][value=funding]').attr('checked')).toBeDefined()
    expect((await classify(corrected, { challenges: ['training', 'leadership-support'] })).status).toBe(302)
    expect((await practiceRow(t.db, corrected.id)).challengeIds).toEqual([
      await challengeId('training'),
      await challengeId('leadership-support'),
    ])

    const old = await aSubmittedPractice(t.db, { values: { challengeIds: null } })
    expect((await classify(old, {})).status).toBe(302)
    expect((await practiceRow(t.db, old.id)).challengeIds).toBeNull()

    const bad = await classify(old, { challenges: 'bad-luck', version: String(old.version + 1) })
    expect(bad.status).toBe(400)
    expect(bad.$('.govuk-error-summary a').attr('href')).toBe('#challenges')
  })
})
