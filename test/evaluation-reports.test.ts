import { desc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, evaluations, practiceEvents, type EvaluationStatus } from '../src/db/schema/index.js'
import type { TestClient } from './support/client.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { minimalPdf, multipartBody } from './support/files.js'
import { csrfTokenFor, filesOnDisk } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

// The evaluation report as a file (issue 13, item 5), and programme staff correcting an evaluation's record.

let t: TestApp
let reviewer: TestClient
let academic: TestClient
let someone: TestClient

beforeAll(async () => {
  t = await createTestApp()
  await aUser(t.db, { email: 'reviewer@college.police.uk', roles: ['reviewer'] })
  await aUser(t.db, { email: 'academic@uni.example.ac.uk', name: 'Dr Ada Lovel', roles: ['academic'] })
  await aUser(t.db, { email: 'someone@example.org' })
  reviewer = await signedIn(t.app, 'reviewer@college.police.uk')
  academic = await signedIn(t.app, 'academic@uni.example.ac.uk')
  someone = await signedIn(t.app, 'someone@example.org')
})

afterAll(async () => {
  await t.close()
})

async function anEvaluation(
  practiceId: number,
  status: EvaluationStatus,
  values: Partial<typeof evaluations.$inferInsert> = {},
) {
  const [row] = await t.db
    .insert(evaluations)
    .values({
      practiceId,
      status,
      evaluatorName: 'Dr Ada Lovel',
      institution: 'University of Northumbria',
      method: 'Interviews with officers and victims',
      ...(status === 'under_way' ? { startedOn: '2026-02-01' } : {}),
      ...values,
    })
    .returning()
  if (!row) throw new Error('no evaluation')
  return row
}

const evaluationOf = async (id: number) => (await t.db.select().from(evaluations).where(eq(evaluations.id, id)))[0]

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer; type?: string }

/** Posts the report form as the browser does: multipart, the CSRF token first. */
async function postReport(client: TestClient, evaluationId: number, parts: Part[], token?: string | null) {
  const csrf = token === undefined ? await csrfTokenFor(client) : token
  const { payload, contentType } = multipartBody([...(csrf === null ? [] : [{ name: '_csrf', value: csrf }]), ...parts])
  const response = await t.app.inject({
    method: 'POST',
    url: `/review/evaluation/evaluations/${evaluationId}/report`,
    headers: { 'content-type': contentType, cookie: `pb_session=${client.sessionCookie}` },
    payload,
  })
  const cheerio = await import('cheerio')
  return { response, status: response.statusCode, $: cheerio.load(response.body) }
}

const reportFields = (version = '1', extra: Part[] = []): Part[] => [
  { name: 'version', value: version },
  { name: 'reportUrl', value: '' },
  ...extra,
  { name: 'findings', value: 'Repeat victimisation fell by a quarter over the year.' },
]
const pdf = (name = 'Final report.pdf'): Part => ({
  name: 'reportFile',
  filename: name,
  content: minimalPdf(),
  type: 'application/pdf',
})

