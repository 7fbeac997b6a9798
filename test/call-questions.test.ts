import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import type { CallQuestion } from '../src/db/schema/index.js'
import { londonToday } from '../src/features/submissions/forms/fields.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aCall } from './support/factories.js'
import { completeDraft, practiceRow, saveSection, sendForReview, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let reviewer: TestClient

beforeAll(async () => {
  t = await createTestApp()
  admin = await signedIn(t.app, (await aUser(t.db, { email: 'question-admin@example.org', roles: ['admin'] })).email)
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
})

afterAll(async () => {
  await t?.close()
})

const questionsOf = async (id: number) =>
  (
    await queryRows<{ questions: CallQuestion[]; question_history: CallQuestion[] }>(
      t.db,
      sql`select questions, question_history from calls where id = ${id}`,
    )
  )[0] ?? { questions: [], question_history: [] }

const addQuestion = (callId: number, fields: Record<string, string>) =>
  admin.submit(`/admin/calls/${callId}/questions/new`, { required: 'yes', ...fields })

/** A call with one question of each kind, built through the question builder. */
async function builtCall() {
  const call = await aCall(t.db)
  const added: Record<string, string>[] = [
    { kind: 'short', label: 'Name of the scheme' },
    { kind: 'text', label: 'What did victims change?', wordLimit: '5', hint: 'A few words.' },
    { kind: 'radios', label: 'Who led it?', options: 'The force\nA charity\nBoth together' },
    { kind: 'checkboxes', label: 'Which rights did it support?', options: 'Information\nReferral\nReview' },
    { kind: 'yesno', label: 'Is it still running?' },
    { kind: 'date', label: 'When did it start?', required: 'no' },
  ]
  for (const fields of added) {
    const result = await addQuestion(call.id, fields)
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe(`/admin/calls/${call.id}?saved=question-added#questions`)
  }
  return { call, questions: (await questionsOf(call.id)).questions }
}

describe('the question builder', () => {
  it('adds questions of every kind, refuses a bad one with an error and changes nothing, moves and removes', async () => {
    const { call, questions } = await builtCall()
    expect(questions.map((q) => q.kind)).toEqual(['short', 'text', 'radios', 'checkboxes', 'yesno', 'date'])
    expect(questions[1]).toMatchObject({ wordLimit: 5, hint: 'A few words.', required: true })
    expect(questions[2]?.options).toEqual([
      ['the-force', 'The force'],
      ['a-charity', 'A charity'],
      ['both-together', 'Both together'],
    ])
    expect(questions[5]?.required).toBe(false)

    const bad = await addQuestion(call.id, { kind: 'radios', label: 'Only one option', options: 'Alone' })
    expect(bad.status).toBe(400)
    expect(texts(bad.$, '.govuk-error-summary__list a')).toEqual(['Enter at least two options, one on each line'])
    const noKind = await addQuestion(call.id, { label: 'No kind' })
    expect(noKind.status).toBe(400)
    expect((await questionsOf(call.id)).questions).toHaveLength(6)

    const page = await admin.get(`/admin/calls/${call.id}`)
    expect(page.$('[data-qa=question]')).toHaveLength(6)
    // every question but the first can move up, every one but the last down, with plain form buttons
    expect(page.$('[data-qa=move-up]')).toHaveLength(5)
    expect(page.$('[data-qa=move-down]')).toHaveLength(5)
    expect(page.$('[data-qa=question]').first().find('[data-qa=move-up]')).toHaveLength(0)
    expect(page.$('[data-qa=move-down]').first().text().trim()).toBe('Move down question 1')
    const first = questions[0]?.key ?? ''
    const moved = await admin.submit(
      `/admin/calls/${call.id}/questions/${first}/move`,
      { direction: 'down' },
      `/admin/calls/${call.id}`,
    )
    expect(moved.status).toBe(302)
    expect((await questionsOf(call.id)).questions.map((q) => q.label).slice(0, 2)).toEqual([
      'What did victims change?',
      'Name of the scheme',
    ])
    const badMove = await admin.submit(
      `/admin/calls/${call.id}/questions/${first}/move`,
      { direction: 'sideways' },
      `/admin/calls/${call.id}`,
    )
    expect(badMove.status).toBe(400)
    await admin.submit(
      `/admin/calls/${call.id}/questions/${first}/move`,
      { direction: 'up' },
      `/admin/calls/${call.id}`,
    )
    expect((await questionsOf(call.id)).questions[0]?.key).toBe(first)

    const preview = await admin.get(`/admin/calls/${call.id}/preview`)
    expect(preview.status).toBe(200)
    expect(preview.$('input[name="call-q1"]')).toHaveLength(1)
    expect(preview.$('textarea[name="call-q2"]')).toHaveLength(1)
    expect(preview.$('input[type=radio][name="call-q3"]')).toHaveLength(3)
    expect(preview.$('input[type=checkbox][name="call-q4"]')).toHaveLength(3)
    expect(preview.$('input[type=radio][name="call-q5"]')).toHaveLength(2)
    expect(preview.$('input[name="call-q6-day"]')).toHaveLength(1)
    expect(preview.$('legend').text()).toContain('When did it start? (optional)')

    const removed = await admin.submit(`/admin/calls/${call.id}/questions/q6/remove`, {}, `/admin/calls/${call.id}`)
    expect(removed.status).toBe(302)
    expect((await questionsOf(call.id)).questions.map((q) => q.key)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect((await questionsOf(call.id)).question_history).toEqual([])
    expect((await admin.get(`/admin/calls/${call.id}/questions/q6`)).status).toBe(404)
  })
})

describe('answering a call’s questions', () => {
  it('checks every kind on the server: word limit, choice among options, yes or no, a real date, lengths', async () => {
    const { call } = await builtCall()
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    const id = await startDraft(contributor, call.slug)
    const wrong = await saveSection(contributor, id, 'call-questions', {
      'call-q1': 'x'.repeat(501),
      'call-q2': 'one two three four five six',
      'call-q3': 'a-stranger',
      'call-q4': ['information', 'made-up'],
      'call-q5': 'maybe',
      'call-q6-day': '31',
      'call-q6-month': '2',
      'call-q6-year': '2027',
    })
    expect(wrong.status).toBe(400)
    expect(texts(wrong.$, '.govuk-error-summary__list a')).toEqual([
      'Your answer to ‘Name of the scheme’ must be 500 characters or fewer',
      'Your answer to ‘What did victims change?’ must be 5 words or fewer',
      'Select an answer to ‘Who led it?’',
      'Select at least one answer to ‘Which rights did it support?’',
      'Select yes or no for ‘Is it still running?’',
      'The date for ‘When did it start?’ must be a real date',
    ])
    expect(wrong.$('.govuk-error-summary__list a').last().attr('href')).toBe('#call-q6-day')
    expect((await practiceRow(t.db, id)).callAnswers).toBeNull()

    const missing = await saveSection(contributor, id, 'call-questions', {})
    expect(texts(missing.$, '.govuk-error-summary__list a')).toEqual([
      'Enter your answer to ‘Name of the scheme’',
      'Enter your answer to ‘What did victims change?’',
      'Select an answer to ‘Who led it?’',
      'Select at least one answer to ‘Which rights did it support?’',
      'Select yes or no for ‘Is it still running?’',
    ])

    const right = await saveSection(contributor, id, 'call-questions', {
      'call-q1': 'Safer callbacks',
      'call-q2': 'They rewrote the script',
      'call-q3': 'both-together',
      'call-q4': ['information', 'referral'],
      'call-q5': 'yes',
      'call-q6-day': '3',
      'call-q6-month': '5',
      'call-q6-year': '2025',
    })
    expect(right.status).toBe(302)
    expect((await practiceRow(t.db, id)).callAnswers).toEqual({
      q1: 'Safer callbacks',
      q2: 'They rewrote the script',
      q3: 'both-together',
      q4: ['information', 'referral'],
      q5: 'yes',
      q6: '2025-05-03',
    })
    const check = await contributor.get(`/submissions/${id}/check-answers`)
    const rows = check.$('.govuk-summary-card').filter((_, card) => check.$(card).text().includes('Call questions'))
    expect(rows.text()).toContain('3 May 2025')
    expect(rows.text()).toContain('Both together')
  })
})

describe('versioned questions', () => {
  it('a question changed after an answer was sent becomes a new version; the review page shows the answered wording', async () => {
    const call = await aCall(t.db)
    await addQuestion(call.id, { kind: 'text', label: 'How did victims shape it?' })
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    const id = await startDraft(contributor, call.slug)
    await completeDraft(contributor, id)
    expect((await saveSection(contributor, id, 'call-questions', { 'call-q1': 'They wrote the script.' })).status).toBe(
      302,
    )
    expect((await sendForReview(contributor, id)).status).toBe(302)
    const { reference } = await practiceRow(t.db, id)

    // A change before anyone answered is made in place: a second call shows it.
    const changed = await admin.submit(`/admin/calls/${call.id}/questions/q1`, {
      kind: 'text',
      label: 'How did victims shape the work, in their own words?',
      required: 'yes',
    })
    expect(changed.status).toBe(302)
    expect(changed.response.headers.location).toBe(`/admin/calls/${call.id}?saved=question-versioned#questions`)
    const { questions, question_history } = await questionsOf(call.id)
    expect(questions).toEqual([
      expect.objectContaining({
        key: 'q1-v2',
        stem: 'q1',
        version: 2,
        label: 'How did victims shape the work, in their own words?',
      }),
    ])
    expect(question_history).toEqual([
      expect.objectContaining({ key: 'q1', label: 'How did victims shape it?', version: 1 }),
    ])

    const review = await reviewer.get(`/review/${reference}`)
    const answer = review.$('[data-qa=answer-callAnswers]').text()
    expect(answer).toContain('How did victims shape it?: They wrote the script.')
    expect(answer).not.toContain('in their own words')

    // A new contributor is asked the new wording; saving it answers the new version.
    const second = await signedIn(t.app, (await aUser(t.db)).email)
    const secondId = await startDraft(second, call.slug)
    const form = await second.get(`/submissions/${secondId}/call-questions`)
    expect(form.$('label[for="call-q1-v2"]').text()).toContain('in their own words')
    await saveSection(second, secondId, 'call-questions', { 'call-q1-v2': 'By leading the panel.' })
    expect((await practiceRow(t.db, secondId)).callAnswers).toEqual({ 'q1-v2': 'By leading the panel.' })

    // Removing the question keeps the wording answered in the history; the answer still shows it.
    await admin.submit(`/admin/calls/${call.id}/questions/q1-v2/remove`, {}, `/admin/calls/${call.id}`)
    expect((await reviewer.get(`/review/${reference}`)).$('[data-qa=answer-callAnswers]').text()).toContain(
      'How did victims shape it?: They wrote the script.',
    )
  })

  it('a change before any answer was sent is made in place, with no new version', async () => {
    const call = await aCall(t.db)
    await addQuestion(call.id, { kind: 'short', label: 'First wording' })
    await admin.submit(`/admin/calls/${call.id}/questions/q1`, {
      kind: 'short',
      label: 'Second wording',
      required: 'no',
    })
    const { questions, question_history } = await questionsOf(call.id)
    expect(questions).toEqual([{ key: 'q1', kind: 'short', label: 'Second wording', required: false }])
    expect(question_history).toEqual([])
  })
})

const dayOffset = (days: number) =>
  new Date(Date.parse(`${londonToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe('closed calls and the grace period', () => {
  let made = 0
  /** A call made by an admin (so the service knows of it at once), and a complete draft answering it. */
  async function readyDraft() {
    const slug = `grace-call-${++made}`
    const created = await admin.submit('/admin/calls/new', {
      title: `Grace call ${made}`,
      slug,
      theme: 'Testing the grace period.',
      opensOn: dayOffset(-10),
      closesOn: dayOffset(10),
      graceDays: '0',
    })
    expect(created.status).toBe(302)
    const [call] = await queryRows<{ id: number; title: string; slug: string }>(
      t.db,
      sql`select id, title, slug from calls where slug = ${slug}`,
    )
    if (!call) throw new Error('no call')
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    const id = await startDraft(contributor, call.slug)
    await completeDraft(contributor, id)
    return { call, contributor, id }
  }
  const closeCall = (id: number, closedDaysAgo: number, graceDays: number) =>
    t.db.execute(
      sql`update calls set opens_on = ${dayOffset(-30)}, closes_on = ${dayOffset(-closedDaysAgo)}, grace_days = ${graceDays} where id = ${id}`,
    )

  it('a closed call without a grace period refuses to send a draft, with a clear message; nothing changes', async () => {
    const { call, contributor, id } = await readyDraft()
    await closeCall(call.id, 1, 0)
    const refused = await sendForReview(contributor, id)
    expect(refused.status).toBe(409)
    expect(refused.$('[data-qa=call-closed]').text()).toContain(`The call for practice ‘${call.title}’ closed on`)
    const row = await practiceRow(t.db, id)
    expect(row.status).toBe('draft')
    expect(row.submittedAt).toBeNull()
    // and once an admin closes it, no new draft can start for it
    await admin.submit(`/admin/calls/${call.id}/status`, { action: 'close' }, '/admin/calls')
    expect((await contributor.submit('/submissions', { call: call.slug }, '/submit')).status).toBe(400)
  })

  it('a draft started before closing can be sent within the grace period, and not after it', async () => {
    const within = await readyDraft()
    await closeCall(within.call.id, 2, 3)
    expect((await sendForReview(within.contributor, within.id)).status).toBe(302)
    expect((await practiceRow(t.db, within.id)).status).toBe('submitted')

    const after = await readyDraft()
    await closeCall(after.call.id, 5, 3)
    const refused = await sendForReview(after.contributor, after.id)
    expect(refused.status).toBe(409)
    expect(refused.$('[data-qa=call-closed]').text()).toContain('drafts could be sent until')
    expect((await practiceRow(t.db, after.id)).status).toBe('draft')
  })
})
