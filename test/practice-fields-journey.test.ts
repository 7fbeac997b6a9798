import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReferenceService } from '../src/features/reference/service.js'
import { answerText } from '../src/features/practice-fields/answers.js'
import { practiceFieldKeys, practiceFields, questionsOf } from '../src/features/practice-fields/registry.js'
import { contentOf } from '../src/features/submissions/content.js'
import { sectionKeys } from '../src/features/submissions/sections.js'
import { createTestApp, type TestApp } from './support/app.js'
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

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

const squash = (text: string) => text.replace(/\s+/g, ' ')

describe('one description of the fields drives the form, check your answers and the review page', () => {
  it('asks every question on its page, repeats every answer on check your answers, and shows it to the reviewer', async () => {
    const person = await aUser(t.db, { organisation: 'kent' })
    const client = await signedIn(t.app, person.email)
    const id = await startDraft(client, 'voice-of-the-victim-2026')
    await completeDraft(client, id, { call: true })
    // an ended practice, so that its end date is asked and shown too
    const ended = await saveSection(client, id, 'what-you-did', {
      ...completeAnswers['what-you-did'],
      stillRunning: 'no',
      'endDate-day': '31',
      'endDate-month': '1',
      'endDate-year': '2024',
    })
    expect(ended.status).toBe(302)

    const asked = new Set<string>()
    for (const section of sectionKeys) {
      const page = await client.get(`/submissions/${id}/${section}`)
      expect(page.status, section).toBe(200)
      const pageText = squash(page.$('main').text())
      for (const [key, { form }] of questionsOf(section)) {
        if (form.control === 'call-questions') {
          expect(page.$('[name^="call-"]').length, 'the call questions').toBeGreaterThan(0)
        } else {
          const name = form.control === 'date' ? `${form.id}-day` : form.id
          expect(page.$(`[name="${name}"]`).length, `${key} asked on ${section}`).toBeGreaterThan(0)
          expect(pageText, `${key}'s question on ${section}`).toContain(form.text)
        }
        asked.add(key)
      }
    }
    // every field but the call itself (chosen before the form starts) is asked on a page of the form
    expect([...asked].sort()).toEqual(practiceFieldKeys.filter((key) => practiceFields[key].form).sort())
    expect(practiceFieldKeys.filter((key) => !practiceFields[key].form)).toEqual(['callId'])

    const row = await practiceRow(t.db, id)
    const content = contentOf(row)
    const ref = await new ReferenceService(t.db).get()
    const check = await client.get(`/submissions/${id}/check-answers`)
    for (const section of sectionKeys) {
      const card = squash(check.$(`[data-qa="answers-${section}"]`).text())
      for (const [key, { form }] of questionsOf(section)) {
        if (form.control === 'call-questions') continue
        expect(card, `${key}'s question on check your answers`).toContain(form.text)
        const answer = answerText(key, content, ref)
        expect(answer, `${key} was answered`).not.toBe('')
        for (const part of answer.split(/, |\n/)) expect(card, `${key}'s answer on check your answers`).toContain(part)
      }
    }
    const callCard = squash(check.$('[data-qa="answers-call-questions"]').text())
    expect(callCard).toContain(completeAnswers['call-questions']['call-beyondTheCode'])

    expect((await sendForReview(client, id)).status).toBe(302)
    const reference = (await practiceRow(t.db, id)).reference
    const reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
    const review = await reviewer.get(`/review/${reference}`)
    expect(review.status).toBe(200)
    const reviewText = squash(review.$('main').text())
    for (const key of practiceFieldKeys) {
      const answer = squash(answerText(key, content, ref))
      expect(reviewText, `${key}'s label on the review page`).toContain(practiceFields[key].label)
      for (const part of answer.split(/, | ; |\n/).filter(Boolean)) {
        expect(reviewText, `${key}'s answer on the review page`).toContain(part.trim())
      }
    }
  })
})