describe('the evaluation report as a file', () => {
  it('records the report with its file only, and the practice page offers the download', async () => {
    const practice = await aPractice(t.db, { title: 'Report file practice', values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const page = await reviewer.get(`/review/evaluation/evaluations/${evaluation.id}`)
    const form = page.$('[data-qa=step-report]')
    expect(form.attr('enctype')).toBe('multipart/form-data')
    expect(form.attr('action')).toBe(`/review/evaluation/evaluations/${evaluation.id}/report`)
    expect(form.find('input').first().attr('name')).toBe('_csrf')

    const result = await postReport(reviewer, evaluation.id, reportFields('1', [pdf('Final report.exe.pdf')]))
    expect(result.status).toBe(303)
    const after = await evaluationOf(evaluation.id)
    expect(after?.status).toBe('reported')
    expect(after?.reportUrl).toBeNull()
    expect(after?.reportFileName).toBe('Final report.exe.pdf')
    expect(after?.reportFileType).toBe('application/pdf')
    expect(after?.reportFileBytes).toBe(minimalPdf().length)

    const visitor = await getPage(t.app, `/practices/${practice.slug}`)
    const link = visitor.$('[data-qa=evaluation-report-file]')
    expect(link.attr('href')).toBe(`/evaluation-reports/${evaluation.id}`)
    expect(visitor.$('[data-qa=independent-evaluation]').text()).toContain('PDF')
    expect(visitor.$('[data-qa=evaluation-report]')).toHaveLength(0)

    const download = await t.app.inject({ method: 'GET', url: `/evaluation-reports/${evaluation.id}` })
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Final report.exe.pdf"/)
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(download.headers['content-security-policy']).toContain('sandbox')
    expect(download.rawPayload.equals(minimalPdf())).toBe(true)

    const [event] = await t.db
      .select()
      .from(practiceEvents)
      .where(eq(practiceEvents.practiceId, practice.id))
      .orderBy(desc(practiceEvents.id))
      .limit(1)
    expect(event?.kind).toBe('evaluation-reported')
    expect(event?.details).toMatchObject({ reportFile: 'Final report.exe.pdf' })
  })

  it('takes a link and a file together', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const result = await postReport(reviewer, evaluation.id, [
      { name: 'version', value: '1' },
      { name: 'reportUrl', value: 'https://example.ac.uk/report' },
      pdf(),
      { name: 'findings', value: 'Findings in brief.' },
    ])
    expect(result.status).toBe(303)
    const visitor = await getPage(t.app, `/practices/${practice.slug}`)
    expect(visitor.$('[data-qa=evaluation-report]').attr('href')).toBe('https://example.ac.uk/report')
    expect(visitor.$('[data-qa=evaluation-report-file]')).toHaveLength(1)
  })

  it('refuses a file that is not an allowed type, whatever its name says, and keeps nothing', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const before = await filesOnDisk(t.config.dataDir)
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const result = await postReport(
      reviewer,
      evaluation.id,
      reportFields('1', [{ name: 'reportFile', filename: 'report.pdf', content: html, type: 'application/pdf' }]),
    )
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: /)
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([
      'The selected file must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), PowerPoint (PPTX), OpenDocument text (ODT), PNG or JPEG',
    ])
    expect(result.$('#reportFile-error').text()).toContain('The selected file must be')
    expect(result.$('#findings').val()).toBe('Repeat victimisation fell by a quarter over the year.')
    expect((await evaluationOf(evaluation.id))?.status).toBe('under_way')
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)

    const empty = await postReport(
      reviewer,
      evaluation.id,
      reportFields('1', [{ name: 'reportFile', filename: 'empty.pdf', content: Buffer.alloc(0) }]),
    )
    expect(empty.status).toBe(400)
    expect(texts(empty.$, '.govuk-error-summary__list a')).toEqual(['The selected file is empty'])
  })

  it('asks for a link or a file when neither is given, and keeps no file when the report is refused', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const none = await postReport(
      reviewer,
      evaluation.id,
      reportFields('1', [{ name: 'reportFile', filename: '', content: Buffer.alloc(0) }]),
    )
    expect(none.status).toBe(400)
    expect(texts(none.$, '.govuk-error-summary__list a')).toEqual([
      'Enter the web address of the report, or choose its file',
    ])
    const agreed = await anEvaluation(practice.id, 'agreed')
    const before = await filesOnDisk(t.config.dataDir)
    const refused = await postReport(reviewer, agreed.id, reportFields('1', [pdf()]))
    expect(refused.status).toBe(409)
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)
    const stale = await postReport(reviewer, evaluation.id, reportFields('7', [pdf()]))
    expect(stale.status).toBe(409)
    expect(stale.$('[data-qa=conflict-reason]').text()).toContain('Someone else changed this')
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)
  })

  it('refuses a file over 20 MB and a body cut short with a message, never a 500', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const before = await filesOnDisk(t.config.dataDir)
    const huge = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024 + 10, 32)])
    const large = await postReport(
      reviewer,
      evaluation.id,
      reportFields('1', [{ name: 'reportFile', filename: 'big.pdf', content: huge, type: 'application/pdf' }]),
    )
    expect(large.status).toBe(400)
    expect(texts(large.$, '.govuk-error-summary__list a')).toContain('The selected file must be smaller than 20 MB')
    const { payload, contentType } = multipartBody([
      { name: '_csrf', value: await csrfTokenFor(reviewer) },
      ...reportFields('1', [pdf()]),
    ])
    const cut = await t.app.inject({
      method: 'POST',
      url: `/review/evaluation/evaluations/${evaluation.id}/report`,
      headers: { 'content-type': contentType, cookie: `pb_session=${reviewer.sessionCookie}` },
      payload: payload.subarray(0, payload.length - 120),
    })
    expect(cut.statusCode).toBe(400)
    expect((await evaluationOf(evaluation.id))?.status).toBe('under_way')
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)
  })

  it('refuses the upload without a valid CSRF token, and anyone but staff', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const before = await filesOnDisk(t.config.dataDir)
    const noToken = await postReport(reviewer, evaluation.id, reportFields('1', [pdf()]), null)
    expect(noToken.status).toBe(403)
    const wrongToken = await postReport(reviewer, evaluation.id, reportFields('1', [pdf()]), 'not-the-token')
    expect(wrongToken.status).toBe(403)
    const byAcademic = await postReport(academic, evaluation.id, reportFields('1', [pdf()]))
    expect(byAcademic.status).toBe(403)
    expect((await evaluationOf(evaluation.id))?.status).toBe('under_way')
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)
  })
})

