import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import {
  assessmentRows,
  auditActionsFor,
  criterionKeys,
  eventKinds,
  practiceRow,
  scoresForm,
} from './support/assessment.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let alex: TestClient
let bea: TestClient
let alexId: number
let beaId: number
let admin: TestClient
let submitterId: number

beforeAll(async () => {
  t = await createTestApp()
  const a = await aUser(t.db, { name: 'Alex Assessor', roles: ['reviewer'] })
  const b = await aUser(t.db, { name: 'Bea Assessor', roles: ['reviewer'] })
  const c = await aUser(t.db, { name: 'Ash Admin', roles: ['admin'] })
  alexId = a.id
  beaId = b.id
  submitterId = (await aUser(t.db, { name: 'Sam Submitter' })).id
  ;[alex, bea, admin] = await Promise.all([
    signedIn(t.app, a.email),
    signedIn(t.app, b.email),
    signedIn(t.app, c.email),
  ])
})

afterAll(async () => {
  await t?.close()
})

let sequence = 0
const practiceFor = (values: Parameters<typeof aPractice>[1] = {}) => {
  sequence += 1
  const reference = `PB-2026-${String(2000 + sequence).padStart(4, '0')}`
  return aPractice(t.db, { status: 'in_review', reference, submittedByUserId: submitterId, ...values })
}
const page = (reference: string) => `/review/${reference}/assessment`

