import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import {
  aSubmittedPractice,
  aSubmittedRevision,
  auditActionsFor,
  eventsOf,
  practiceRow,
} from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient
let reviewerId: number
let otherReviewerId: number

const days = (n: number) => new Date(Date.now() - n * 86_400_000)
const references = (page: Awaited<ReturnType<TestClient['get']>>) =>
  page
    .$('[data-qa=queue-row]')
    .map((_, el) => page.$(el).attr('data-reference'))
    .get()

let old: Awaited<ReturnType<typeof aSubmittedPractice>>
let kent: Awaited<ReturnType<typeof aSubmittedPractice>>
let mine: Awaited<ReturnType<typeof aSubmittedPractice>>
let waiting: Awaited<ReturnType<typeof aSubmittedPractice>>

beforeAll(async () => {
  t = await createTestApp()
  const me = await aUser(t.db, { roles: ['reviewer'], name: 'Queue Reviewer' })
  reviewerId = me.id
  otherReviewerId = (await aUser(t.db, { roles: ['reviewer'], name: 'Other Reviewer' })).id
  reviewer = await signedIn(t.app, me.email)
  old = await aSubmittedPractice(t.db, {
    title: 'Oldest one',
    values: { submittedAt: days(40) },
    topics: ['stalking-and-harassment'],
  })
  kent = await aSubmittedPractice(t.db, {
    title: 'Kent one',
    organisation: 'kent',
    call: 'voice-of-the-victim-2026',
    values: { submittedAt: days(10) },
  })
  mine = await aSubmittedPractice(t.db, {
    title: 'Assigned to me',
    status: 'in_review',
    values: { submittedAt: days(5), assignedToUserId: reviewerId },
  })
  waiting = await aSubmittedPractice(t.db, {
    title: 'Waiting for the contributor',
    status: 'changes_requested',
    values: { submittedAt: days(2) },
  })
  await aSubmittedPractice(t.db, { title: 'Draft, never listed', status: 'draft' })
  await aSubmittedPractice(t.db, { title: 'Published, not waiting', status: 'published', visibility: 'public' })
})

afterAll(async () => {
  await t?.close()
})

describe('the review queue', () => {
  it('lists practice waiting for a decision, oldest first, with days waiting and counts', async () => {
    const page = await reviewer.get('/review')
    expect(page.status).toBe(200)
    expect(references(page)).toEqual([old.reference, kent.reference, mine.reference, waiting.reference])
    expect(texts(page.$, '[data-qa=days-waiting]')).toEqual(['40', '10', '5', '2'])
    expect(page.$('[data-qa=count-submitted]').text()).toBe('2')
    expect(page.$('[data-qa=count-in-review]').text()).toBe('1')
    expect(page.$('[data-qa=count-changes-requested]').text()).toBe('1')
    expect(page.$('[data-qa=nav-review]').length).toBe(1)
  })

  it('filters by status, call, organisation, region, topic, assignee and age, with a GET form', async () => {
    const cases: [string, string[]][] = [
      ['status=submitted', [old.reference, kent.reference]],
      ['call=voice-of-the-victim-2026', [kent.reference]],
      ['organisation=kent', [kent.reference]],
      ['region=south-east', [kent.reference]],
      ['topic=stalking-and-harassment', [old.reference]],
      ['assignee=me', [mine.reference]],
      ['assignee=unassigned', [old.reference, kent.reference, waiting.reference]],
      [`assignee=${otherReviewerId}`, []],
      ['age=7', [old.reference, kent.reference]],
      ['status=submitted&age=30', [old.reference]],
      ['status=nonsense', [old.reference, kent.reference, mine.reference, waiting.reference]],
    ]
    for (const [query, expected] of cases) {
      const page = await reviewer.get(`/review?${query}`)
      expect(page.status, query).toBe(200)
      expect(references(page), query).toEqual(expected)
    }
    const form = (await reviewer.get('/review?organisation=kent')).$('[data-qa=queue-filters]')
    expect(form.attr('method')).toBe('get')
    expect(form.find('select[name=organisation] option[selected]').val()).toBe('kent')
  })

  it('assigns to me from the queue, starting review of a submitted practice', async () => {
    const p = await aSubmittedPractice(t.db, { title: 'To be picked up', values: { submittedAt: days(1) } })
    const res = await reviewer.submit(
      `/review/${p.reference}/assign`,
      {
        version: String(p.version),
        assignee: 'me',
        from: 'queue',
      },
      '/review',
    )
    expect(res.status).toBe(302)
    expect(res.response.headers.location).toBe('/review')
    const row = await practiceRow(t.db, p.id)
    expect(row.assignedToUserId).toBe(reviewerId)
    expect(row.status).toBe('in_review')
    expect(row.firstReviewedAt).not.toBeNull()
    expect(await eventsOf(t.db, p.id)).toEqual([
      { kind: 'assigned', body: 'Assigned to Queue Reviewer', internal: true },
    ])
    expect(await auditActionsFor(t.db, p.id)).toEqual(['practice-assigned'])
  })

  it('assigns to another reviewer, and refuses someone who is not one', async () => {
    const p = await aSubmittedPractice(t.db)
    const contributor = await aUser(t.db)
    const refused = await reviewer.submit(
      `/review/${p.reference}/assign`,
      { version: String(p.version), assignee: String(contributor.id) },
      `/review/${p.reference}`,
    )
    expect(refused.status).toBe(400)
    expect((await practiceRow(t.db, p.id)).assignedToUserId).toBeNull()
    const res = await reviewer.submit(
      `/review/${p.reference}/assign`,
      { version: String(p.version), assignee: String(otherReviewerId) },
      `/review/${p.reference}`,
    )
    expect(res.status).toBe(302)
    expect((await practiceRow(t.db, p.id)).assignedToUserId).toBe(otherReviewerId)
  })

  it('lists changes to published practice on their own tab', async () => {
    const p = await aSubmittedPractice(t.db, { title: 'Live with changes', status: 'published', visibility: 'public' })
    await aSubmittedRevision(t.db, p.id, { title: 'Live with changes, updated' }, 2)
    const page = await reviewer.get('/review?tab=revisions')
    expect(references(page)).toEqual([p.reference])
    expect(page.$('[data-qa=queue-link]').attr('href')).toBe(`/review/${p.reference}/revisions/2`)
    expect(page.$('[data-qa=count-revisions]').text()).toBe('1')
  })

  it('is only for reviewers and admins', async () => {
    const admin = await signedIn(t.app, (await aUser(t.db, { roles: ['admin'] })).email)
    expect((await admin.get('/review')).status).toBe(200)
    const lead = await signedIn(t.app, (await aUser(t.db, { roles: ['force-lead'] })).email)
    expect((await lead.get('/review')).status).toBe(403)
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    const page = await contributor.get('/review')
    expect(page.status).toBe(403)
  })
})
