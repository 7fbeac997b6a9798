import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calls, organisations, taxonomyTerms, type practices } from '../src/db/schema/index.js'
import { practiceFieldKeys, practiceFields, readerFields } from '../src/features/practice-fields/registry.js'
import { contentFields, type ContentField } from '../src/features/submissions/content.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

async function firstTerm(taxonomy: string) {
  const [term] = await t.db.select().from(taxonomyTerms).where(eq(taxonomyTerms.taxonomy, taxonomy)).limit(1)
  if (!term) throw new Error(`no ${taxonomy} term`)
  return term
}

const taxonomyOf: Partial<Record<ContentField, string>> = {
  targetGroupIds: 'target-group',
  topicIds: 'topic',
  purposeIds: 'purpose',
  partnerSectorIds: 'partner-sector',
  challengeIds: 'implementation-challenge',
  scaleId: 'scale',
  stageId: 'stage',
  selfOutcomeId: 'outcome-category',
}

describe('one description of a practice fields', () => {
  it('describes every field of the form, and the form compares exactly those fields', () => {
    expect(contentFields.map(([key]) => key)).toEqual(practiceFieldKeys)
    for (const key of practiceFieldKeys) {
      const field = practiceFields[key]
      expect(field.label, key).not.toBe('')
      if (field.audience !== 'reviewer') expect(field.reader.api, key).not.toBe('')
    }
  })

  it('shows every reader field of a fully answered practice on its page and in the API', async () => {
    const [call] = await t.db.select().from(calls).limit(1)
    if (!call) throw new Error('no call')
    const question = call.questions[0]
    if (!question) throw new Error('the call asks no questions')
    const answer = question.kind === 'checkboxes' ? [question.options?.[0]?.[0] ?? ''] : 'Answer to the call question'
    const answerShown = question.kind === 'checkboxes' ? (question.options?.[0]?.[1] ?? '') : answer
    const [organisation] = await t.db.select().from(organisations).where(eq(organisations.code, 'merseyside'))

    const values: Record<string, unknown> = {
      contactName: 'Ada Fieldwalker',
      contactRole: 'Partnership inspector',
      contactEmail: 'ada.fieldwalker@example.org',
      contactPhone: '0151 496 0123',
      consentShowContact: true,
      consentPublication: 'public',
      startDate: '2023-04-01',
      stillRunning: false,
      endDate: '2025-02-01',
      callId: call.id,
      callAnswers: { [question.key]: answer },
    }
    const shownTerm: Partial<Record<ContentField, string>> = {}
    for (const [key, taxonomy] of Object.entries(taxonomyOf) as [ContentField, string][]) {
      const term = await firstTerm(taxonomy)
      values[key] = key.endsWith('Ids') ? [term.id] : term.id
      shownTerm[key] = term.label
    }
    for (const key of practiceFieldKeys) {
      const kind = practiceFields[key].kind
      if ((kind === 'text' || kind === 'long-text') && values[key] === undefined)
        values[key] = `Answer given for ${key}`
    }
    const row = await aPractice(t.db, {
      status: 'published',
      visibility: 'public',
      title: values.title as string,
      summary: values.summary as string,
      values: values as Partial<typeof practices.$inferInsert>,
    })

    const page = await new TestClient(t.app).get(`/practices/${row.slug}`)
    expect(page.status).toBe(200)
    const pageText = page.$('main').text().replace(/\s+/g, ' ')
    const api = await t.app.inject(`/api/v1/practices/${row.slug}`)
    expect(api.statusCode).toBe(200)
    const json = api.json() as Record<string, unknown>

    const checked: ContentField[] = []
    for (const [key, field] of readerFields()) {
      const { api: apiKey } = field.reader
      expect(json, `${key} in the API as ${apiKey}`).toHaveProperty(apiKey)
      const carried = JSON.stringify(json[apiKey])
      switch (field.kind) {
        case 'text':
        case 'long-text':
        case 'email':
        case 'phone': {
          const value = values[key] as string
          expect(pageText, `${key} on the page`).toContain(value)
          expect(carried, `${key} in the API`).toContain(JSON.stringify(value))
          break
        }
        case 'choice':
        case 'multi': {
          const label = shownTerm[key] ?? ''
          expect(pageText, `${key} on the page`).toContain(label)
          expect(carried, `${key} in the API`).toContain(JSON.stringify(label))
          break
        }
        case 'date': {
          const value = values[key] as string
          const month = new Date(`${value}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric' })
          expect(pageText, `${key} on the page`).toContain(month)
          expect(carried, `${key} in the API`).toBe(JSON.stringify(value))
          break
        }
        case 'boolean':
          // "Still running: no" is carried by the end date being shown
          expect(json[apiKey], `${key} in the API`).toBe(values.endDate)
          break
        case 'organisation':
          expect(pageText).toContain(organisation?.name)
          expect(carried).toContain(JSON.stringify(organisation?.name))
          break
        case 'call':
          expect(pageText).toContain(call.title)
          expect(carried).toContain(JSON.stringify(call.title))
          break
        case 'call-answers':
          expect(page.$('[data-qa=call-answers]').text()).toContain(answerShown)
          expect(json[apiKey]).toEqual({ [question.key]: answer })
          break
        default:
          throw new Error(`no check for ${key}, a ${field.kind} field: say here how readers see it`)
      }
      if (field.audience === 'contact-consent') {
        expect(page.$('[data-qa=contact]').text(), `${key} under Contact`).toContain(values[key] as string)
      }
      checked.push(key)
    }
    expect(checked.length).toBeGreaterThan(25)

    for (const key of practiceFieldKeys.filter((k) => practiceFields[k].audience === 'reviewer')) {
      expect(json, `reviewer-only ${key} kept out of the API`).not.toHaveProperty(key)
    }
  })

  it('keeps contact details back when the contributor did not agree to be contacted', async () => {
    const row = await aPractice(t.db, {
      status: 'published',
      visibility: 'public',
      values: { contactName: 'Private Person', contactEmail: 'private@example.org', consentShowContact: false },
    })
    const page = await new TestClient(t.app).get(`/practices/${row.slug}`)
    expect(page.$('main').text()).not.toContain('private@example.org')
    expect((await t.app.inject(`/api/v1/practices/${row.slug}`)).json().contact).toBeNull()
  })
})
