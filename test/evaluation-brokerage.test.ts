import { desc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import {
  auditEvents,
  evaluationRequests,
  evaluations,
  outbox,
  practiceEvents,
  practices,
  type EvaluationStatus,
  type RequestStatus,
} from '../src/db/schema/index.js'
import { evaluationActions, nextEvaluationStatus, requestActions } from '../src/features/evaluation/brokerage.js'
import type { TestClient } from './support/client.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let academicId = 0
let academic: TestClient
let otherAcademic: TestClient
let reviewer: TestClient
let secondReviewer: TestClient
let open: { id: number; slug: string }
let shortlisted: { id: number; slug: string }
let closed: { id: number; slug: string }

const LEAD_EMAIL = 'lead.officer@merseyside.police.uk'
const LEAD_PHONE = '0151 496 0000'
const LEAD_NAME = 'Sam Harbour'

const proposal = (fields: Record<string, string> = {}) => ({
  institution: 'University of Northumbria',
  method: 'A process evaluation with interviews of officers and advocates, then a matched comparison.',
  timescale: '18 months',
  fundingStatus: 'applying',
  ethicsRoute: 'The university research ethics committee',
  ...fields,
})

beforeAll(async () => {
  t = await createTestApp()
  academicId = (await aUser(t.db, { email: 'academic@uni.example.ac.uk', name: 'Dr Ada Lovel', roles: ['academic'] }))
    .id
  await aUser(t.db, { email: 'second@uni.example.ac.uk', roles: ['academic'] })
  await aUser(t.db, { email: 'reviewer@college.police.uk', roles: ['reviewer'] })
  await aUser(t.db, { email: 'reviewer2@college.police.uk', roles: ['reviewer'] })
  await aUser(t.db, { email: 'someone@example.org' })
  const contact = {
    contactName: LEAD_NAME,
    contactEmail: LEAD_EMAIL,
    contactPhone: LEAD_PHONE,
    contactRole: 'Inspector',
  }
  open = await aPractice(t.db, {
    title: 'Harbour triage for domestic abuse',
    topics: ['domestic-abuse'],
    reference: 'PB-2026-0101',
    values: { consentResearch: true, consentShowContact: false, ...contact },
  })
  shortlisted = await aPractice(t.db, {
    title: 'Zebra crossing patrols for missing children',
    topics: ['missing-people'],
    reference: 'PB-2026-0102',
    values: { consentResearch: true, shortlisted: true, ...contact },
  })
  closed = await aPractice(t.db, {
    title: 'Quiet practice with no research consent',
    topics: ['domestic-abuse'],
    values: { consentResearch: false, ...contact },
  })
  await aPractice(t.db, { title: 'Unanswered research consent', topics: ['domestic-abuse'] })
  academic = await signedIn(t.app, 'academic@uni.example.ac.uk')
  otherAcademic = await signedIn(t.app, 'second@uni.example.ac.uk')
  reviewer = await signedIn(t.app, 'reviewer@college.police.uk')
  secondReviewer = await signedIn(t.app, 'reviewer2@college.police.uk')
})

afterAll(async () => {
  await t.close()
})

const requestsFor = (practiceId: number) =>
  t.db.select().from(evaluationRequests).where(eq(evaluationRequests.practiceId, practiceId))

async function aRequest(practiceId: number, status: RequestStatus = 'requested') {
  const [row] = await t.db
    .insert(evaluationRequests)
    .values({ practiceId, academicUserId: academicId, ...proposal(), fundingStatus: 'funded', status })
    .returning()
  if (!row) throw new Error('no request')
  return row
}

async function anEvaluation(practiceId: number, status: EvaluationStatus) {
  const reported = status === 'reported' || status === 'closed'
  const [row] = await t.db
    .insert(evaluations)
    .values({
      practiceId,
      status,
      evaluatorName: 'Dr Ada Lovel',
      institution: 'University of Northumbria',
      method: 'Interviews',
      ...(reported ? { reportUrl: 'https://example.ac.uk/r.pdf', findings: 'Earlier findings.' } : {}),
    })
    .returning()
  if (!row) throw new Error('no evaluation')
  return row
}

describe('/evaluation: practice open to researchers', () => {
  it('lets academics, reviewers and admins in; sends visitors to sign in; refuses everyone else', async () => {
    const visitor = await t.app.inject({ method: 'GET', url: '/evaluation' })
    expect(visitor.statusCode).toBe(302)
    expect(visitor.headers.location).toContain('/sign-in?returnTo=')
    const someone = await signedIn(t.app, 'someone@example.org')
    expect((await someone.get('/evaluation')).status).toBe(403)
    expect((await someone.get(`/evaluation/${open.slug}`)).status).toBe(403)
    expect((await reviewer.get('/evaluation')).status).toBe(200)
  })

  it('never lists or counts practice without research consent, and puts the shortlist first', async () => {
    const { status, $ } = await academic.get('/evaluation')
    expect(status).toBe(200)
    expect(texts($, '[data-qa=opportunity-link]')).toEqual([
      'Zebra crossing patrols for missing children',
      'Harbour triage for domestic abuse',
    ])
    expect($('[data-qa=result-count]').text()).toContain('2 practice examples')
    expect($('body').text()).not.toContain('Quiet practice')
    expect($('body').text()).not.toContain('Unanswered research consent')
    // Three published practices are about domestic abuse; only one is open to researchers.
    expect($('#topic option[value=domestic-abuse]').text()).toBe('Domestic abuse (1)')
    expect((await academic.get(`/evaluation/${closed.slug}`)).status).toBe(404)
    expect((await academic.get(`/evaluation/${closed.slug}/introduction`)).status).toBe(404)
  })

  it('filters by topic and shortlist, and answers an unknown filter with an error naming it', async () => {
    const byTopic = await academic.get('/evaluation?topic=domestic-abuse')
    expect(texts(byTopic.$, '[data-qa=opportunity-link]')).toEqual(['Harbour triage for domestic abuse'])
    expect(byTopic.$('[data-qa=result-count]').text()).toContain('1 practice example of 2')
    const onlyShortlisted = await academic.get('/evaluation?shortlisted=yes')
    expect(texts(onlyShortlisted.$, '[data-qa=opportunity-link]')).toEqual([
      'Zebra crossing patrols for missing children',
    ])
    const bad = await academic.get('/evaluation?topic=not-a-topic&readiness=soon')
    expect(bad.status).toBe(400)
    expect(texts(bad.$, '.govuk-error-summary__list a')).toEqual([
      'Select a topic from the list',
      'Select a readiness level from the list',
    ])
  })

  it('keeps research-consent rows only, in the database view too', async () => {
    const rows = await queryRows<{ id: number }>(t.db, sql`select id from practice_open_to_research order by id`)
    expect(rows.map((r) => r.id)).toEqual([open.id, shortlisted.id])
    await expect(aRequest(closed.id)).rejects.toThrow()
  })
})

describe('asking to be introduced', () => {
  it('is for academics only', async () => {
    expect((await reviewer.get(`/evaluation/${open.slug}/introduction`)).status).toBe(403)
    expect((await reviewer.submit(`/evaluation/${open.slug}/introduction`, proposal(), '/evaluation')).status).toBe(403)
  })

  it('checks the proposal with GOV.UK messages and saves nothing when it is wrong', async () => {
    const { status, $ } = await academic.submit(`/evaluation/${open.slug}/introduction`, {
      institution: '',
      method: '',
      timescale: '',
      ethicsRoute: '',
    })
    expect(status).toBe(400)
    expect($('title').text()).toMatch(/^Error: /)
    expect(texts($, '.govuk-error-summary__list a')).toEqual([
      'Enter your university or research body',
      'Describe how you would evaluate the practice',
      'Enter how long the evaluation would take',
      'Select whether the evaluation is funded',
      'Enter how the evaluation would get ethical approval',
    ])
    expect($('#institution-error').text()).toContain('Enter your university or research body')
    expect(await requestsFor(open.id)).toHaveLength(0)
  })

  it('records the request, e-mails the academic and reviewers, and shows no contact details before acceptance', async () => {
    const before = (await t.db.select().from(outbox)).length
    const sent = await academic.submit(`/evaluation/${open.slug}/introduction`, proposal())
    expect(sent.status).toBe(303)
    const [request] = await requestsFor(open.id)
    expect(request).toMatchObject({ status: 'requested', institution: 'University of Northumbria' })
    const mails = (await t.db.select().from(outbox)).slice(before)
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      'academic@uni.example.ac.uk',
      'reviewer2@college.police.uk',
      'reviewer@college.police.uk',
    ])
    for (const mail of mails) expect(mail.body).not.toContain(LEAD_EMAIL)
    for (const url of ['/evaluation', `/evaluation/${open.slug}`, `/evaluation/${open.slug}/introduction`]) {
      const page = await academic.get(url)
      expect(page.response.body, url).not.toContain(LEAD_EMAIL)
      expect(page.response.body, url).not.toContain(LEAD_PHONE)
      expect(page.response.body, url).not.toContain(LEAD_NAME)
    }
    // The practice page itself keeps the address hidden too: the contributor did not agree to show it.
    expect((await academic.get(`/practices/${open.slug}`)).response.body).not.toContain(LEAD_EMAIL)
    const again = await academic.submit(`/evaluation/${open.slug}/introduction`, proposal())
    expect(again.status).toBe(400)
    expect(texts(again.$, '.govuk-error-summary__list a')[0]).toContain('already asked')
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation-requested'))
    expect(audit).toHaveLength(1)
  })

  it('introduces both sides on acceptance, in the outbox, and only then shows the academic the contact', async () => {
    const [request] = await requestsFor(open.id)
    if (!request) throw new Error('no request')
    const page = await reviewer.get(`/review/evaluation/requests/${request.id}`)
    expect(page.status).toBe(200)
    const before = (await t.db.select().from(outbox)).length
    const decided = await reviewer.submit(`/review/evaluation/requests/${request.id}`, {
      decision: 'accept',
      note: 'A good fit for the spring cohort.',
      version: String(request.version),
    })
    expect(decided.status).toBe(303)
    const mails = (await t.db.select().from(outbox)).slice(before)
    const toAcademic = mails.find((m) => m.toAddress === 'academic@uni.example.ac.uk')
    const toLead = mails.find((m) => m.toAddress === LEAD_EMAIL)
    expect(toAcademic?.body).toContain(LEAD_EMAIL)
    expect(toAcademic?.body).toContain(LEAD_PHONE)
    expect(toLead?.body).toContain('academic@uni.example.ac.uk')
    expect(toLead?.body).toContain('A process evaluation with interviews')
    const shown = await academic.get(`/evaluation/${open.slug}`)
    expect(shown.$('[data-qa=introduction-contact]').text()).toContain(LEAD_EMAIL)
    // Someone else's acceptance shows nothing to another academic.
    expect((await otherAcademic.get(`/evaluation/${open.slug}`)).response.body).not.toContain(LEAD_EMAIL)
    const [evaluation] = await t.db.select().from(evaluations).where(eq(evaluations.practiceId, open.id))
    expect(evaluation).toMatchObject({ status: 'proposed', institution: 'University of Northumbria' })
    const events = await t.db.select().from(practiceEvents).where(eq(practiceEvents.practiceId, open.id))
    expect(events.map((e) => e.kind)).toEqual(['evaluation-requested', 'evaluation-introduced'])
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation-request-decided'))
    expect(audit[0]?.details).toMatchObject({ decision: 'accepted' })
  })
})

