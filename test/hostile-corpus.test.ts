import * as cheerio from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { hostilePayloads, injectedMarkup, pageText } from './support/hostile-input.js'
import {
  completeAnswers,
  postPage,
  practiceRow,
  saveSection,
  sendForReview,
  startDraft,
} from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

/** The free-text fields of the submission sections, each given one payload per practice. */
const freeText: [section: keyof typeof completeAnswers, field: string][] = [
  ['about', 'title'],
  ['about', 'summary'],
  ['about', 'problem'],
  ['about', 'aims'],
  ['organisation', 'contactName'],
  ['organisation', 'contactRole'],
  ['organisation', 'otherOrganisations'],
  ['what-you-did', 'approach'],
  ['what-you-did', 'partners'],
  ['resources', 'resources'],
  ['resources', 'implementationChallenges'],
  ['resources', 'lessonsLearned'],
  ['resources', 'sustainability'],
  ['evidence', 'evaluationMethod'],
  ['evidence', 'evaluationResults'],
]

let t: TestApp
let contributor: TestClient
let reviewer: TestClient
const practices: { id: number; values: Record<string, string>; note: string }[] = []

beforeAll(async () => {
  t = await createTestApp()
  contributor = await signedIn(t.app, (await aUser(t.db, { organisation: 'kent' })).email)
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
  const perPractice = freeText.length + 1 // one for a review note
  for (let start = 0, n = 1; start < hostilePayloads.length; start += perPractice, n++) {
    const chunk = hostilePayloads.slice(start, start + perPractice)
    const values: Record<string, string> = {}
    freeText.forEach(([, field], i) => {
      values[field] = `Practice ${n} ${field} ${chunk[i % chunk.length]}`
    })
    const id = await startDraft(contributor)
    for (const [section, answers] of Object.entries(completeAnswers)) {
      if (section === 'call-questions') continue
      const fields: Record<string, string | string[]> = { ...answers }
      for (const [s, field] of freeText) if (s === section) fields[field] = values[field] ?? ''
      if (section === 'sharing') fields.consentPublication = 'public'
      const saved = await saveSection(contributor, id, section, fields)
      if (saved.status !== 302) throw new Error(`${section}: ${saved.$('.govuk-error-summary').text()}`)
    }
    practices.push({ id, values, note: `Note ${n} ${chunk[chunk.length - 1]}` })
  }
})

afterAll(async () => {
  await t?.close()
})

function expectShownAsTyped(page: { status: number; $: cheerio.CheerioAPI }, expected: string[]) {
  expect(page.status).toBe(200)
  expect(injectedMarkup(page.$)).toEqual([])
  const text = pageText(page.$)
  for (const value of expected) expect(text).toContain(value.replace(/\s+/g, ' '))
  expect(text).not.toMatch(/\b49\b/)
}

describe('the hostile input corpus comes back as typed, and never as markup or an evaluated template', () => {
  it('has at least 60 payloads of our own', () => {
    expect(hostilePayloads.length).toBeGreaterThanOrEqual(60)
    expect(new Set(hostilePayloads).size).toBe(hostilePayloads.length)
  })

  it('would be caught if a page showed it unescaped', () => {
    // so the checks below cannot pass by looking at nothing: unescaped, each payload is either markup
    // we find, or no longer reads as typed
    for (const payload of hostilePayloads.filter((p) => /[<"'&]/.test(p) && !p.startsWith('<%'))) {
      const $ = cheerio.load(`<body><p>${payload}</p><input value="${payload}"><input value='${payload}'></body>`)
      const asTyped =
        $('p').first().text() === payload && $('input').eq(0).val() === payload && $('input').eq(1).val() === payload
      expect(injectedMarkup($).length > 0 || !asTyped, payload).toBe(true)
    }
  })

  it('on check your answers, the review page (with a note), the published practice and the API', async () => {
    for (const practice of practices) {
      const values = Object.values(practice.values)
      expectShownAsTyped(await contributor.get(`/submissions/${practice.id}/check-answers`), values)
      expect((await sendForReview(contributor, practice.id)).status).toBe(302)
      const reference = (await practiceRow(t.db, practice.id)).reference
      if (!reference) throw new Error('no reference after sending')

      const noted = await postPage(
        reviewer,
        `/review/${reference}/notes`,
        { note: practice.note },
        `/review/${reference}`,
      )
      expect(noted.status).toBe(302)
      expectShownAsTyped(await reviewer.get(`/review/${reference}`), [...values, practice.note])

      const page = await reviewer.get(`/review/${reference}`)
      const version = Number(page.$('[data-qa=decision-publish] input[name=version]').val())
      const classified = await reviewer.submit(
        `/review/${reference}/classify`,
        { version: String(version), outcome: 'new-or-innovative', topics: 'modern-slavery' },
        `/review/${reference}`,
      )
      expect(classified.status).toBe(302)
      const published = await reviewer.submit(
        `/review/${reference}/publish`,
        { version: String(version + 1), visibility: 'public' },
        `/review/${reference}`,
      )
      expect(published.status).toBe(302)

      const { slug } = await practiceRow(t.db, practice.id)
      const visitor = new TestClient(t.app)
      expectShownAsTyped(await visitor.get(`/practices/${slug}`), [
        practice.values.title ?? '',
        practice.values.summary ?? '',
        practice.values.approach ?? '',
      ])
      const api = (await t.app.inject(`/api/v1/practices/${slug}`)).json()
      expect(api.title).toBe(practice.values.title)
      expect(api.summary).toBe(practice.values.summary)
      const search = await visitor.get(`/practices?q=${encodeURIComponent(`Practice`)}`)
      expect(injectedMarkup(search.$)).toEqual([])
    }
  })
})
