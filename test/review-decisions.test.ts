import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'
import { aSubmittedPractice, auditActionsFor, eventsOf, practiceRow } from './support/review-fixtures.js'

let t: TestApp
let reviewer: TestClient
let contributor: { id: number; email: string }

beforeAll(async () => {
  t = await createTestApp()
  const r = await aUser(t.db, { roles: ['reviewer'], email: 'decider@example.police.uk', name: 'Dee Cider' })
  reviewer = await signedIn(t.app, r.email)
  contributor = await aUser(t.db, { email: 'sender@example.police.uk' })
})

afterAll(async () => {
  await t?.close()
})

const pageOf = (reference: string) => `/review/${reference}`

describe('review decisions', () => {
  it('requests changes: comments required, then status, timeline, audit and e-mail', async () => {
    const p = await aSubmittedPractice(t.db, {
      submittedByUserId: contributor.id,
      title: 'Safe homes for older victims',
    })
    const page = await reviewer.get(pageOf(p.reference))
    expect(page.status).toBe(200)
    const version = String(p.version)

    const empty = await reviewer.submit(`${pageOf(p.reference)}/request-changes`, { version }, pageOf(p.reference))
    expect(empty.status).toBe(400)
    expect(empty.$('.govuk-error-summary').text()).toContain('Enter what the contributor needs to change')
    expect(empty.$('title').text()).toMatch(/^Error: /)
    expect((await practiceRow(t.db, p.id)).status).toBe('submitted')

    const sent = await reviewer.submit(
      `${pageOf(p.reference)}/request-changes`,
      { version, changesComments: 'Please say how many victims took part.' },
      pageOf(p.reference),
    )
    expect(sent.status).toBe(302)
    expect(sent.response.headers.location).toBe(pageOf(p.reference))
    // Post/Redirect/Get: the page it lands on says it worked, once.
    const after = await reviewer.get(pageOf(p.reference))
    expect(after.$('[data-qa=flash].govuk-notification-banner--success').text().replace(/\s+/g, ' ')).toContain(
      'Sent back for changes: the contributor sees your comments on their task list.',
    )
    expect((await reviewer.get(pageOf(p.reference))).$('[data-qa=flash]')).toHaveLength(0)
    const row = await practiceRow(t.db, p.id)
    expect(row.status).toBe('changes_requested')
    expect(row.version).toBe(p.version + 1)
    expect(row.firstReviewedAt).not.toBeNull()
    expect(await eventsOf(t.db, p.id)).toContainEqual({
      kind: 'changes-requested',
      body: 'Please say how many victims took part.',
      internal: false,
    })
    expect(await auditActionsFor(t.db, p.id)).toContain('changes-requested')
    const mail = await lastEmailTo(t.db, contributor.email)
    expect(mail?.subject).toContain(p.reference)
    expect(mail?.body).toContain('Please say how many victims took part.')
    expect(mail?.body).toContain(`/submissions/${p.id}`)
  })

  it('publishes with a slug, dates and a kept copy, and tells the contributor', async () => {
    const p = await aSubmittedPractice(t.db, { submittedByUserId: contributor.id, title: 'Night-time safe spaces' })
    const res = await reviewer.submit(
      `${pageOf(p.reference)}/publish`,
      { version: String(p.version), visibility: 'public' },
      pageOf(p.reference),
    )
    expect(res.status).toBe(302)
    expect((await reviewer.get(pageOf(p.reference))).$('[data-qa=flash]').text()).toContain('Published:')
    const row = await practiceRow(t.db, p.id)
    expect(row.status).toBe('published')
    expect(row.visibility).toBe('public')
    expect(row.slug).toBe('night-time-safe-spaces')
    expect(row.publishedAt).not.toBeNull()
    expect(row.decidedAt).not.toBeNull()
    expect(row.contentUpdatedAt).not.toBeNull()
    const due = new Date()
    due.setUTCFullYear(due.getUTCFullYear() + 1)
    expect(row.reviewDueOn).toBe(due.toISOString().slice(0, 10))
    expect((await eventsOf(t.db, p.id)).map((e) => e.kind)).toContain('published')
    expect(await auditActionsFor(t.db, p.id)).toContain('practice-published')
    expect((await lastEmailTo(t.db, contributor.email))?.body).toContain('/practices/night-time-safe-spaces')
    const copy = await t.database.db.query.practiceRevisions.findMany({ where: (r, { eq }) => eq(r.practiceId, p.id) })
    expect(copy.map((r) => [r.status, (r.content as { title: string }).title])).toEqual([
      ['approved', 'Night-time safe spaces'],
    ])
  })

  it('rejects with reasons, and archives and unpublishes with a reason', async () => {
    const rejected = await aSubmittedPractice(t.db, { submittedByUserId: contributor.id })
    expect(
      (
        await reviewer.submit(
          `${pageOf(rejected.reference)}/reject`,
          { version: String(rejected.version), rejectReasons: 'It is not about vulnerable people.' },
          pageOf(rejected.reference),
        )
      ).status,
    ).toBe(302)
    expect((await practiceRow(t.db, rejected.id)).status).toBe('rejected')
    expect((await lastEmailTo(t.db, contributor.email))?.body).toContain('It is not about vulnerable people.')

    const published = await aSubmittedPractice(t.db, {
      submittedByUserId: contributor.id,
      status: 'published',
      visibility: 'public',
    })
    const unpublish = await reviewer.submit(
      `${pageOf(published.reference)}/unpublish`,
      { version: String(published.version), unpublishReason: 'Contact details are out of date.' },
      pageOf(published.reference),
    )
    expect(unpublish.status).toBe(302)
    expect((await practiceRow(t.db, published.id)).status).toBe('in_review')
    expect(await auditActionsFor(t.db, published.id)).toContain('practice-unpublished')

    const archived = await aSubmittedPractice(t.db, { status: 'published', visibility: 'public' })
    const archive = await reviewer.submit(
      `${pageOf(archived.reference)}/archive`,
      { version: String(archived.version), archiveReason: 'The scheme ended in 2020.' },
      pageOf(archived.reference),
    )
    expect(archive.status).toBe(302)
    expect((await practiceRow(t.db, archived.id)).status).toBe('archived')
    // No account: the e-mail goes to the contact address given on the form.
    expect((await lastEmailTo(t.db, 'contact@example.org'))?.body).toContain('The scheme ended in 2020.')
  })
})
