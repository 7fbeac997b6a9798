import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { practiceRevisions } from '../src/db/schema/index.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice, aSubmittedRevision, auditActionsFor, practiceRow } from './support/review-fixtures.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'
import { contentOf } from '../src/features/submissions/content.js'

let t: TestApp
let reviewer: TestClient
let contributor: { id: number; email: string }

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
  contributor = await aUser(t.db, { email: 'reviser@example.org' })
})

afterAll(async () => {
  await t?.close()
})

async function publishedWithRevision(summary: string) {
  const p = await aSubmittedPractice(t.db, {
    title: 'Street triage in the city centre',
    summary: 'A nurse rides with officers on Friday nights.',
    status: 'published',
    visibility: 'public',
    submittedByUserId: contributor.id,
    values: { contentUpdatedAt: new Date('2025-01-10T12:00:00Z') },
  })
  const revision = await aSubmittedRevision(t.db, p.id, { ...contentOf(p), summary, contactPhone: '0151 000 0000' }, 1)
  return { p, revision }
}

const revisionPath = (reference: string, number: number) => `/review/${reference}/revisions/${number}`

describe('revisions of published practice', () => {
  it('compares field by field, with an escaped word diff for long text', async () => {
    const { p } = await publishedWithRevision('A nurse rides with officers on <b>Friday</b> and Saturday nights.')
    const page = await reviewer.get(revisionPath(p.reference, 1))
    expect(page.status).toBe(200)
    expect(texts(page.$, '[data-qa=comparison] tbody th')).toEqual(['Contact phone', 'Summary'])
    const diff = page.$('[data-qa=change-summary] [data-qa=word-diff]')
    expect(diff.find('ins').text()).toContain('Saturday')
    expect(diff.html()).toContain('&lt;b&gt;')
    expect(diff.find('b').length).toBe(0)
    expect(page.$('[data-qa=change-contactPhone] [data-qa=after]').text()).toBe('0151 000 0000')
    expect(page.$('[data-qa=change-contactPhone] [data-qa=before]').text()).toBe('Not answered')
  })

  it('approves: the content replaces the live version, the version is kept, the contributor is told', async () => {
    const { p, revision } = await publishedWithRevision('A nurse rides with officers every weekend.')
    const live = await t.app.inject({ method: 'GET', url: `/practices/${p.slug}` })
    expect(live.body).toContain('A nurse rides with officers on Friday nights.')
    expect(live.body).toContain('10 January 2025')

    const res = await reviewer.submit(
      `${revisionPath(p.reference, 1)}/approve`,
      { version: String(revision.version) },
      revisionPath(p.reference, 1),
    )
    expect(res.status).toBe(302)
    const row = await practiceRow(t.db, p.id)
    expect(row.summary).toBe('A nurse rides with officers every weekend.')
    expect(row.contactPhone).toBe('0151 000 0000')
    expect(row.version).toBe(p.version + 1)
    const [kept] = await t.db.select().from(practiceRevisions).where(eq(practiceRevisions.id, revision.id))
    expect(kept?.status).toBe('approved')
    expect(await auditActionsFor(t.db, p.id)).toEqual(['revision-approved'])
    expect((await lastEmailTo(t.db, contributor.email))?.subject).toContain('are published')
    const updated = await t.app.inject({ method: 'GET', url: `/practices/${p.slug}` })
    expect(updated.body).toContain('A nurse rides with officers every weekend.')
    expect(updated.body).not.toContain('10 January 2025')
  })

  it('rejects or sends back with comments, leaving the live practice as it was', async () => {
    const { p, revision } = await publishedWithRevision('Rewritten summary that should not go live.')
    const missing = await reviewer.submit(
      `${revisionPath(p.reference, 1)}/reject`,
      { version: String(revision.version) },
      revisionPath(p.reference, 1),
    )
    expect(missing.status).toBe(400)
    expect(missing.$('.govuk-error-summary a').attr('href')).toBe('#comments-reject')
    const res = await reviewer.submit(
      `${revisionPath(p.reference, 1)}/reject`,
      { version: String(revision.version), comments: 'The new summary loses the detail.' },
      revisionPath(p.reference, 1),
    )
    expect(res.status).toBe(302)
    expect((await practiceRow(t.db, p.id)).summary).toBe('A nurse rides with officers on Friday nights.')
    expect((await lastEmailTo(t.db, contributor.email))?.body).toContain('The new summary loses the detail.')

    // Decided: a second decision is refused and changes nothing.
    const again = await reviewer.submit(
      `${revisionPath(p.reference, 1)}/approve`,
      { version: String(revision.version + 1) },
      revisionPath(p.reference, 1),
    )
    expect(again.status).toBe(409)
    expect((await practiceRow(t.db, p.id)).summary).toBe('A nurse rides with officers on Friday nights.')

    const other = await publishedWithRevision('Another rewrite.')
    const back = await reviewer.submit(
      `${revisionPath(other.p.reference, 1)}/request-changes`,
      { version: String(other.revision.version), comments: 'Say which nights.' },
      revisionPath(other.p.reference, 1),
    )
    expect(back.status).toBe(302)
    const [sentBack] = await t.db.select().from(practiceRevisions).where(eq(practiceRevisions.id, other.revision.id))
    expect(sentBack?.status).toBe('changes_requested')
    expect((await practiceRow(t.db, other.p.id)).summary).toBe('A nurse rides with officers on Friday nights.')
  })

  it('refuses a stale revision decision, showing what the other reviewer decided', async () => {
    const { p, revision } = await publishedWithRevision('Stale check.')
    const path = revisionPath(p.reference, 1)
    const first = await reviewer.submit(
      `${path}/request-changes`,
      { version: String(revision.version), comments: 'Say which nights.' },
      path,
    )
    expect(first.status).toBe(302)
    const second = await reviewer.submit(`${path}/approve`, { version: String(revision.version) }, path)
    expect(second.status).toBe(409)
    expect(second.$('[data-qa=changes-since]').text()).toContain('More work asked for')
    expect((await practiceRow(t.db, p.id)).summary).toBe('A nurse rides with officers on Friday nights.')
  })
})
