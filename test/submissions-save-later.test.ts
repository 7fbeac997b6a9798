import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import {
  completeAnswers,
  completeDraft,
  practiceRow,
  saveSection,
  sendForReview,
  startDraft,
} from './support/submissions.js'
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
  id = await startDraft(client)
})

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
const tooLong = `${words(151)} and more`
const TOO_MANY_WORDS = 'Summary must be 150 words or fewer'

async function statusOf(section: string) {
  const taskList = await client.get(`/submissions/${id}`)
  return taskList
    .$('.govuk-task-list__item')
    .filter((_, el) => taskList.$(el).text().includes(section))
    .find('.govuk-task-list__status')
    .text()
    .trim()
}

describe('save and come back later with an answer that does not pass', () => {
  it('keeps the valid answers, and the invalid one as typed, shown with its error on return', async () => {
    const result = await saveSection(client, id, 'about', { title: 'Kept title', summary: tooLong }, 'later')
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe(`/submissions/${id}`)
    const row = await practiceRow(t.db, id)
    expect(row.title).toBe('Kept title')
    expect(row.pendingAnswers).toEqual({ about: { summary: tooLong } })
    expect(await statusOf('About the practice')).toBe('In progress')

    const page = await client.get(`/submissions/${id}/about`)
    expect(page.status).toBe(200)
    expect(page.$('#title').val()).toBe('Kept title')
    expect(page.$('#summary').val()).toBe(tooLong)
    expect(texts(page.$, '.govuk-error-summary__list a')).toEqual([TOO_MANY_WORDS])
    expect(texts(page.$, '.govuk-error-message')).toContain(`Error: ${TOO_MANY_WORDS}`)
    // The limit is written beside the box for anyone without the script that counts as they type.
    expect(page.$('#summary-info').text().trim()).toBe('You can enter up to 150 words')
  })

  it('a date that is not real is kept as typed, and the rest of the page is saved', async () => {
    const { approach } = completeAnswers['what-you-did']
    const saved = await saveSection(
      client,
      id,
      'what-you-did',
      { approach, 'startDate-day': '40', 'startDate-month': '1', 'startDate-year': '2020' },
      'later',
    )
    expect(saved.status).toBe(302)
    const row = await practiceRow(t.db, id)
    expect(row.approach).toBe(approach)
    expect(row.startDate).toBeNull()
    const page = await client.get(`/submissions/${id}/what-you-did`)
    expect(page.$('#startDate-day').val()).toBe('40')
    expect(page.$('#startDate-year').val()).toBe('2020')
    expect(texts(page.$, '.govuk-error-summary__list a')).toEqual(['The date the practice started must be a real date'])
  })

  it('a complete draft with one such answer cannot be sent until it is put right', async () => {
    await completeDraft(client, id)
    await saveSection(client, id, 'about', { ...completeAnswers.about, summary: tooLong }, 'later')
    expect((await practiceRow(t.db, id)).completedSections).not.toContain('about')
    expect(await statusOf('About the practice')).toBe('In progress')

    const check = await client.get(`/submissions/${id}/check-answers`)
    expect(texts(check.$, '[data-qa=missing-sections] a')).toEqual(['About the practice'])
    const refused = await sendForReview(client, id)
    expect(refused.status).toBe(400)
    expect(texts(refused.$, '.govuk-error-summary__list a')).toEqual(['Complete the section ‘About the practice’'])
    expect((await practiceRow(t.db, id)).status).toBe('draft')

    // Put right, the answer is saved, nothing is left waiting, and it can be sent.
    await saveSection(client, id, 'about', completeAnswers.about, 'later')
    const row = await practiceRow(t.db, id)
    expect(row.pendingAnswers).toEqual({})
    expect(row.completedSections).toContain('about')
    expect((await sendForReview(client, id)).status).toBe(302)
    expect((await practiceRow(t.db, id)).status).toBe('submitted')
  })

  it('"Save and continue" still needs the whole page to be right, and saves nothing otherwise', async () => {
    const result = await saveSection(client, id, 'about', { ...completeAnswers.about, summary: tooLong })
    expect(result.status).toBe(400)
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([TOO_MANY_WORDS])
    expect(result.$('#summary').val()).toBe(tooLong)
    expect(result.$('#title').val()).toBe(completeAnswers.about.title)
    const row = await practiceRow(t.db, id)
    expect([row.title, row.pendingAnswers]).toEqual(['', {}])
  })
})
