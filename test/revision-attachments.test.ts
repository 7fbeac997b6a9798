import { existsSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { practiceRevisions, practices } from '../src/db/schema/index.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { minimalPdf } from './support/files.js'
import { aSubmittedPractice } from './support/review-fixtures.js'
import { attachmentRows, upload } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let contributor: TestClient
let contributorId: number
let reviewer: TestClient
let visitor: TestClient

beforeAll(async () => {
  t = await createTestApp()
  const c = await aUser(t.db, { email: 'keeper@example.police.uk' })
  contributorId = c.id
  contributor = await signedIn(t.app, c.email)
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
  visitor = new TestClient(t.app)
})

afterAll(async () => {
  await t?.close()
})

const pdf = (filename: string) => ({ kind: 'guidance', file: { filename, content: minimalPdf(filename) } })

/** Published practice with one live file, added while it was a draft. */
async function publishedWithFile(title: string) {
  const p = await aSubmittedPractice(t.db, { submittedByUserId: contributorId, title, status: 'draft' })
  expect((await upload(t.app, contributor, p.id, pdf('old-guidance.pdf'))).status).toBe(302)
  await t.db.update(practices).set({ status: 'published', visibility: 'public' }).where(eq(practices.id, p.id))
  return p
}

async function openRevisionWithFileChanges(p: { id: number }) {
  const opened = await contributor.submit(`/submissions/${p.id}/revisions`, {}, `/submissions/${p.id}/check-answers`)
  expect(opened.status).toBe(302)
  expect((await upload(t.app, contributor, p.id, pdf('new-guidance.pdf'))).status).toBe(302)
  const [old] = (await attachmentRows(t.db, p.id)).filter((r) => r.displayName === 'old-guidance.pdf')
  if (!old) throw new Error('no live file')
  const removed = await contributor.submit(
    `/submissions/${p.id}/attachments/${old.id}/remove`,
    {},
    `/submissions/${p.id}/attachments`,
  )
  expect(removed.status).toBe(302)
  const rows = await attachmentRows(t.db, p.id)
  const added = rows.find((r) => r.displayName === 'new-guidance.pdf')
  if (!added) throw new Error('no added file')
  // As the contributor sends it: submitted for review.
  await t.db.update(practiceRevisions).set({ status: 'submitted' }).where(eq(practiceRevisions.practiceId, p.id))
  const [revision] = await t.db.select().from(practiceRevisions).where(eq(practiceRevisions.practiceId, p.id))
  if (!revision) throw new Error('no revision')
  return { old, added, revision }
}

const stored = (key: string) => existsSync(path.join(t.config.dataDir, 'files', key.slice(0, 2), key))
const livePageFiles = async (slug: string) =>
  texts((await visitor.get(`/practices/${slug}`)).$, 'a[href^="/attachments/"]')

describe('attachments in a change to published practice', () => {
  it('are refused on published practice with no change open', async () => {
    const p = await publishedWithFile('Locked files')
    expect((await upload(t.app, contributor, p.id, pdf('late.pdf'))).status).toBe(409)
    expect((await attachmentRows(t.db, p.id)).map((r) => r.displayName)).toEqual(['old-guidance.pdf'])
  })

  it('belong to the change until it is approved, are compared, and approval swaps them in', async () => {
    const p = await publishedWithFile('Safer taxis at night')
    const { old, added, revision } = await openRevisionWithFileChanges(p)

    // The live practice keeps its files; the new one cannot be downloaded by readers yet.
    expect(await livePageFiles(p.slug)).toEqual([expect.stringContaining('old-guidance.pdf')])
    expect((await visitor.get(`/attachments/${old.id}`)).status).toBe(200)
    expect((await visitor.get(`/attachments/${added.id}`)).status).toBe(404)
    expect((await contributor.get(`/attachments/${added.id}`)).status).toBe(200)
    expect(old.removedInRevisionId).toBeNull()
    expect((await attachmentRows(t.db, p.id)).find((r) => r.id === old.id)?.removedInRevisionId).toBe(revision.id)

    const page = await reviewer.get(`/review/${p.reference}/revisions/1`)
    expect(page.status).toBe(200)
    expect(texts(page.$, '[data-qa=attachments-added] li')).toEqual(['new-guidance.pdf'])
    expect(texts(page.$, '[data-qa=attachments-removed] li')).toEqual(['old-guidance.pdf'])
    expect(page.$('[data-qa=no-changes]').length).toBe(0)

    const approved = await reviewer.submit(
      `/review/${p.reference}/revisions/1/approve`,
      { version: String(revision.version) },
      `/review/${p.reference}/revisions/1`,
    )
    expect(approved.status).toBe(302)
    const rows = await attachmentRows(t.db, p.id)
    expect(rows.map((r) => [r.displayName, r.revisionId, r.removedInRevisionId])).toEqual([
      ['new-guidance.pdf', null, null],
    ])
    expect(stored(old.storageKey)).toBe(false)
    expect(stored(added.storageKey)).toBe(true)
    expect(await livePageFiles(p.slug)).toEqual([expect.stringContaining('new-guidance.pdf')])
    expect((await visitor.get(`/attachments/${added.id}`)).status).toBe(200)
  })

  it('are discarded when the change is rejected, and the live files stay', async () => {
    const p = await publishedWithFile('Safer bus stops')
    const { old, added, revision } = await openRevisionWithFileChanges(p)
    const rejected = await reviewer.submit(
      `/review/${p.reference}/revisions/1/reject`,
      { version: String(revision.version), comments: 'The new guidance is out of date.' },
      `/review/${p.reference}/revisions/1`,
    )
    expect(rejected.status).toBe(302)
    const rows = await attachmentRows(t.db, p.id)
    expect(rows.map((r) => [r.displayName, r.revisionId, r.removedInRevisionId])).toEqual([
      ['old-guidance.pdf', null, null],
    ])
    expect(stored(added.storageKey)).toBe(false)
    expect(stored(old.storageKey)).toBe(true)
    expect(await livePageFiles(p.slug)).toEqual([expect.stringContaining('old-guidance.pdf')])
  })
})
