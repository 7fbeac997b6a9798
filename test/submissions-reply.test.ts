import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { contentOf } from '../src/features/submissions/content.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice, aSubmittedRevision, auditActionsFor, eventsOf } from './support/review-fixtures.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp
let assigned: { id: number; email: string; client: TestClient }
let otherReviewer: { id: number; email: string }
let contributor: { id: number; email: string; client: TestClient }
let stranger: TestClient

beforeAll(async () => {
  t = await createTestApp()
  const a = await aUser(t.db, { roles: ['reviewer'], email: 'assigned.reviewer@example.police.uk' })
  assigned = { ...a, client: await signedIn(t.app, a.email) }
  otherReviewer = await aUser(t.db, { roles: ['reviewer'], email: 'other.reviewer@example.police.uk' })
  const c = await aUser(t.db, { email: 'replier@example.police.uk', name: 'Robin Replier' })
  contributor = { ...c, client: await signedIn(t.app, c.email) }
  stranger = await signedIn(t.app, (await aUser(t.db, { email: 'stranger@example.police.uk' })).email)
})

afterAll(async () => {
  await t?.close()
})

/** Practice sent back for changes through the reviewer's own form. */
async function sentBack(title: string, options: { assignedToUserId?: number } = {}) {
  const p = await aSubmittedPractice(t.db, {
    submittedByUserId: contributor.id,
    title,
    values: { assignedToUserId: options.assignedToUserId ?? null },
  })
  const review = `/review/${p.reference}`
  const sent = await assigned.client.submit(
    `${review}/request-changes`,
    { version: String(p.version), changesComments: 'How many families took part?' },
    review,
  )
  expect(sent.status).toBe(302)
  return p
}