describe('scoring a practice', () => {
  it('shows each active criterion with 1 to 5 and a rationale', async () => {
    const practice = await practiceFor()
    const result = await alex.get(page(practice.reference ?? ''))
    expect(result.status).toBe(200)
    expect(result.$('h1').text()).toBe(`Assessment: ${practice.title}`)
    for (const key of criterionKeys) {
      const field = result.$(`[data-qa=score-${key}]`)
      expect(
        field
          .find(`input[name=score-${key}]`)
          .map((_, e) => result.$(e).val())
          .get(),
      ).toEqual(['1', '2', '3', '4', '5'])
      expect(field.find(`textarea[name=rationale-${key}]`)).toHaveLength(1)
    }
  })

  it('refuses missing scores, scores out of range and long rationales with GOV.UK errors, saving nothing', async () => {
    const practice = await practiceFor()
    const reference = practice.reference ?? ''
    const fields = scoresForm([5, 4, 3, 2, 1], 'Kept text')
    delete fields['score-can-be-evaluated']
    fields['score-innovation'] = '7'
    fields['rationale-harm-addressed'] = 'x'.repeat(501)
    fields['rationale-threat-addressed'] = ''
    const result = await alex.submit(page(reference), { ...fields, action: 'complete' })
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: Assessment: /)
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([
      'Select a score for can it be evaluated',
      'The score for innovation must be a whole number from 1 to 5',
      'The rationale for harm addressed must be 500 characters or fewer',
      'Explain the score for threat addressed',
    ])
    expect(
      result
        .$('.govuk-error-summary__list a')
        .map((_, e) => result.$(e).attr('href'))
        .get(),
    ).toEqual([
      '#score-can-be-evaluated',
      '#score-innovation',
      '#rationale-harm-addressed',
      '#rationale-threat-addressed',
    ])
    expect(result.$('#score-can-be-evaluated-error').text()).toContain('Select a score for can it be evaluated')
    // What they typed is kept.
    expect(result.$('textarea[name=rationale-innovation]').val()).toBe('Kept text: innovation')
    expect(result.$('input[name=score-usefulness-and-scalability][value=4]').attr('checked')).toBeDefined()
    expect(await assessmentRows(t.db, practice.id)).toEqual([])

    // A draft may leave scores out, but not break the rules.
    const draft = await alex.submit(page(reference), { 'score-innovation': '0', action: 'save' })
    expect(draft.status).toBe(400)
    const empty = await alex.submit(page(reference), { action: 'save' })
    expect(empty.status).toBe(400)
    expect(texts(empty.$, '.govuk-error-summary__list a')).toEqual([
      'Enter at least one score or rationale before you save',
    ])
    expect(await assessmentRows(t.db, practice.id)).toEqual([])
  })

  it('saves a draft to come back to, then completes it, after which it cannot change', async () => {
    const practice = await practiceFor()
    const reference = practice.reference ?? ''
    const draft = await alex.submit(page(reference), {
      'score-innovation': '4',
      'rationale-innovation': 'Started on this',
      action: 'save',
    })
    expect(draft.status).toBe(302)
    expect(draft.response.headers.location).toBe(`${page(reference)}?saved=draft`)
    const again = await alex.get(`${page(reference)}?saved=draft`)
    expect(again.$('[data-qa=saved]').text()).toContain('Your draft assessment has been saved')
    expect(again.$('input[name=score-innovation][value=4]').attr('checked')).toBeDefined()
    expect(again.$('textarea[name=rationale-innovation]').val()).toBe('Started on this')
    expect(await assessmentRows(t.db, practice.id)).toMatchObject([{ reviewer_user_id: alexId, completed: false }])

    const done = await alex.submit(page(reference), { ...scoresForm([4, 4, 4, 4, 4], 'Done'), action: 'complete' })
    expect(done.status).toBe(302)
    const rows = await assessmentRows(t.db, practice.id)
    expect(rows).toMatchObject([{ completed: true }])
    expect(rows[0]?.scores.innovation).toEqual({ score: 4, rationale: 'Done: innovation' })
    const view = await alex.get(page(reference))
    expect(texts(view.$, '[data-qa=own-scores] [data-qa=score]')).toEqual(['4', '4', '4', '4', '4'])
    expect(view.$('[data-qa=own-scores] [data-qa=total]').text()).toBe('20 of 25')
    expect(view.$('[data-qa=own-form]')).toHaveLength(0)

    const changed = await alex.post(page(reference), {
      ...scoresForm([1, 1, 1, 1, 1], 'Changed'),
      action: 'complete',
      _csrf: String(view.$('input[name=_csrf]').first().val()),
    })
    expect(changed.status).toBe(409)
    expect((await assessmentRows(t.db, practice.id))[0]?.scores.innovation?.score).toBe(4)
    expect(await auditActionsFor(t.db, reference)).toEqual(['assessment-completed'])
    const events = await eventKinds(t.db, practice.id)
    expect(events).toEqual([{ kind: 'assessment-completed', internal: true, details: expect.any(Object), body: null }])
    expect(JSON.stringify(events)).not.toContain('Done:')
  })

  it('with one assessment needed, its score is final and others can read it but not add their own', async () => {
    const practice = await practiceFor()
    const reference = practice.reference ?? ''
    await alex.submit(page(reference), { ...scoresForm([5, 4, 4, 4, 4], 'Single'), action: 'complete' })
    const other = await bea.get(page(reference))
    expect(other.$('[data-qa=other-scores] [data-qa=rationale]').first().text()).toBe('Single: can-be-evaluated')
    expect(other.$('[data-qa=cannot-score]').text()).toContain('Every assessment this practice needs is complete.')
    expect(other.$('[data-qa=assessment-summary]').text()).toContain('21 of 25')
    expect(other.$('[data-qa=assessment-summary]').text()).toContain('High scoring')
  })
})