describe('who can download the report file', () => {
  it('is staff only until the report is recorded, then whoever may read the practice', async () => {
    const internal = await aPractice(t.db, { visibility: 'internal', values: { consentResearch: true } })
    const evaluation = await anEvaluation(internal.id, 'under_way')
    expect((await postReport(reviewer, evaluation.id, reportFields('1', [pdf()]))).status).toBe(303)
    const url = `/evaluation-reports/${evaluation.id}`
    expect((await reviewer.get(url)).status).toBe(200)
    // Internal practice: police and staff read it; the public and the academic partner do not.
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404)
    expect((await someone.get(url)).status).toBe(404)
    expect((await academic.get(url)).status).toBe(404)

    const draft = await aPractice(t.db, { status: 'draft', values: { consentResearch: true } })
    const onDraft = await anEvaluation(draft.id, 'under_way')
    expect((await postReport(reviewer, onDraft.id, reportFields('1', [pdf()]))).status).toBe(303)
    expect((await t.app.inject({ method: 'GET', url: `/evaluation-reports/${onDraft.id}` })).statusCode).toBe(404)

    const published = await aPractice(t.db, { values: { consentResearch: true } })
    const withFile = await anEvaluation(published.id, 'under_way')
    expect((await postReport(reviewer, withFile.id, reportFields('1', [pdf()]))).status).toBe(303)
    // withdrawn cannot follow reported; a record set back by hand to under way hides the file again
    await t.db.update(evaluations).set({ status: 'under_way' }).where(eq(evaluations.id, withFile.id))
    expect((await t.app.inject({ method: 'GET', url: `/evaluation-reports/${withFile.id}` })).statusCode).toBe(404)
    expect((await reviewer.get(`/evaluation-reports/${withFile.id}`)).status).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/evaluation-reports/99999' })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/evaluation-reports/x' })).statusCode).toBe(404)
  })
})

