import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { assessmentRows, auditActionsFor, eventKinds, practiceRow, scoresForm } from './support/assessment.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

// Two reviewers assess the same practice blind: neither sees the other's scores until both are in.
let t: TestApp
let alex: TestClient
let bea: TestClient
let admin: TestClient
let practice: Awaited<ReturnType<typeof aPractice>>
const reference = 'PB-2026-0042'
const page = `/review/${reference}/assessment`

// Distinctive words, so the HTML can be searched for them.
const alexNote = 'Alexs-private-reasoning'
const beaNote = 'Beas-private-reasoning'

beforeAll(async () => {
  t = await createTestApp()
  const a = await aUser(t.db, { name: 'Alex Assessor', roles: ['reviewer'] })
  const b = await aUser(t.db, { name: 'Bea Assessor', roles: ['reviewer'] })
  const c = await aUser(t.db, { name: 'Ash Admin', roles: ['admin'] })
  ;[alex, bea, admin] = await Promise.all([
    signedIn(t.app, a.email),
    signedIn(t.app, b.email),
    signedIn(t.app, c.email),
  ])
  practice = await aPractice(t.db, { status: 'in_review', reference, values: { assessmentsRequired: 2 } })
})

afterAll(async () => {
  await t?.close()
})

/** Every page a reviewer could look at for this practice's assessment. */
const everythingSeenBy = async (client: TestClient) =>
  [(await client.get(page)).response.body, (await client.get('/review/assessments')).response.body].join('\n')

