import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { completeDraft, practiceRow, sendForReview, startDraft } from './support/submissions.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('submitting practice in answer to the Voice of the Victim 2026 call', () => {
  it('goes from the start page to the confirmation, with a reference and e-mails', async () => {
    const reviewer = await aUser(t.db, { email: 'reviewer.one@example.org', roles: ['reviewer'] })
    const disabledReviewer = await aUser(t.db, { email: 'reviewer.gone@example.org', roles: ['reviewer'] })
    await t.db.execute(sql`update users set disabled_at = now() where id = ${disabledReviewer.id}`)
    const person = await aUser(t.db, {
      email: 'contributor.journey@example.org',
      organisation: 'kent',
      name: 'Jo Journey',
    })
    const client = await signedIn(t.app, person.email)

    const start = await client.get('/submit')
    expect(start.status).toBe(200)
    expect(texts(start.$, '[data-qa=open-calls] a')).toContain('Voice of the Victim 2026')

    const id = await startDraft(client, 'voice-of-the-victim-2026')
    const taskList = await client.get(`/submissions/${id}`)
    expect(taskList.status).toBe(200)
    expect(texts(taskList.$, '.govuk-task-list__link')).toEqual([
      'Your organisation and contact',
      'About the practice',
      'What you did',
      'Call questions',
      'Resources and implementation',
      'Evidence',
      'Attachments',
      'Sharing and consent',
    ])
    expect(texts(taskList.$, '.govuk-task-list__status')).toEqual([
      'In progress',
      'Not started',
      'Not started',
      'Not started',
      'Not started',
      'Not started',
      'Optional',
      'Not started',
    ])

    await completeDraft(client, id, { call: true })
    const done = await client.get(`/submissions/${id}`)
    expect(texts(done.$, '.govuk-task-list__status').filter((s) => s === 'Completed')).toHaveLength(7)

    const check = await client.get(`/submissions/${id}/check-answers`)
    expect(check.status).toBe(200)
    expect(check.$('[data-qa=answers-about]').text()).toContain('Victim panel for control room callbacks')
    expect(check.$('[data-qa=answers-call-questions]').text()).toContain(
      'To be able to understand and to be understood',
    )
    expect(check.$('[data-qa=answers-about] a').first().attr('href')).toBe(
      `/submissions/${id}/about?returnTo=check-answers#title`,
    )

    const sent = await sendForReview(client, id)
    expect(sent.status).toBe(302)
    expect(sent.response.headers.location).toBe(`/submissions/${id}/confirmation`)
    const confirmation = await client.get(`/submissions/${id}/confirmation`)
    const reference = confirmation.$('[data-qa=reference]').text()
    expect(reference).toMatch(/^PB-\d{4}-\d{4}$/)
    // No SMTP_URL in the test configuration: the page must not claim an e-mail was sent.
    const mailStatus = confirmation.$('[data-qa=mail-status]').text()
    expect(mailStatus).toContain('we have not sent you a confirmation e-mail')
    expect(confirmation.$('main').text()).not.toContain('We have sent')

    const row = await practiceRow(t.db, id)
    expect(row.status).toBe('submitted')
    expect(row.visibility).toBe('internal')
    expect(row.reference).toBe(reference)
    expect(row.submittedAt).not.toBeNull()

    const mail = await lastEmailTo(t.db, person.email)
    expect(mail?.subject).toContain(reference)
    expect((await lastEmailTo(t.db, reviewer.email))?.body).toContain(`/review/${reference}`)
    expect(await lastEmailTo(t.db, disabledReviewer.email)).toBeNull()
    const events = await queryRows<{ kind: string }>(
      t.db,
      sql`select kind from practice_events where practice_id = ${id}`,
    )
    expect(events.map((e) => e.kind)).toEqual(['submitted'])
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_events where action = 'practice-submitted' and details->>'practiceId' = ${String(id)}`,
    )
    expect(audit).toHaveLength(1)

    const mine = await client.get('/my-submissions')
    const rowHtml = mine.$(`[data-qa=submission-${id}]`)
    expect(rowHtml.find('[data-qa=reference]').text()).toBe(reference)
    expect(rowHtml.find('[data-qa=status]').text().trim()).toBe('Submitted')
  })
})