describe('staff correct an evaluation’s details', () => {
  const edit = (id: number) => `/review/evaluation/evaluations/${id}/edit`

  it('shows the record filled in and saves the changes with the timeline and audit log', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const page = await reviewer.get(edit(evaluation.id))
    expect(page.status).toBe(200)
    expect(page.$('#evaluatorName').val()).toBe('Dr Ada Lovel')
    expect(page.$('#startedOn-day').val()).toBe('1')
    expect(page.$('#startedOn-month').val()).toBe('2')
    expect(page.$('#startedOn-year').val()).toBe('2026')
    const saved = await reviewer.submit(edit(evaluation.id), {
      version: '1',
      evaluatorName: 'Professor Ada Lovel',
      institution: 'Northumbria University',
      method: 'Interviews with officers and victims',
      'startedOn-day': '3',
      'startedOn-month': '2',
      'startedOn-year': '2026',
    })
    expect(saved.status).toBe(303)
    expect(saved.response.headers.location).toBe(`/review/evaluation/evaluations/${evaluation.id}`)
    const after = await evaluationOf(evaluation.id)
    expect(after).toMatchObject({
      evaluatorName: 'Professor Ada Lovel',
      institution: 'Northumbria University',
      startedOn: '2026-02-03',
      version: 2,
    })
    const [event] = await t.db
      .select()
      .from(practiceEvents)
      .where(eq(practiceEvents.practiceId, practice.id))
      .orderBy(desc(practiceEvents.id))
      .limit(1)
    expect(event?.kind).toBe('evaluation-details-changed')
    expect(event?.body).toBe('Changed: Evaluator, Institution, Start date')
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'evaluation-details-changed'))
      .orderBy(desc(auditEvents.id))
      .limit(1)
    expect(audit?.details).toMatchObject({
      evaluationId: evaluation.id,
      changes: { institution: { from: 'University of Northumbria', to: 'Northumbria University' } },
    })
    const visitor = await getPage(t.app, `/practices/${practice.slug}`)
    expect(visitor.$('[data-qa=being-evaluated]').text()).toContain(
      'Professor Ada Lovel, Northumbria University, since 3 February 2026',
    )
    const staffPage = await reviewer.get(`/review/evaluation/evaluations/${evaluation.id}`)
    expect(staffPage.$('[data-qa=flash]').text()).toContain('evaluator, institution, start date changed')
  })

  it('gives GOV.UK errors for missing and impossible answers, keeping what was typed', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'under_way')
    const bad = await reviewer.submit(edit(evaluation.id), {
      version: '1',
      evaluatorName: '',
      institution: 'x'.repeat(201),
      method: '',
      'startedOn-day': '',
      'startedOn-month': '',
      'startedOn-year': '',
      'endedOn-day': '30',
      'endedOn-month': '2',
      'endedOn-year': '2026',
    })
    expect(bad.status).toBe(400)
    expect(bad.$('title').text()).toMatch(/^Error: /)
    expect(texts(bad.$, '.govuk-error-summary__list a')).toEqual([
      'Enter the name of the evaluator',
      'The institution must be 200 characters or fewer',
      'Describe how the practice is being evaluated',
      'The end date must be a real date',
      'Enter the date the evaluation started',
    ])
    expect(bad.$('#endedOn-day').val()).toBe('30')
    const backwards = await reviewer.submit(edit(evaluation.id), {
      version: '1',
      evaluatorName: 'Dr Ada Lovel',
      institution: 'University of Northumbria',
      method: 'Interviews',
      'startedOn-day': '1',
      'startedOn-month': '3',
      'startedOn-year': '2026',
      'endedOn-day': '1',
      'endedOn-month': '2',
      'endedOn-year': '2026',
    })
    expect(backwards.status).toBe(400)
    expect(texts(backwards.$, '.govuk-error-summary__list a')).toEqual([
      'The end date must be the same as or after the start date',
    ])
    expect((await evaluationOf(evaluation.id))?.version).toBe(1)
  })

  it('refuses a stale version and anyone but staff', async () => {
    const practice = await aPractice(t.db, { values: { consentResearch: true } })
    const evaluation = await anEvaluation(practice.id, 'agreed')
    const fields = { version: '1', evaluatorName: 'A', institution: 'B', method: 'C' }
    expect((await reviewer.submit(edit(evaluation.id), fields)).status).toBe(303)
    const stale = await reviewer.submit(edit(evaluation.id), { ...fields, institution: 'D' })
    expect(stale.status).toBe(409)
    expect(stale.$('[data-qa=conflict-reason]').text()).toContain('Someone else changed this')
    expect((await academic.get(edit(evaluation.id))).status).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: edit(evaluation.id) })).statusCode).toBe(302)
    const noToken = await reviewer.post(edit(evaluation.id), { ...fields, version: '2', institution: 'E' })
    expect(noToken.status).toBe(403)
    expect((await evaluationOf(evaluation.id))?.institution).toBe('B')
  })
})
