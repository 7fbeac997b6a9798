import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { londonToday } from '../src/features/assessment/worklists.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { auditActionsFor, eventKinds, practiceRow } from './support/assessment.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient

const day = 86_400_000
const daysAgo = (n: number) => new Date(Date.parse(`${londonToday()}T12:00:00Z`) - n * day).toISOString().slice(0, 10)

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
})

afterAll(async () => {
  await t?.close()
})

describe('practice due for review', () => {
  let overdue: Awaited<ReturnType<typeof aPractice>>
  let longOverdue: Awaited<ReturnType<typeof aPractice>>

  beforeAll(async () => {
    overdue = await aPractice(t.db, {
      title: 'Overdue by ten days',
      reference: 'PB-2025-0001',
      values: { reviewDueOn: daysAgo(10) },
    })
    longOverdue = await aPractice(t.db, {
      title: 'Overdue by a hundred days',
      reference: 'PB-2025-0002',
      values: { reviewDueOn: daysAgo(100) },
    })
    await aPractice(t.db, { title: 'Due today', values: { reviewDueOn: daysAgo(0) } })
    await aPractice(t.db, { title: 'Due next year', values: { reviewDueOn: daysAgo(-300) } })
    await aPractice(t.db, {
      title: 'Not published',
      status: 'in_review',
      reference: 'PB-2025-0003',
      values: { reviewDueOn: daysAgo(50) },
    })
    // No date of its own: due a year after it was published.
    await aPractice(t.db, { title: 'Published long ago', publishedAt: `${daysAgo(365 + 400)}T10:00:00Z` })
  })

  it('lists published practice past its date, oldest first, with days overdue', async () => {
    const page = await reviewer.get('/review/due')
    expect(page.status).toBe(200)
    const rows = page.$('[data-qa=due-row]')
    const titles = rows.map((_, row) => page.$(row).find('td').first().find('a').first().text()).get()
    expect(titles).toEqual(['Published long ago', 'Overdue by a hundred days', 'Overdue by ten days'])
    expect(texts(page.$, '[data-qa=days-overdue]').slice(1)).toEqual(['100', '10'])
    expect(Number(texts(page.$, '[data-qa=days-overdue]')[0])).toBeGreaterThan(390)
    // Archiving is done from the review page.
    expect(page.$(`[data-practice=${overdue.id}] a[href="/review/PB-2025-0001"]`).length).toBeGreaterThan(0)
  })

  it('re-confirms practice for another twelve months, with a version check', async () => {
    const stale = String(longOverdue.version)
    const result = await reviewer.submit('/review/due', { practice: String(longOverdue.id), version: stale })
    expect(result.status).toBe(302)
    const after = await practiceRow(t.db, longOverdue.id)
    const today = londonToday()
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`
    expect(after.review_due_on).toBe(today.endsWith('02-29') ? `${nextYear.slice(0, 8)}28` : nextYear)
    expect(after.version).toBe(longOverdue.version + 1)
    const page = await reviewer.get(String(result.response.headers.location))
    expect(page.$('[data-qa=saved]').text()).toContain('Overdue by a hundred days is re-confirmed')
    expect(texts(page.$, '[data-qa=due-row] td:first-child a:first-child')).not.toContain('Overdue by a hundred days')
    expect((await eventKinds(t.db, longOverdue.id)).map((e) => [e.kind, e.internal])).toEqual([
      ['review-confirmed', false],
    ])
    expect(await auditActionsFor(t.db, 'PB-2025-0002')).toEqual(['review-confirmed'])

    const again = await reviewer.submit('/review/due', { practice: String(longOverdue.id), version: stale })
    expect(again.status).toBe(409)
    expect((await practiceRow(t.db, longOverdue.id)).version).toBe(longOverdue.version + 1)
  })

  it('refuses an empty form, unknown practice and practice that is not published', async () => {
    const before = await practiceRow(t.db, overdue.id)
    expect((await reviewer.submit('/review/due', {})).status).toBe(400)
    expect((await reviewer.submit('/review/due', { practice: '99999', version: '1' })).status).toBe(404)
    const notPublished = await aPractice(t.db, { status: 'in_review', reference: 'PB-2025-0004' })
    const refused = await reviewer.submit('/review/due', { practice: String(notPublished.id), version: '1' })
    expect(refused.status).toBe(409)
    expect(refused.$('[data-qa=conflict-reason]').text()).toContain('Only published practice can be re-confirmed')
    expect(await practiceRow(t.db, overdue.id)).toEqual(before)
    expect((await practiceRow(t.db, notPublished.id)).review_due_on).toBeNull()
  })

  it('escapes titles in the success banner', async () => {
    const odd = await aPractice(t.db, { title: '<b>Bold</b> & co', values: { reviewDueOn: daysAgo(5) } })
    const result = await reviewer.submit('/review/due', { practice: String(odd.id), version: String(odd.version) })
    const page = await reviewer.get(String(result.response.headers.location))
    expect(page.$('[data-qa=saved] b')).toHaveLength(0)
    expect(page.$('[data-qa=saved]').text()).toContain('<b>Bold</b> & co is re-confirmed')
  })

  it('is for reviewers and admins only', async () => {
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    expect((await contributor.get('/review/due')).status).toBe(403)
  })
})
