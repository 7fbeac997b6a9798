import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import {
  completeAnswers,
  completeDraft,
  postPage,
  practiceRow,
  saveSection,
  sendForReview,
  startDraft,
} from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let client: TestClient
let userId: number

beforeAll(async () => {
  t = await createTestApp()
  const person = await aUser(t.db, { organisation: 'kent' })
  userId = person.id
  client = await signedIn(t.app, person.email)
})

afterAll(async () => {
  await t?.close()
})

const withdraw = (id: number, confirm?: 'yes' | 'no') =>
  postPage(client, `/submissions/${id}/withdraw`, confirm ? { confirm } : {})

describe('withdrawing before publication', () => {
  it('asks to confirm, then withdraws with a timeline and audit entry', async () => {
    const id = await startDraft(client)
    const empty = await withdraw(id)
    expect(empty.status).toBe(400)
    expect(texts(empty.$, '.govuk-error-summary__list a')).toEqual([
      'Select yes if you want to withdraw this submission',
    ])
    const no = await withdraw(id, 'no')
    expect(no.response.headers.location).toBe('/my-submissions')
    expect((await practiceRow(t.db, id)).status).toBe('draft')

    const yes = await withdraw(id, 'yes')
    expect(yes.response.headers.location).toBe('/my-submissions')
    expect((await practiceRow(t.db, id)).status).toBe('withdrawn')
    const mine = await client.get('/my-submissions')
    expect(mine.$('[data-qa=flash]').text()).toContain('has been withdrawn')
    expect(mine.$(`[data-qa=submission-${id}] [data-qa=status]`).text().trim()).toBe('Withdrawn')
    const events = await queryRows(
      t.db,
      sql`select 1 from practice_events where practice_id = ${id} and kind = 'withdrawn'`,
    )
    expect(events).toHaveLength(1)
    const audit = await queryRows(
      t.db,
      sql`select 1 from audit_events where action = 'practice-withdrawn' and details->>'practiceId' = ${String(id)}`,
    )
    expect(audit).toHaveLength(1)
    // A withdrawn draft can no longer be changed.
    const later = await client.get(`/submissions/${id}/about`)
    expect(later.response.headers.location).toBe(`/submissions/${id}/check-answers`)
  })

  it('a submitted practice can be withdrawn; a published one cannot (409)', async () => {
    const sent = await aPractice(t.db, {
      status: 'submitted',
      organisation: 'kent',
      submittedByUserId: userId,
      reference: 'PB-2026-0500',
    })
    expect((await withdraw(sent.id, 'yes')).status).toBe(302)
    expect((await practiceRow(t.db, sent.id)).status).toBe('withdrawn')
    const published = await aPractice(t.db, { status: 'published', organisation: 'kent', submittedByUserId: userId })
    const page = await client.get(`/submissions/${published.id}/withdraw`)
    expect(page.status).toBe(409)
    const token = String((await client.get('/submit')).$('input[name=_csrf]').val())
    const post = await client.post(`/submissions/${published.id}/withdraw`, { confirm: 'yes', _csrf: token })
    expect(post.status).toBe(409)
    expect((await practiceRow(t.db, published.id)).status).toBe('published')
  })
})

describe('after sending', () => {
  it('answers can no longer be changed while it is with reviewers', async () => {
    const id = await startDraft(client)
    await completeDraft(client, id)
    await sendForReview(client, id)
    const token = String((await client.get('/submit')).$('input[name=_csrf]').val())
    const post = await client.post(`/submissions/${id}/about`, {
      ...completeAnswers.about,
      title: 'Too late',
      action: 'continue',
      version: '99',
      _csrf: token,
    })
    expect(post.status).toBe(409)
    expect((await practiceRow(t.db, id)).title).toBe(completeAnswers.about.title)
    const taskList = await client.get(`/submissions/${id}`)
    expect(taskList.response.headers.location).toBe(`/submissions/${id}/check-answers`)
  })

  it('changes requested: the reviewer’s comments show on the task list, and sending again is a resubmission', async () => {
    const id = await startDraft(client)
    await completeDraft(client, id)
    await sendForReview(client, id)
    const { reference } = await practiceRow(t.db, id)
    await t.db.execute(sql`update practices set status = 'changes_requested' where id = ${id}`)
    await t.db.execute(
      sql`insert into practice_events (practice_id, kind, body, internal) values (${id}, 'note', 'Internal only', true),
          (${id}, 'changes-requested', 'Please say how many victims took part.', false)`,
    )
    const taskList = await client.get(`/submissions/${id}`)
    expect(taskList.$('[data-qa=changes-requested]').text()).toBe('Please say how many victims took part.')
    expect(taskList.$.html()).not.toContain('Internal only')

    await saveSection(client, id, 'resources', { ...completeAnswers.resources, resources: 'Forty victims took part.' })
    const sent = await sendForReview(client, id)
    expect(sent.response.headers.location).toBe(`/submissions/${id}/confirmation`)
    const row = await practiceRow(t.db, id)
    expect([row.status, row.reference]).toEqual(['submitted', reference])
    const kinds = await queryRows<{ kind: string }>(
      t.db,
      sql`select kind from practice_events where practice_id = ${id} and not internal order by id`,
    )
    expect(kinds.map((k) => k.kind)).toEqual(['submitted', 'changes-requested', 'resubmitted'])
  })
})

describe('my submissions', () => {
  it('lists drafts and submissions with status, reference and the right action', async () => {
    const other = await signedIn(t.app, (await aUser(t.db, { organisation: 'kent' })).email)
    const draft = await startDraft(other)
    await saveSection(other, draft, 'about', { title: 'My own draft' }, 'later')
    await aPractice(t.db, {
      status: 'in_review',
      organisation: 'kent',
      submittedByUserId: userId,
      reference: 'PB-2026-0600',
      title: 'Being reviewed',
    })
    const page = await other.get('/my-submissions')
    expect(texts(page.$, '[data-qa=submissions] [data-qa=title]')).toEqual(['My own draft'])
    expect(page.$(`[data-qa=submission-${draft}] a`).first().attr('href')).toBe(`/submissions/${draft}`)
    const mine = await client.get('/my-submissions')
    const row = mine.$('tr').filter((_, el) => mine.$(el).text().includes('Being reviewed'))
    expect(row.find('[data-qa=reference]').text()).toBe('PB-2026-0600')
    expect(row.find('[data-qa=status]').text().trim()).toBe('In review')
    expect(row.find('a').first().text()).toContain('View')
  })
})
