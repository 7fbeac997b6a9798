import type { CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachments } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'], name: 'Layout Reviewer' })).email)
})

afterAll(async () => {
  await t?.close()
})

const longAnswer = 'Officers met each victim at home and wrote down what they said. '.repeat(40)

/** A practice answered in full, with dates in every place the review page shows one. */
async function aFullyAnsweredPractice(organisation = 'merseyside') {
  const p = await aSubmittedPractice(t.db, {
    organisation,
    title: 'Victim voice panels',
    problem: longAnswer,
    approach: longAnswer,
    call: 'voice-of-the-victim-2026',
    callAnswers: { howVictimsShapedIt: 'Victims chaired the panel.' },
    values: {
      aims: longAnswer,
      startDate: '2023-04-01',
      stillRunning: false,
      endDate: '2025-02-01',
      decidedAt: new Date('2026-11-20T16:45:00Z'),
      firstReviewedAt: new Date('2026-11-18T09:05:00Z'),
    },
  })
  await t.db.insert(attachments).values({
    practiceId: p.id,
    storageKey: `key-${p.id}`,
    displayName: 'evaluation-report.pdf',
    mediaType: 'application/pdf',
    extension: 'pdf',
    sizeBytes: 20480,
    sha256: 'abc',
    kind: 'evaluation-report',
  })
  await reviewer.submit(
    `/review/${p.reference}/notes`,
    { version: String(p.version), note: 'Asked the force for the report.' },
    `/review/${p.reference}`,
  )
  return p
}

/** The words a person reads: the text of <main>, without attribute values such as <time datetime>. */
const readable = ($: CheerioAPI) => $('main').text().replace(/\s+/g, ' ')
const isoDate = /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}/

describe('the review page is read in parts', () => {
  it('groups the answers by the form’s pages, each a GOV.UK details part; the first starts open', async () => {
    const p = await aFullyAnsweredPractice()
    const page = await reviewer.get(`/review/${p.reference}`)
    expect(page.status).toBe(200)
    const parts = page.$('[data-qa=answers] details.govuk-details[data-qa=answers-part]')
    const titles = parts.map((_, el) => page.$(el).find('.govuk-details__summary-text').text().trim()).get()
    expect(titles).toEqual([
      'Your organisation and contact',
      'About the practice',
      'What you did',
      'Call questions',
      'Resources and implementation',
      'Evidence',
      'Sharing and consent',
    ])
    expect(
      parts
        .filter('[open]')
        .map((_, el) => page.$(el).attr('id'))
        .get(),
    ).toEqual(['answers-about'])
    // Every answer is inside the part of the page of the form that asked it.
    expect(page.$('#answers-about [data-qa=answer-problem] dd').text()).toBe(longAnswer)
    expect(page.$('#answers-what-you-did [data-qa=answer-approach] dd').text()).toBe(longAnswer)
    expect(page.$('#answers-call-questions [data-qa=answer-callAnswers] dd').text()).toContain('Victims chaired')
    expect(page.$('#answers-sharing [data-qa=answer-consentPublication]')).toHaveLength(1)
    expect(page.$('[data-qa=answers] > dl')).toHaveLength(0)
  })

  it('has a contents list at the top whose every link goes to a part of the page that exists', async () => {
    const p = await aFullyAnsweredPractice()
    const page = await reviewer.get(`/review/${p.reference}`)
    const contents = page.$('[data-qa=contents]')
    expect(contents).toHaveLength(1)
    // At the top: before the facts and before any of the parts it lists.
    expect(page.$('main').html()?.indexOf('data-qa="contents"')).toBeLessThan(
      page.$('main').html()?.indexOf('data-qa="facts"') ?? 0,
    )
    const targets = contents
      .find('a')
      .map((_, a) => page.$(a).attr('href'))
      .get()
    expect(targets).toContain('#answers-about')
    expect(targets).toContain('#answers-sharing')
    for (const part of page.$('[data-qa=answers-part]').toArray()) {
      expect(targets).toContain(`#${page.$(part).attr('id')}`)
    }
    for (const href of targets) {
      expect(href, 'an in-page link').toMatch(/^#[a-z][a-z-]*$/)
      expect(page.$(`[id="${href.slice(1)}"]`), `${href} exists`).toHaveLength(1)
    }
  })

  it('shows every date the GOV.UK way, with no ISO dates, to reviewers and to force leads', async () => {
    const p = await aFullyAnsweredPractice('kent')
    const page = await reviewer.get(`/review/${p.reference}`)
    const text = readable(page.$)
    expect(text).not.toMatch(isoDate)
    expect(page.$('[data-qa=answer-startDate] dd').text()).toBe('1 April 2023')
    expect(page.$('[data-qa=answer-endDate] dd').text()).toBe('1 February 2025')
    expect(page.$('[data-qa=facts]').text()).toContain('20 November 2026')
    expect(page.$('[data-qa=event-note] time').text()).toMatch(
      /^\d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}:\d{2}(am|pm)|midday|midnight)$/,
    )

    const lead = await signedIn(t.app, (await aUser(t.db, { roles: ['force-lead'], leads: 'kent' })).email)
    const readOnly = await lead.get(`/review/${p.reference}`)
    expect(readOnly.status).toBe(200)
    expect(readable(readOnly.$)).not.toMatch(isoDate)
    expect(readOnly.$('[data-qa=answers-part]').length).toBeGreaterThan(1)
  })

  it('leaves out the call questions for practice that answers no call', async () => {
    const p = await aSubmittedPractice(t.db)
    const page = await reviewer.get(`/review/${p.reference}`)
    expect(page.$('#answers-call-questions')).toHaveLength(0)
    expect(page.$('[data-qa=contents] a[href="#answers-call-questions"]')).toHaveLength(0)
  })
})
