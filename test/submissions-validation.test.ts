import type { CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { completeAnswers, practiceRow, saveSection, sendForReview, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let client: TestClient
let id: number

beforeAll(async () => {
  t = await createTestApp()
  const person = await aUser(t.db, { organisation: 'kent' })
  client = await signedIn(t.app, person.email)
})

afterAll(async () => {
  await t?.close()
})

beforeEach(async () => {
  id = await startDraft(client, 'voice-of-the-victim-2026')
})

function expectErrors(result: { status: number; $: CheerioAPI }, messages: string[]) {
  expect(result.status, texts(result.$, '.govuk-error-summary__list a').join(' | ')).toBe(400)
  expect(result.$('title').text()).toMatch(/^Error: /)
  expect(texts(result.$, '.govuk-error-summary__list a')).toEqual(messages)
  // Each message is also shown beside its field.
  for (const message of messages) expect(texts(result.$, '.govuk-error-message')).toContain(`Error: ${message}`)
}

const save = (section: string, fields: Record<string, string | string[]>, action: 'continue' | 'later' = 'continue') =>
  saveSection(client, id, section, fields, action)

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

describe('each section checks its answers on the server, and keeps what was typed', () => {
  it('organisation and contact: every required answer, the e-mail format and the organisation', async () => {
    const empty = await save('organisation', { organisation: '', contactName: '', contactRole: '', contactEmail: '' })
    expectErrors(empty, [
      'Select the organisation the practice belongs to',
      'Enter the name of the person to contact about the practice',
      "Enter the contact's job title or role",
      "Enter the contact's e-mail address",
    ])
    const wrong = await save('organisation', {
      ...completeAnswers.organisation,
      organisation: 'not-a-force',
      contactEmail: 'not an address',
      contactPhone: 'call me',
    })
    expectErrors(wrong, [
      'Select the organisation the practice belongs to',
      'Enter an e-mail address in the correct format, like name@example.police.uk',
      'Enter a telephone number, like 01632 960 001 or +44 808 157 0192',
    ])
    expect(wrong.$('#contactEmail').val()).toBe('not an address')
    expect(wrong.$('#contactName').val()).toBe('Sam Example')
  })

  it('about: title length, the 150-word summary, and nothing is saved on error', async () => {
    const before = await practiceRow(t.db, id)
    const result = await save('about', {
      title: 'x'.repeat(151),
      summary: words(151),
      problem: 'A problem.',
      aims: 'y'.repeat(5001),
    })
    expectErrors(result, [
      'Title must be 150 characters or fewer',
      'Summary must be 150 words or fewer',
      'Aims and intended outcomes must be 5,000 characters or fewer',
    ])
    expect(result.$('#summary').text()).toBe(words(151))
    expect(result.$('#problem').text()).toBe('A problem.')
    const after = await practiceRow(t.db, id)
    expect(after.version).toBe(before.version)
    expect(after.title).toBe('')

    const exactly150 = await save('about', { ...completeAnswers.about, summary: words(150) })
    expect(exactly150.status).toBe(302)
  })

  it('what you did: real dates, the end after the start, and only the listed options', async () => {
    const base = completeAnswers['what-you-did']
    const impossible = await save('what-you-did', {
      ...base,
      'startDate-day': '31',
      'startDate-month': '2',
      'startDate-year': '2023',
    })
    expectErrors(impossible, ['The date the practice started must be a real date'])
    expect(impossible.$('.govuk-error-summary__list a').attr('href')).toBe('#startDate-day')
    expect(impossible.$('#startDate-day').val()).toBe('31')

    const partial = await save('what-you-did', { ...base, 'startDate-month': '' })
    expectErrors(partial, ['The date the practice started must include a month'])

    const letters = await save('what-you-did', { ...base, 'startDate-year': 'twenty' })
    expectErrors(letters, ['The date the practice started must be a real date'])

    const endBeforeStart = await save('what-you-did', {
      ...base,
      stillRunning: 'no',
      'endDate-day': '1',
      'endDate-month': '1',
      'endDate-year': '2021',
    })
    expectErrors(endBeforeStart, ['The date the practice ended must be the same as or after the date it started'])

    const noEnd = await save('what-you-did', { ...base, stillRunning: 'no' })
    expectErrors(noEnd, ['Enter the date the practice ended'])

    const future = await save('what-you-did', {
      ...base,
      stillRunning: 'no',
      'endDate-day': '1',
      'endDate-month': '1',
      'endDate-year': '2999',
    })
    expectErrors(future, ['The date the practice ended must be today or in the past'])

    const futureStart = await save('what-you-did', { ...base, stillRunning: 'yes', 'startDate-year': '2999' })
    expectErrors(futureStart, ['The date the practice started must be today or in the past'])
    expect(futureStart.$('#startDate-year').val()).toBe('2999')

    const options = await save('what-you-did', {
      ...base,
      topics: ['domestic-abuse', 'made-up'],
      scale: 'galactic',
      stillRunning: 'maybe',
    })
    expectErrors(options, [
      'Select at least one topic',
      'Select the scale of the practice',
      'Select yes if the practice is still running',
    ])
    // Ticked boxes stay ticked.
    expect(options.$('input[name=topics][value=domestic-abuse]').attr('checked')).toBeDefined()

    const empty = await save('what-you-did', {})
    expectErrors(empty, [
      'Enter what you did',
      'Select who the practice is for',
      'Select at least one topic',
      'Select at least one purpose',
      'Select the scale of the practice',
      'Enter the date the practice started',
      'Select yes if the practice is still running',
    ])

    const ended = await save('what-you-did', {
      ...base,
      stillRunning: 'no',
      'endDate-day': '1',
      'endDate-month': '6',
      'endDate-year': '2024',
    })
    expect(ended.status).toBe(302)
    const row = await practiceRow(t.db, id)
    expect([row.startDate, row.endDate, row.stillRunning]).toEqual(['2022-05-03', '2024-06-01', false])
  })

  it('call questions: every question answered, from the call’s own options', async () => {
    const empty = await save('call-questions', {})
    expectErrors(empty, [
      "Enter your answer to ‘How did victims' views, wishes and experiences shape the practice?’",
      "Select at least one answer to ‘Which of the Victims' Code rights does the practice support?’",
      "Enter your answer to ‘How does the practice go beyond the minimum the Victims' Code sets out?’",
    ])
    const wrong = await save('call-questions', { ...completeAnswers['call-questions'], 'call-rights': 'free-pizza' })
    expectErrors(wrong, [
      "Select at least one answer to ‘Which of the Victims' Code rights does the practice support?’",
    ])
    expect(wrong.$('#call-howVictimsShapedIt').text()).toBe('Victims wrote the wording of the first question.')
  })

  it('resources: lengths', async () => {
    const result = await save('resources', { ...completeAnswers.resources, lessonsLearned: 'z'.repeat(5001) })
    expectErrors(result, ['Lessons learned must be 5,000 characters or fewer'])
  })

  it('evidence: evaluated practice says how and what it found; links are web addresses', async () => {
    const result = await save('evidence', {
      stage: 'evaluated-locally',
      selfOutcome: 'worked',
      links: 'javascript:alert(1)',
    })
    expectErrors(result, [
      'Enter each link as a full web address starting with https://, one on each line',
      'Enter how the practice was evaluated',
      'Enter the results of the evaluation',
    ])
    const tooMany = await save('evidence', {
      ...completeAnswers.evidence,
      links: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`).join('\n'),
    })
    expectErrors(tooMany, ['Enter 10 links or fewer'])
    const untested = await save('evidence', { stage: 'untested', selfOutcome: 'new-or-innovative' })
    expect(untested.status).toBe(302)
    const wrong = await save('evidence', { stage: 'proven', selfOutcome: 'amazing' })
    expectErrors(wrong, ['Select the stage of the practice', 'Select what you think the outcome of the practice is'])
  })

  it('sharing and consent: each question, and the privacy notice', async () => {
    const empty = await save('sharing', {})
    expectErrors(empty, [
      'Select who the practice may be published to',
      'Select yes if readers may see the contact details',
      'Select yes if we may introduce you to researchers',
      'Select yes if we may invite you to present at learning events',
      'Select yes if we may discuss the practice with government departments',
      'Confirm that you have read the privacy notice',
    ])
    const wrong = await save('sharing', {
      ...completeAnswers.sharing,
      consentPublication: 'everyone',
      consentEvents: 'perhaps',
    })
    expectErrors(wrong, [
      'Select who the practice may be published to',
      'Select yes if we may invite you to present at learning events',
    ])
  })
})

describe('save and come back later', () => {
  it('keeps a partial answer and shows the section in progress', async () => {
    const result = await save('about', { title: 'Half written', summary: 'Only the start of' }, 'later')
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe(`/submissions/${id}`)
    const row = await practiceRow(t.db, id)
    expect([row.title, row.summary, row.problem]).toEqual(['Half written', 'Only the start of', null])
    const taskList = await client.get(`/submissions/${id}`)
    expect(taskList.$('[data-qa=flash]').text()).toContain('Your answers have been saved')
    const about = taskList
      .$('.govuk-task-list__item')
      .filter((_, el) => taskList.$(el).text().includes('About the practice'))
    expect(about.find('.govuk-task-list__status').text().trim()).toBe('In progress')
    const page = await client.get(`/submissions/${id}/about`)
    expect(page.$('#title').val()).toBe('Half written')
  })

  it('never stores an answer that is too long or malformed as an answer (it is kept aside as typed)', async () => {
    expect((await save('about', { title: 'x'.repeat(151) }, 'later')).status).toBe(302)
    const dates = await save(
      'what-you-did',
      { 'startDate-day': '40', 'startDate-month': '1', 'startDate-year': '2020' },
      'later',
    )
    expect(dates.status).toBe(302)
    const row = await practiceRow(t.db, id)
    expect([row.title, row.startDate]).toEqual(['', null])
    expect(Object.keys(row.pendingAnswers).sort()).toEqual(['about', 'what-you-did'])
  })

  it('a section complete but for one answer is not completed', async () => {
    await save('about', { ...completeAnswers.about, aims: '' }, 'later')
    expect((await practiceRow(t.db, id)).completedSections).not.toContain('about')
    await save('about', completeAnswers.about, 'later')
    expect((await practiceRow(t.db, id)).completedSections).toContain('about')
  })
})

describe('check your answers', () => {
  it('will not send until every section is complete, listing each missing section with a link to it', async () => {
    await save('about', completeAnswers.about)
    const check = await client.get(`/submissions/${id}/check-answers`)
    expect(texts(check.$, '[data-qa=missing-sections] a')).toEqual([
      'Your organisation and contact',
      'What you did',
      'Call questions',
      'Resources and implementation',
      'Evidence',
      'Sharing and consent',
    ])
    const result = await sendForReview(client, id)
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: /)
    expect(texts(result.$, '.govuk-error-summary__list a')[0]).toBe(
      'Complete the section ‘Your organisation and contact’',
    )
    expect(result.$('.govuk-error-summary__list a').first().attr('href')).toBe(`/submissions/${id}/organisation`)
    const row = await practiceRow(t.db, id)
    expect([row.status, row.reference]).toEqual(['draft', null])
  })

  it('a change link returns to check your answers after saving', async () => {
    const result = await postChange()
    expect(result.response.headers.location).toBe(`/submissions/${id}/check-answers`)
  })
})

async function postChange() {
  const page = await client.get(`/submissions/${id}/about?returnTo=check-answers`)
  expect(page.$('input[name=returnTo]').val()).toBe('check-answers')
  return client.post(`/submissions/${id}/about`, {
    ...completeAnswers.about,
    action: 'continue',
    returnTo: 'check-answers',
    version: String(page.$('input[name=version]').val()),
    _csrf: String(page.$('input[name=_csrf]').val()),
  })
}