describe('blind double assessment', () => {
  it('keeps each reviewer’s scores from the other until both are complete', async () => {
    const first = await alex.submit(page, { ...scoresForm([5, 5, 5, 5, 5], alexNote), action: 'complete' })
    expect(first.status).toBe(302)
    const draft = await bea.submit(page, {
      'score-innovation': '2',
      'rationale-innovation': `${beaNote}: draft`,
      action: 'save',
    })
    expect(draft.status).toBe(302)

    const seenByAlex = await everythingSeenBy(alex)
    expect(seenByAlex).toContain(`${alexNote}: innovation`)
    expect(seenByAlex).not.toContain(beaNote)
    const seenByBea = await everythingSeenBy(bea)
    expect(seenByBea).toContain(`${beaNote}: draft`)
    expect(seenByBea).not.toContain(alexNote)
    expect(seenByBea).not.toContain('25 of 25')
    // Someone who is not assessing sees neither.
    const seenByAdmin = await everythingSeenBy(admin)
    expect(seenByAdmin).not.toContain(alexNote)
    expect(seenByAdmin).not.toContain(beaNote)
    expect(seenByAdmin).not.toContain('25 of 25')

    const beaPage = await bea.get(page)
    expect(beaPage.$('[data-qa=blind-notice]').text()).toContain('You will not see the other reviewer’s scores')
    expect(beaPage.$('[data-qa=comparison]')).toHaveLength(0)
    expect(beaPage.$('[data-qa=other-scores]')).toHaveLength(0)
    // Only her own draft score is chosen on her form.
    expect(
      beaPage
        .$('[data-qa=own-form] input[type=radio][checked]')
        .map((_, e) => beaPage.$(e).attr('name'))
        .get(),
    ).toEqual(['score-innovation'])
    expect(beaPage.$('[data-qa=assessment-summary]').text()).toContain('1 of 2 assessments complete')
    // Who is assessing, and how far they have got, is no secret; their scores are.
    expect(beaPage.$('[data-qa=assessment-summary]').text()).toContain('Alex Assessor (complete), You (in progress)')
    // The worklist shows it still needs assessing, with no scores.
    const list = await admin.get('/review/assessments')
    expect(list.$(`[data-qa=needing-assessment] [data-qa=row-${reference}]`).text()).toContain('1 of 2')
    // The timeline and audit log give nothing away either.
    expect(JSON.stringify(await eventKinds(t.db, practice.id))).not.toContain(alexNote)

    // A third reviewer cannot join: two are already assessing.
    const third = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
    expect((await third.get(page)).$('[data-qa=cannot-score]').text()).toContain(
      'Enough reviewers are already assessing this practice.',
    )
  })

  it('shows both side by side once both are complete, marking where they disagree', async () => {
    const second = await bea.submit(page, { ...scoresForm([3, 4, 5, 5, 5], beaNote), action: 'complete' })
    expect(second.status).toBe(302)
    for (const client of [alex, bea, admin]) {
      const result = await client.get(page)
      const html = result.response.body
      expect(html).toContain(`${alexNote}: innovation`)
      expect(html).toContain(`${beaNote}: innovation`)
      expect(texts(result.$, '[data-qa=comparison-row] [data-qa=first-score]')).toEqual(['5', '5', '5', '5', '5'])
      expect(texts(result.$, '[data-qa=comparison-row] [data-qa=second-score]')).toEqual(['3', '4', '5', '5', '5'])
      expect(
        result
          .$('[data-qa=comparison-row]')
          .map((_, e) => result.$(e).attr('data-disagree') ?? '')
          .get(),
      ).toEqual(['true', '', '', '', ''])
      expect(texts(result.$, '[data-qa=comparison-row] [data-qa=difference]')[0]).toBe('2 Disagree')
      expect(result.$('[data-qa=total-difference]').text()).toBe('3')
      expect(result.$('[data-qa=disagreement]').text()).toContain('The assessments disagree')
      expect(result.$('[data-qa=assessment-summary]').text()).toContain('a consensus is needed')
      expect(result.$('[data-qa=consensus-form]')).toHaveLength(1)
      // No final score yet, so no shortlisting.
      expect(result.$('[data-qa=shortlist-form]')).toHaveLength(0)
    }
    const list = await admin.get('/review/assessments')
    expect(list.$(`[data-qa=disagreements] [data-qa=row-${reference}] a`).attr('href')).toBe(page)
    expect(list.$(`[data-qa=needing-assessment] [data-qa=row-${reference}]`)).toHaveLength(0)
  })

  it('refuses shortlisting before a consensus', async () => {
    const view = await alex.get(page)
    const token = String(view.$('input[name=_csrf]').first().val())
    const version = String((await practiceRow(t.db, practice.id)).version)
    const result = await alex.post(`${page}/shortlist`, { shortlist: 'yes', version, _csrf: token })
    expect(result.status).toBe(409)
    expect(result.$('[data-qa=conflict-reason]').text()).toContain('record a consensus')
    expect((await practiceRow(t.db, practice.id)).shortlisted).toBe(false)
  })

  it('records a consensus, which becomes the final score', async () => {
    const version = String((await practiceRow(t.db, practice.id)).version)
    const invalid = await bea.submit(`${page}/consensus`, { ...scoresForm([4, 4, 4, 4], 'Agreed'), version })
    expect(invalid.status).toBe(400)
    expect(texts(invalid.$, '.govuk-error-summary__list a')).toEqual(['Select a score for threat addressed'])
    expect((await assessmentRows(t.db, practice.id)).filter((r) => r.is_consensus)).toEqual([])

    const recorded = await bea.submit(`${page}/consensus`, { ...scoresForm([4, 4, 4, 4, 4], 'Agreed'), version })
    expect(recorded.status).toBe(302)
    expect(recorded.response.headers.location).toBe(`${page}?saved=consensus`)
    const consensus = (await assessmentRows(t.db, practice.id)).filter((r) => r.is_consensus)
    expect(consensus).toHaveLength(1)
    expect(consensus[0]?.scores['harm-addressed']).toEqual({ score: 4, rationale: 'Agreed: harm-addressed' })

    // A second reviewer with the page open from before gets the conflict page.
    const stale = await alex.submit(`${page}/consensus`, { ...scoresForm([2, 2, 2, 2, 2], 'Late'), version })
    expect(stale.status).toBe(409)
    expect((await assessmentRows(t.db, practice.id)).find((r) => r.is_consensus)?.scores.innovation?.score).toBe(4)

    const view = await alex.get(page)
    expect(texts(view.$, '[data-qa=consensus-scores] [data-qa=score]')).toEqual(['4', '4', '4', '4', '4'])
    expect(view.$('[data-qa=assessment-summary]').text()).toContain('20 of 25 (consensus)')
    expect(view.$('[data-qa=assessment-summary]').text()).toContain('High scoring')
    const list = await admin.get('/review/assessments')
    expect(list.$(`[data-qa=row-${reference}]`)).toHaveLength(0)
  })

  it('shortlists the high-scoring practice for evaluation, with a version check', async () => {
    const view = await alex.get(page)
    expect(view.$('[data-qa=shortlist-hint]').text()).toContain('high scoring (20 of 25)')
    const version = String((await practiceRow(t.db, practice.id)).version)
    const empty = await alex.submit(`${page}/shortlist`, { version })
    expect(empty.status).toBe(400)
    expect((await practiceRow(t.db, practice.id)).shortlisted).toBe(false)

    const shortlisted = await alex.submit(`${page}/shortlist`, { shortlist: 'yes', version })
    expect(shortlisted.status).toBe(302)
    expect(await practiceRow(t.db, practice.id)).toMatchObject({ shortlisted: true, version: Number(version) + 1 })
    const stale = await bea.submit(`${page}/shortlist`, { shortlist: 'no', version })
    expect(stale.status).toBe(409)
    expect((await practiceRow(t.db, practice.id)).shortlisted).toBe(true)

    const list = await admin.get('/review/assessments')
    expect(list.$(`[data-qa=shortlisted] [data-qa=row-${reference}]`).text()).toContain('20 of 25')
    expect(await auditActionsFor(t.db, reference)).toEqual([
      'assessment-completed',
      'assessment-completed',
      'consensus-recorded',
      'practice-shortlisted',
    ])
    const events = await eventKinds(t.db, practice.id)
    expect(events.map((e) => [e.kind, e.internal])).toEqual([
      ['assessment-completed', true],
      ['assessment-completed', true],
      ['consensus-recorded', true],
      ['shortlisted', true],
    ])
  })
})
