import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { practiceRevisions } from '../src/db/schema/index.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { completeAnswers, postPage, practiceRow, saveSection } from './support/submissions.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp
let client: TestClient
let userId: number

beforeAll(async () => {
  t = await createTestApp()
  const person = await aUser(t.db, { organisation: 'kent', email: 'owner.rev@example.org' })
  userId = person.id
  client = await signedIn(t.app, person.email)
})

afterAll(async () => {
  await t?.close()
})

const revisionsOf = (practiceId: number) =>
  t.db
    .select()
    .from(practiceRevisions)
    .where(eq(practiceRevisions.practiceId, practiceId))
    .orderBy(practiceRevisions.number)

let published = 0

/** Published practice of the contributor's. */
async function publishedPractice(spec: Parameters<typeof aPractice>[1] = {}) {
  const practice = await aPractice(t.db, {
    ...spec,
    status: 'published',
    organisation: 'kent',
    submittedByUserId: userId,
    reference: `PB-2025-${String((published += 1)).padStart(4, '0')}`,
    title: 'Published practice',
  })
  return practice
}

describe('changing published practice', () => {
  it('opens a revision numbered after the last, edits it through the same pages and leaves the published row alone', async () => {
    const practice = await publishedPractice()
    await t.db.insert(practiceRevisions).values({ practiceId: practice.id, number: 1, status: 'approved', content: {} })
    const before = await practiceRow(t.db, practice.id)

    const check = await client.get(`/submissions/${practice.id}/check-answers`)
    expect(check.$('[data-qa=revise]').length).toBe(1)
    const opened = await postPage(
      client,
      `/submissions/${practice.id}/revisions`,
      {},
      `/submissions/${practice.id}/check-answers`,
    )
    expect(opened.response.headers.location).toBe(`/submissions/${practice.id}`)
    // Asking again while one is open finds the same one.
    await postPage(client, `/submissions/${practice.id}/revisions`, {}, `/submissions/${practice.id}/check-answers`)
    const revisions = await revisionsOf(practice.id)
    expect(revisions.map((r) => [r.number, r.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ])
    expect(revisions[1]?.content.title).toBe('Published practice')

    const taskList = await client.get(`/submissions/${practice.id}`)
    expect(taskList.$('h1').text()).toBe('Change published practice')
    const about = await client.get(`/submissions/${practice.id}/about`)
    expect(about.$('#title').val()).toBe('Published practice')
    expect(about.$('input[name=version]').val()).toBe(String(revisions[1]?.version))

    const saved = await saveSection(client, practice.id, 'about', { ...completeAnswers.about, title: 'A better title' })
    expect(saved.status).toBe(302)
    const [, revision] = await revisionsOf(practice.id)
    expect(revision?.content.title).toBe('A better title')
    expect(revision?.version).toBe(2)
    const after = await practiceRow(t.db, practice.id)
    expect([after.title, after.version, after.status, after.updatedAt]).toEqual([
      before.title,
      before.version,
      'published',
      before.updatedAt,
    ])

    // A stale revision version is refused like a stale draft.
    const stale = await client.post(`/submissions/${practice.id}/about`, {
      ...completeAnswers.about,
      title: 'From an old tab',
      action: 'continue',
      version: '1',
      _csrf: String(about.$('input[name=_csrf]').val()),
    })
    expect(stale.status).toBe(409)
    expect((await revisionsOf(practice.id))[1]?.content.title).toBe('A better title')
  })

  it('sends the revision for review: revision-submitted, reviewers told, the published version unchanged', async () => {
    const reviewer = await aUser(t.db, { roles: ['reviewer'], email: 'rev.reviewer@example.org' })
    // Consent as the complete answers give it, so that sending takes nothing back at once.
    const practice = await publishedPractice({ visibility: 'policing', values: { consentPublication: 'policing' } })
    await postPage(client, `/submissions/${practice.id}/revisions`, {}, `/submissions/${practice.id}/check-answers`)
    // The factory's practice lacks some answers, so the revision must complete them first.
    for (const [section, fields] of Object.entries(completeAnswers)) {
      if (section === 'call-questions') continue
      expect((await saveSection(client, practice.id, section, fields)).status, section).toBe(302)
    }
    const sent = await postPage(
      client,
      `/submissions/${practice.id}/submit`,
      {},
      `/submissions/${practice.id}/check-answers`,
    )
    expect(sent.response.headers.location).toBe(`/submissions/${practice.id}/confirmation`)
    const confirmation = await client.get(`/submissions/${practice.id}/confirmation`)
    expect(confirmation.$('h1').text()).toContain('Changes sent')

    const [revision] = await revisionsOf(practice.id)
    expect(revision?.status).toBe('submitted')
    expect(revision?.submittedAt).not.toBeNull()
    const row = await practiceRow(t.db, practice.id)
    expect([row.title, row.status]).toEqual(['Published practice', 'published'])
    const events = await queryRows<{ kind: string; revision_id: number }>(
      t.db,
      sql`select kind, revision_id from practice_events where practice_id = ${practice.id}`,
    )
    expect(events).toEqual([{ kind: 'revision-submitted', revision_id: revision?.id }])
    expect((await lastEmailTo(t.db, reviewer.email))?.body).toContain(`/review/${practice.reference}/revisions/1`)
    expect((await lastEmailTo(t.db, 'owner.rev@example.org'))?.subject).toContain('changes')

    // While it is with reviewers, it is read-only, and pressing send again changes nothing.
    const page = await client.get(`/submissions/${practice.id}/about`)
    expect(page.response.headers.location).toBe(`/submissions/${practice.id}/check-answers`)
    const again = await client.post(`/submissions/${practice.id}/submit`, {
      version: '1',
      _csrf: String(confirmation.$('input[name=_csrf]').val()),
    })
    expect(again.response.headers.location).toBe(`/submissions/${practice.id}/confirmation`)
    expect(await queryRows(t.db, sql`select 1 from practice_events where practice_id = ${practice.id}`)).toHaveLength(1)
    const mine = await client.get('/my-submissions')
    expect(texts(mine.$, `[data-qa=submission-${practice.id}] [data-qa=revision-status]`)).toEqual(['Submitted'])
  })

  it('only for published practice, and only by its contributor or force lead', async () => {
    const draft = await aPractice(t.db, { status: 'draft', organisation: 'kent', submittedByUserId: userId })
    const token = String((await client.get('/submit')).$('input[name=_csrf]').val())
    expect((await client.post(`/submissions/${draft.id}/revisions`, { _csrf: token })).status).toBe(409)
    const practice = await publishedPractice()
    const stranger = await signedIn(t.app, (await aUser(t.db)).email)
    const strangerToken = String((await stranger.get('/submit')).$('input[name=_csrf]').val())
    expect((await stranger.post(`/submissions/${practice.id}/revisions`, { _csrf: strangerToken })).status).toBe(404)
    expect(await revisionsOf(practice.id)).toEqual([])
  })
})
