import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice, eventsOf, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let first: TestClient
let second: TestClient

beforeAll(async () => {
  t = await createTestApp()
  first = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'], name: 'Fran First' })).email)
  second = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'], name: 'Sam Second' })).email)
})

afterAll(async () => {
  await t?.close()
})

/** The version and CSRF token a reviewer's browser holds after opening the review page. */
async function openPage(client: TestClient, reference: string) {
  const page = await client.get(`/review/${reference}`)
  return {
    version: page.$('[data-qa=decision-publish] input[name=version]').val() as string,
    csrf: page.$('input[name=_csrf]').first().val() as string,
  }
}

describe('two reviewers acting on the same version', () => {
  it('lets the first win and shows the second a conflict page, changing nothing', async () => {
    const p = await aSubmittedPractice(t.db)
    const a = await openPage(first, p.reference)
    const b = await openPage(second, p.reference)
    expect(a.version).toBe(b.version)

    const [publish, changes] = await Promise.all([
      first.post(`/review/${p.reference}/publish`, { _csrf: a.csrf, version: a.version, visibility: 'public' }),
      second.post(`/review/${p.reference}/request-changes`, {
        _csrf: b.csrf,
        version: b.version,
        changesComments: 'Please add the results.',
      }),
    ])
    expect([publish.status, changes.status].sort()).toEqual([302, 409])
    const loser = publish.status === 409 ? publish : changes
    expect(loser.$('h1').text()).toContain('Someone else changed this practice')
    expect(loser.$('[data-qa=conflict-reason]').text()).toContain('Nothing has been overwritten')
    // What happened since: the winner's decision, by the winner.
    const since = texts(loser.$, '[data-qa=changes-since] .moj-timeline__title')
    expect(since).toHaveLength(1)

    const row = await practiceRow(t.db, p.id)
    expect(row.version).toBe(p.version + 1)
    const decisions = (await eventsOf(t.db, p.id)).filter((e) => e.kind !== 'assigned')
    expect(decisions).toHaveLength(1)
    expect(row.status).toBe(publish.status === 302 ? 'published' : 'changes_requested')
  })

  it('refuses a stale classification and shows what the other reviewer did', async () => {
    const p = await aSubmittedPractice(t.db)
    const a = await openPage(first, p.reference)
    const b = await openPage(second, p.reference)
    const saved = await first.post(`/review/${p.reference}/classify`, {
      _csrf: a.csrf,
      version: a.version,
      outcome: 'worked',
    })
    expect(saved.status).toBe(302)
    const stale = await second.post(`/review/${p.reference}/classify`, {
      _csrf: b.csrf,
      version: b.version,
      outcome: 'did-not-work',
    })
    expect(stale.status).toBe(409)
    expect(stale.$('[data-qa=current]').text()).toContain('Worked')
    expect(stale.$('[data-qa=changes-since]').text()).toContain('Classified')
    expect(stale.$('[data-qa=changes-since]').text()).toContain('Fran First')
    const row = await practiceRow(t.db, p.id)
    expect(row.version).toBe(p.version + 1)
  })

  it('refuses a stale assignment', async () => {
    const p = await aSubmittedPractice(t.db)
    const a = await openPage(first, p.reference)
    const b = await openPage(second, p.reference)
    expect(
      (await first.post(`/review/${p.reference}/assign`, { _csrf: a.csrf, version: a.version, assignee: 'me' })).status,
    ).toBe(302)
    expect(
      (await second.post(`/review/${p.reference}/assign`, { _csrf: b.csrf, version: b.version, assignee: 'me' }))
        .status,
    ).toBe(409)
    const row = await practiceRow(t.db, p.id)
    expect(row.status).toBe('in_review')
  })
})