describe('requests: every state × action through the doors', () => {
  const expected = (status: RequestStatus, action: (typeof requestActions)[number]) =>
    status === 'requested' ? { accept: 303, decline: 303, withdraw: 303 }[action] : 409

  for (const status of ['requested', 'accepted', 'declined', 'withdrawn'] as const) {
    for (const action of requestActions) {
      it(`${action} a request that is ${status}`, async () => {
        const practice = await aPractice(t.db, { values: { consentResearch: true, contactEmail: LEAD_EMAIL } })
        const request = await aRequest(practice.id, status)
        const fields = { version: String(request.version) }
        const result =
          action === 'withdraw'
            ? await academic.submit(`/evaluation/requests/${request.id}/withdraw`, fields, '/evaluation')
            : await reviewer.submit(
                `/review/evaluation/requests/${request.id}`,
                { ...fields, decision: action, note: 'Not this year.' },
                '/review/evaluation',
              )
        expect(result.status).toBe(expected(status, action))
        const [after] = await requestsFor(practice.id)
        const next = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' }[action]
        expect(after?.status).toBe(result.status === 303 ? next : status)
        if (result.status === 409) expect(result.$('[data-qa=conflict-reason]').text()).toContain('Nothing has been')
      })
    }
  }

  it('needs a note to decline, and another academic cannot withdraw the request', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const request = await aRequest(practice.id)
    const noNote = await reviewer.submit(`/review/evaluation/requests/${request.id}`, {
      decision: 'decline',
      version: '1',
    })
    expect(noNote.status).toBe(400)
    expect(texts(noNote.$, '.govuk-error-summary__list a')).toEqual(['Enter a note saying why the request is declined'])
    const other = await otherAcademic.submit(
      `/evaluation/requests/${request.id}/withdraw`,
      { version: '1' },
      '/evaluation',
    )
    expect(other.status).toBe(404)
    expect((await requestsFor(practice.id))[0]?.status).toBe('requested')
  })

  it('cannot be accepted once the contributor withdraws research consent', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const request = await aRequest(practice.id)
    await t.db.update(practices).set({ consentResearch: false }).where(eq(practices.id, practice.id))
    const result = await reviewer.submit(`/review/evaluation/requests/${request.id}`, {
      decision: 'accept',
      version: '1',
    })
    expect(result.status).toBe(409)
    expect(result.$('[data-qa=conflict-reason]').text()).toContain('no longer agrees')
    expect((await requestsFor(practice.id))[0]?.status).toBe('requested')
  })

  it('gives the second of two reviewers deciding at once a clear message, and keeps the first decision', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true, contactEmail: LEAD_EMAIL } })
    const request = await aRequest(practice.id)
    const url = `/review/evaluation/requests/${request.id}`
    const firstPage = await reviewer.get(url)
    const secondPage = await secondReviewer.get(url)
    const token = (page: typeof firstPage) => String(page.$('input[name=_csrf]').first().val())
    const version = String(firstPage.$('input[name=version]').val())
    expect(version).toBe(String(secondPage.$('input[name=version]').val()))
    const first = await reviewer.post(url, { _csrf: token(firstPage), decision: 'accept', version })
    const second = await secondReviewer.post(url, {
      _csrf: token(secondPage),
      decision: 'decline',
      note: 'Too soon.',
      version,
    })
    expect(first.status).toBe(303)
    expect(second.status).toBe(409)
    expect(second.$('[data-qa=conflict-reason]').text()).toContain('Someone else changed this')
    expect((await requestsFor(practice.id))[0]?.status).toBe('accepted')
    expect(await t.db.select().from(evaluations).where(eq(evaluations.practiceId, practice.id))).toHaveLength(1)
  })
})

