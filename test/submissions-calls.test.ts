import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aCall, aPractice } from './support/factories.js'
import { saveSection, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

const draftCount = async () =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from practices where status = 'draft'`))[0]?.n

describe('calls for practice', () => {
  it('lists open and closed calls with dates and how many submissions each has had', async () => {
    await aPractice(t.db, { call: 'voice-of-the-victim-2022', status: 'published' })
    await aPractice(t.db, { call: 'voice-of-the-victim-2022', status: 'draft', values: { submittedAt: null } })
    const page = await new TestClient(t.app).get('/calls')
    expect(page.status).toBe(200)
    expect(texts(page.$, '[data-qa=open-calls] h3 a')).toContain('Voice of the Victim 2026')
    expect(texts(page.$, '[data-qa=closed-calls] h3 a')).toContain('Voice of the Victim')
    expect(page.$('[data-qa=call-voice-of-the-victim-2022] [data-qa=submissions-received]').text()).toBe(
      '1 submission received',
    )
  })

  it('an open call shows its guidance and questions, and starts a submission that answers it', async () => {
    const visitorPage = await new TestClient(t.app).get('/calls/voice-of-the-victim-2026')
    expect(visitorPage.$('[data-qa=call-questions] > li')).toHaveLength(3)
    expect(visitorPage.$('[data-qa=sign-in-to-start]').attr('href')).toBe(
      '/sign-in?returnTo=%2Fcalls%2Fvoice-of-the-victim-2026',
    )
    const client = await signedIn(t.app, (await aUser(t.db)).email)
    const id = await startDraft(client, 'voice-of-the-victim-2026')
    const taskList = await client.get(`/submissions/${id}`)
    expect(taskList.$('[data-qa=answering-call]').text()).toContain('Voice of the Victim 2026')
    expect(texts(taskList.$, '.govuk-task-list__link')).toContain('Call questions')
  })

  it('a closed call says so and cannot be answered (400, nothing created); general submissions stay open', async () => {
    const client = await signedIn(t.app, (await aUser(t.db)).email)
    const page = await client.get('/calls/voice-of-the-victim-2022')
    expect(page.$('[data-qa=call-closed]').text()).toContain('This call closed on 29 July 2022')
    expect(page.$('[data-qa=start-for-call]').length).toBe(0)
    const before = await draftCount()
    const refused = await client.submit('/submissions', { call: 'voice-of-the-victim-2022' }, '/submit')
    expect(refused.status).toBe(400)
    expect(texts(refused.$, '.govuk-error-summary__list a')).toEqual([
      'The call for practice ‘Voice of the Victim’ is not open. You can still submit practice without answering a call',
    ])
    const upcoming = await aCall(t.db, { opensInDays: 10, closesInDays: 40 })
    expect((await client.submit('/submissions', { call: upcoming.slug }, '/submit')).status).toBe(400)
    expect((await client.submit('/submissions', { call: 'no-such-call' }, '/submit')).status).toBe(400)
    expect(await draftCount()).toBe(before)

    const general = await startDraft(client)
    const taskList = await client.get(`/submissions/${general}`)
    expect(texts(taskList.$, '.govuk-task-list__link')).not.toContain('Call questions')
    expect((await client.get(`/submissions/${general}/call-questions`)).status).toBe(404)
  })

  it('an unknown call is not found', async () => {
    expect((await new TestClient(t.app).get('/calls/nothing-here')).status).toBe(404)
  })

  it('the start page shows the assessment criteria when there are any', async () => {
    await t.db.execute(sql`insert into assessment_criteria (key, label, description, position) values
      ('impact', 'Impact on victims', 'What changed for the people it serves', 1),
      ('retired', 'Old criterion', '', 2)`)
    await t.db.execute(sql`update assessment_criteria set retired_at = now() where key = 'retired'`)
    const page = await new TestClient(t.app).get('/submit')
    const shown = texts(page.$, '[data-qa=assessment-criteria] dt')
    expect(shown).toContain('Impact on victims')
    expect(shown).toContain('Can it be evaluated')
    expect(shown).not.toContain('Old criterion')
  })

  it('pressing "Start" three times leads to one draft until something is written in it', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    const ids = [await startDraft(client), await startDraft(client), await startDraft(client)]
    expect(new Set(ids).size).toBe(1)
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from practices where submitted_by_user_id = ${user.id}`,
        )
      )[0]?.n
    expect(await count()).toBe(1)
    // Answering a call is a different start, so a different draft.
    const forCall = await startDraft(client, 'voice-of-the-victim-2026')
    expect(forCall).not.toBe(ids[0])
    expect(await startDraft(client, 'voice-of-the-victim-2026')).toBe(forCall)
    // Once something is saved in the draft, "Start" begins a new one.
    const saved = await saveSection(client, ids[0] ?? 0, 'about', { title: 'Street triage in the evening' }, 'later')
    expect(saved.status).toBe(302)
    expect(await startDraft(client)).not.toBe(ids[0])
    expect(await count()).toBe(3)
  })
})