describe('authorisation', () => {
  it('is for reviewers and admins; contributors get 403 and unknown practice 404', async () => {
    const practice = await practiceFor()
    const reference = practice.reference ?? ''
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    expect((await contributor.get(page(reference))).status).toBe(403)
    expect((await contributor.get('/review/assessments')).status).toBe(403)
    expect((await admin.get(page(reference))).status).toBe(200)
    expect((await alex.get(page('PB-2026-9999'))).status).toBe(404)
    expect((await alex.get(page('not-a-reference'))).status).toBe(404)
    const unknown = await alex.submit(page('PB-2026-9999'), scoresForm([3, 3, 3, 3, 3], 'x'), page(reference))
    expect(unknown.status).toBe(404)
  })

  it('does not let a reviewer assess practice they submitted', async () => {
    const practice = await practiceFor({ submittedByUserId: beaId })
    const reference = practice.reference ?? ''
    const view = await bea.get(page(reference))
    expect(view.$('[data-qa=cannot-score]').text()).toContain('You cannot assess practice you submitted.')
    expect(view.$('[data-qa=own-form]')).toHaveLength(0)
    const token = String(view.$('input[name=_csrf]').first().val())
    const result = await bea.post(page(reference), { ...scoresForm([5, 5, 5, 5, 5], 'Mine'), _csrf: token })
    expect(result.status).toBe(403)
    expect(await assessmentRows(t.db, practice.id)).toEqual([])
  })

  it('does not score practice that has left review', async () => {
    const practice = await practiceFor({ status: 'withdrawn' })
    const view = await alex.get(page(practice.reference ?? ''))
    expect(view.$('[data-qa=cannot-score]').text()).toContain('cannot be assessed in its current state')
    const token = String(view.$('input[name=_csrf]').first().val())
    const result = await alex.post(page(practice.reference ?? ''), {
      ...scoresForm([5, 5, 5, 5, 5], 'x'),
      _csrf: token,
    })
    expect(result.status).toBe(409)
    expect(await assessmentRows(t.db, practice.id)).toEqual([])
  })
})

describe('the number of assessments needed', () => {
  it('is changed with the practice version; a stale form gets the conflict page and changes nothing', async () => {
    const practice = await practiceFor()
    const reference = practice.reference ?? ''
    const empty = await alex.submit(
      `${page(reference)}/required`,
      { version: String(practice.version) },
      page(reference),
    )
    expect(empty.status).toBe(400)
    expect(texts(empty.$, '.govuk-error-summary__list a')).toEqual([
      'Select how many independent assessments this practice needs',
    ])
    const stale = String(practice.version)
    const changed = await alex.submit(`${page(reference)}/required`, { required: '2', version: stale }, page(reference))
    expect(changed.status).toBe(302)
    expect(await practiceRow(t.db, practice.id)).toMatchObject({
      assessments_required: 2,
      version: practice.version + 1,
    })
    const conflict = await bea.submit(`${page(reference)}/required`, { required: '1', version: stale }, page(reference))
    expect(conflict.status).toBe(409)
    expect(conflict.$('[data-qa=conflict-reason]').text()).toContain('Someone else changed this practice')
    expect(conflict.$(`a[href="${page(reference)}"]`)).toHaveLength(1)
    expect(await practiceRow(t.db, practice.id)).toMatchObject({
      assessments_required: 2,
      version: practice.version + 1,
    })
    expect((await eventKinds(t.db, practice.id)).map((e) => e.kind)).toEqual(['assessments-required'])
  })

  it('keeps scores hidden from a reviewer still scoring, even when fewer assessments become needed', async () => {
    const practice = await practiceFor({ values: { assessmentsRequired: 2 } })
    const reference = practice.reference ?? ''
    await alex.submit(page(reference), { ...scoresForm([5, 5, 5, 5, 5], 'Alex-only'), action: 'complete' })
    await bea.submit(page(reference), { 'rationale-innovation': 'Bea-draft', action: 'save' })
    const lowered = await admin.submit(
      `${page(reference)}/required`,
      { required: '1', version: String(practice.version) },
      page(reference),
    )
    expect(lowered.status).toBe(302)
    // Alex's one assessment is now all that is needed, so others may read it…
    expect((await admin.get(page(reference))).response.body).toContain('Alex-only: innovation')
    // …but not Bea, who is still scoring her own.
    const beaView = await bea.get(page(reference))
    expect(beaView.response.body).not.toContain('Alex-only')
    expect(beaView.response.body).not.toContain('25 of 25')
    expect((await bea.get('/review/assessments')).response.body).not.toContain('25 of 25')
  })
})