describe('evaluations: every state × action through the doors', () => {
  const fieldsFor = (action: string): Record<string, string> =>
    action === 'start'
      ? { 'startedOn-day': '1', 'startedOn-month': '2', 'startedOn-year': '2026' }
      : action === 'report'
        ? { reportUrl: 'https://example.ac.uk/report.pdf', findings: 'Repeat calls fell by a fifth.' }
        : {}

  for (const status of ['proposed', 'agreed', 'under_way', 'reported', 'closed', 'withdrawn'] as const) {
    for (const action of evaluationActions) {
      const next = nextEvaluationStatus(status, action)
      it(`${action} an evaluation that is ${status}: ${next ? `becomes ${next}` : 'refused'}`, async () => {
        const practice = await aPractice(t.db, { values: { consentResearch: true } })
        const evaluation = await anEvaluation(practice.id, status)
        const url = `/review/evaluation/evaluations/${evaluation.id}`
        const result = await reviewer.submit(url, { action, version: '1', ...fieldsFor(action) })
        expect(result.status).toBe(next ? 303 : 409)
        const [after] = await t.db.select().from(evaluations).where(eq(evaluations.id, evaluation.id))
        expect(after?.status).toBe(next ?? status)
        expect(after?.version).toBe(next ? 2 : 1)
      })
    }
  }

  it('needs a report link and findings to report, and a real start date to start', async () => {
    const evaluation = await anEvaluation(open.id, 'under_way')
    const url = `/review/evaluation/evaluations/${evaluation.id}`
    const bad = await reviewer.submit(url, { action: 'report', version: '1', reportUrl: 'javascript:alert(1)' })
    expect(bad.status).toBe(400)
    expect(texts(bad.$, '.govuk-error-summary__list a')).toEqual([
      'Enter the web address of the report, starting https://',
      'Enter a summary of the findings',
    ])
    const agreed = await anEvaluation(open.id, 'agreed')
    const badDate = await reviewer.submit(`/review/evaluation/evaluations/${agreed.id}`, {
      action: 'start',
      version: '1',
      'startedOn-day': '31',
      'startedOn-month': '2',
      'startedOn-year': '2027',
    })
    expect(badDate.status).toBe(400)
    expect(texts(badDate.$, '.govuk-error-summary__list a')).toEqual(['The start date must be a real date'])
    await t.db.delete(evaluations).where(eq(evaluations.id, evaluation.id))
    await t.db.delete(evaluations).where(eq(evaluations.id, agreed.id))
  })

  it('refuses a stale version with a clear message', async () => {
    const evaluation = await anEvaluation(shortlisted.id, 'proposed')
    const url = `/review/evaluation/evaluations/${evaluation.id}`
    expect((await reviewer.submit(url, { action: 'agree', version: '1' })).status).toBe(303)
    const stale = await secondReviewer.submit(url, { action: 'withdraw', version: '1' })
    expect(stale.status).toBe(409)
    expect(stale.$('[data-qa=conflict-reason]').text()).toContain('Someone else changed this')
    await t.db.delete(evaluations).where(eq(evaluations.id, evaluation.id))
  })

  it('runs from the accepted introduction to a report on the practice page, prompting reviewers', async () => {
    const [evaluation] = await t.db.select().from(evaluations).where(eq(evaluations.practiceId, open.id))
    if (!evaluation) throw new Error('no evaluation')
    const url = `/review/evaluation/evaluations/${evaluation.id}`
    expect((await reviewer.submit(url, { action: 'agree', version: '1' })).status).toBe(303)
    const started = await reviewer.submit(url, { action: 'start', version: '2', ...fieldsFor('start') })
    expect(started.status).toBe(303)
    const during = await academic.get(`/practices/${open.slug}`)
    expect(during.$('[data-qa=being-evaluated]').text()).toContain(
      'Being evaluated by Dr Ada Lovel, University of Northumbria',
    )
    const before = (await t.db.select().from(outbox)).length
    expect((await reviewer.submit(url, { action: 'report', version: '3', ...fieldsFor('report') })).status).toBe(303)
    const mails = (await t.db.select().from(outbox)).slice(before)
    expect(mails.map((m) => m.toAddress).sort()).toEqual(['reviewer2@college.police.uk', 'reviewer@college.police.uk'])
    const visitor = await t.app.inject({ method: 'GET', url: `/practices/${open.slug}` })
    expect(visitor.body).toContain('Repeat calls fell by a fifth.')
    expect(visitor.body).toContain('https://example.ac.uk/report.pdf')
    const [reported] = await t.db
      .select()
      .from(practiceEvents)
      .where(eq(practiceEvents.practiceId, open.id))
      .orderBy(desc(practiceEvents.id))
      .limit(1)
    expect(reported?.kind).toBe('evaluation-reported')
    const list = await reviewer.get('/review/evaluation')
    expect(texts(list.$, '[data-qa=revisit-row] a')).toContain('Harbour triage for domestic abuse')
    const revisited = await reviewer.submit(`${url}/revisited`, { version: '4' }, '/review/evaluation')
    expect(revisited.status).toBe(303)
    const after = await reviewer.get('/review/evaluation')
    expect(texts(after.$, '[data-qa=revisit-row] a')).not.toContain('Harbour triage for domestic abuse')
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluation-updated'))
    expect(audit.length).toBeGreaterThanOrEqual(4)
  })
})