const outboxCount = async (to: string) =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from outbox where lower(to_address) = lower(${to}) and subject like 'The contributor has replied%'`,
    )
  )[0]?.n ?? 0

describe('contributor replies to a reviewer', () => {
  it('is offered on the task list, validated, then on the timeline, the review page, the audit log and mailed to the assigned reviewer', async () => {
    const p = await sentBack('Family group conferences', { assignedToUserId: assigned.id })
    const taskList = await contributor.client.get(`/submissions/${p.id}`)
    expect(taskList.$('[data-qa=reply-link]').attr('href')).toBe(`/submissions/${p.id}/reply`)

    const page = await contributor.client.get(`/submissions/${p.id}/reply`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=reviewer-comments]').text()).toContain('How many families took part?')

    const empty = await contributor.client.submit(`/submissions/${p.id}/reply`, { reply: '   ' })
    expect(empty.status).toBe(400)
    expect(empty.$('.govuk-error-summary').text()).toContain('Enter your reply')
    expect(empty.$('#reply-error').text()).toContain('Enter your reply')
    const tooLong = await contributor.client.submit(`/submissions/${p.id}/reply`, { reply: 'x'.repeat(5001) })
    expect(tooLong.status).toBe(400)
    expect(tooLong.$('.govuk-error-summary').text()).toContain('Your reply must be 5,000 characters or fewer')
    expect(tooLong.$('textarea#reply').text()).toBe('x'.repeat(5001))
    expect((await eventsOf(t.db, p.id)).map((e) => e.kind)).not.toContain('contributor-replied')
    expect(await outboxCount(assigned.email)).toBe(0)

    const sent = await contributor.client.submit(`/submissions/${p.id}/reply`, {
      reply: 'Forty-two families took part <b>last year</b>.',
    })
    expect(sent.status).toBe(302)
    expect(sent.response.headers.location).toBe(`/submissions/${p.id}`)
    expect((await contributor.client.get(`/submissions/${p.id}`)).$('[data-qa=flash]').text()).toContain(
      'Your reply has been sent to the reviewer.',
    )

    expect(await eventsOf(t.db, p.id)).toContainEqual({
      kind: 'contributor-replied',
      body: 'Forty-two families took part <b>last year</b>.',
      internal: false,
    })
    expect(await auditActionsFor(t.db, p.id)).toContain('contributor-replied')
    const mail = await lastEmailTo(t.db, assigned.email)
    expect(mail?.subject).toBe(`The contributor has replied about ${p.reference}`)
    expect(mail?.body).toContain('Forty-two families took part')
    expect(mail?.body).toContain(`/review/${p.reference}`)
    expect(mail?.body).toContain('Robin Replier')
    expect(await outboxCount(otherReviewer.email)).toBe(0)

    const review = await assigned.client.get(`/review/${p.reference}`)
    const shown = review.$('[data-qa=contributor-reply]')
    expect(shown.text()).toContain('Forty-two families took part <b>last year</b>.')
    expect(shown.find('b').length).toBe(0)
    expect(shown.text()).toContain('Robin Replier')
    expect(review.$('[data-qa=timeline] [data-qa=event-contributor-replied]').text()).toContain(
      'Reply from the contributor',
    )
    expect(review.$('[data-qa=timeline] [data-qa=event-contributor-replied]').text()).toContain('Forty-two families')
  })

  it('mails every reviewer when nobody is assigned', async () => {
    const p = await sentBack('Safe routes to school')
    const before = await outboxCount(otherReviewer.email)
    const sent = await contributor.client.submit(`/submissions/${p.id}/reply`, { reply: 'Thirty schools.' })
    expect(sent.status).toBe(302)
    expect(await outboxCount(otherReviewer.email)).toBe(before + 1)
    expect((await lastEmailTo(t.db, assigned.email))?.body).toContain('Thirty schools.')
  })

  it('is refused when no reviewer has asked for changes, and to anyone but the contributor', async () => {
    const waiting = await aSubmittedPractice(t.db, { submittedByUserId: contributor.id, title: 'Waiting its turn' })
    expect((await contributor.client.get(`/submissions/${waiting.id}/reply`)).status).toBe(409)
    const [token] = [
      (await contributor.client.get(`/submissions/${waiting.id}/check-answers`)).$('input[name=_csrf]').val(),
    ]
    const refused = await contributor.client.post(`/submissions/${waiting.id}/reply`, {
      reply: 'Any news?',
      _csrf: String(token),
    })
    expect(refused.status).toBe(409)
    expect((await eventsOf(t.db, waiting.id)).map((e) => e.kind)).not.toContain('contributor-replied')

    const p = await sentBack('Not yours to answer')
    expect((await stranger.get(`/submissions/${p.id}/reply`)).status).toBe(404)
    // A reviewer may read the submission but does not answer for the contributor.
    expect((await assigned.client.get(`/submissions/${p.id}/reply`)).status).toBe(403)
    const noToken = await contributor.client.post(`/submissions/${p.id}/reply`, { reply: 'No token.' })
    expect(noToken.status).toBe(403)
    expect((await eventsOf(t.db, p.id)).map((e) => e.kind)).not.toContain('contributor-replied')
  })

  it('answers comments on a change to published practice, against that revision', async () => {
    const p = await aSubmittedPractice(t.db, {
      submittedByUserId: contributor.id,
      title: 'Street triage',
      status: 'published',
      visibility: 'public',
    })
    const revision = await aSubmittedRevision(t.db, p.id, { ...contentOf(p), summary: 'Now on Saturdays too.' }, 1)
    const revisionPage = `/review/${p.reference}/revisions/1`
    const back = await assigned.client.submit(
      `${revisionPage}/request-changes`,
      { version: String(revision.version), comments: 'Which Saturdays?' },
      revisionPage,
    )
    expect(back.status).toBe(302)

    const taskList = await contributor.client.get(`/submissions/${p.id}`)
    expect(taskList.$('[data-qa=reply-link]').length).toBe(1)
    const sent = await contributor.client.submit(`/submissions/${p.id}/reply`, {
      reply: 'Every Saturday in term time.',
    })
    expect(sent.status).toBe(302)
    const [event] = await queryRows<{ revision_id: number | null; body: string }>(
      t.db,
      sql`select revision_id, body from practice_events where practice_id = ${p.id} and kind = 'contributor-replied'`,
    )
    expect(event).toEqual({ revision_id: revision.id, body: 'Every Saturday in term time.' })
    expect((await lastEmailTo(t.db, otherReviewer.email))?.body).toContain('revision 1')
    const review = await assigned.client.get(`/review/${p.reference}`)
    expect(review.$('[data-qa=contributor-reply]').text()).toContain('Every Saturday in term time.')
  })
})
