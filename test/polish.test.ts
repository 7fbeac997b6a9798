import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachments } from '../src/db/schema/index.js'
import { practiceBackHref } from '../src/plugins/errors.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { scoresForm } from './support/assessment.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { practiceRow } from './support/review-fixtures.js'
import { startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let alex: TestClient
let bea: TestClient
let lead: TestClient
let contributor: TestClient
let submitterId: number

beforeAll(async () => {
  t = await createTestApp()
  const a = await aUser(t.db, { name: 'Alex Assessor', roles: ['reviewer'] })
  const b = await aUser(t.db, { name: 'Bea Assessor', roles: ['reviewer'] })
  const l = await aUser(t.db, { name: 'Lee Lead', organisation: 'kent', roles: ['force-lead'], leads: 'kent' })
  const c = await aUser(t.db, { name: 'Cal Contributor', organisation: 'kent' })
  submitterId = c.id
  ;[alex, bea, lead, contributor] = await Promise.all([
    signedIn(t.app, a.email),
    signedIn(t.app, b.email),
    signedIn(t.app, l.email),
    signedIn(t.app, c.email),
  ])
})

afterAll(async () => {
  await t?.close()
})

let sequence = 0
const practiceFor = (values: Parameters<typeof aPractice>[1] = {}) => {
  sequence += 1
  const reference = `PB-2026-${String(7000 + sequence).padStart(4, '0')}`
  return aPractice(t.db, { status: 'in_review', reference, submittedByUserId: submitterId, ...values })
}
const assess = (client: TestClient, reference: string, scores: number[]) =>
  client.submit(`/review/${reference}/assessment`, { ...scoresForm(scores, 'Because'), action: 'complete' })

describe('the review page and assessment', () => {
  it('links to the assessment page with counts only until every assessment is in', async () => {
    const practice = await practiceFor({ values: { assessmentsRequired: 2 } })
    const reference = practice.reference ?? ''
    expect((await assess(alex, reference, [5, 5, 5, 5, 5])).status).toBe(302)
    const page = await bea.get(`/review/${reference}`)
    expect(page.status).toBe(200)
    const summary = page.$('[data-qa=assessment-summary]')
    expect(summary.find('[data-qa=assessment-progress]').text()).toBe('Complete: 1 of 2 assessments needed.')
    expect(summary.find('[data-qa=assessment-link]').attr('href')).toBe(`/review/${reference}/assessment`)
    expect(summary.find('[data-qa=assessment-differ]')).toHaveLength(0)
    // Counts only: nothing of Alex's scores or totals.
    expect(summary.text()).not.toMatch(/25|score/i)
  })

  it('says the scores differ once two completed assessments disagree, until a consensus', async () => {
    const practice = await practiceFor({ values: { assessmentsRequired: 2 } })
    const reference = practice.reference ?? ''
    await assess(alex, reference, [5, 5, 5, 5, 5])
    await assess(bea, reference, [1, 1, 1, 1, 1])
    const page = await alex.get(`/review/${reference}`)
    expect(page.$('[data-qa=assessment-progress]').text()).toBe('Complete: 2 of 2 assessments needed.')
    expect(page.$('[data-qa=assessment-differ]').text()).toContain('Scores differ')
  })

  it('is not shown to a force lead reading their own force’s practice', async () => {
    const practice = await practiceFor({ organisation: 'kent' })
    const page = await lead.get(`/review/${practice.reference}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=assessment-summary]')).toHaveLength(0)
  })
})

describe('one review sub-navigation', () => {
  it('is on the queue, the assessments list and the due list, marking the current page', async () => {
    for (const [url, current] of [
      ['/review', 'Review queue'],
      ['/review/assessments', 'Assessments'],
      ['/review/due', 'Due for review'],
      ['/review/evaluation', 'Evaluation'],
    ] as const) {
      const page = await alex.get(url)
      expect(page.status).toBe(200)
      const nav = page.$('nav[aria-label="Review"]')
      expect(nav).toHaveLength(1)
      expect(texts(page.$, 'nav[aria-label="Review"] a')).toEqual([
        'Review queue',
        'Assessments',
        'Due for review',
        'Evaluation',
      ])
      expect(nav.find('a[aria-current=page]').text().trim()).toBe(current)
    }
  })
})

describe('the queue', () => {
  it('tags practice whose two completed assessments disagree with no consensus, and only those', async () => {
    const apart = await practiceFor({ values: { assessmentsRequired: 2 } })
    const agree = await practiceFor({ values: { assessmentsRequired: 2 } })
    await assess(alex, apart.reference ?? '', [5, 5, 5, 5, 5])
    await assess(bea, apart.reference ?? '', [1, 1, 1, 1, 1])
    await assess(alex, agree.reference ?? '', [4, 4, 4, 4, 4])
    await assess(bea, agree.reference ?? '', [4, 4, 4, 4, 3])
    const queue = await alex.get('/review')
    const row = (reference: string | null) => queue.$(`[data-qa=queue-row][data-reference="${reference}"]`)
    expect(row(apart.reference).find('[data-qa=scores-differ]').text().trim()).toBe('Scores differ')
    expect(row(agree.reference)).toHaveLength(1)
    expect(row(agree.reference).find('[data-qa=scores-differ]')).toHaveLength(0)

    const page = `/review/${apart.reference}/assessment`
    const version = String((await practiceRow(t.db, apart.id)).version)
    const consensus = await alex.submit(
      `${page}/consensus`,
      { ...scoresForm([3, 3, 3, 3, 3], 'Agreed'), version },
      page,
    )
    expect(consensus.status).toBe(302)
    const after = await alex.get('/review')
    expect(after.$(`[data-qa=queue-row][data-reference="${apart.reference}"]`)).toHaveLength(1)
    expect(after.$(`[data-qa=queue-row][data-reference="${apart.reference}"] [data-qa=scores-differ]`)).toHaveLength(0)
  })
})

describe('the task list', () => {
  it('says how many files are attached, or that attachments are optional', async () => {
    const id = await startDraft(contributor)
    const row = async () => {
      const page = await contributor.get(`/submissions/${id}`)
      return page
        .$(`a[href="/submissions/${id}/attachments"]`)
        .closest('.govuk-task-list__item')
        .find('.govuk-task-list__status')
        .text()
        .trim()
    }
    expect(await row()).toBe('Optional')
    for (const name of ['report.pdf', 'guide.pdf']) {
      await t.db.insert(attachments).values({
        practiceId: id,
        storageKey: randomUUID(),
        displayName: name,
        mediaType: 'application/pdf',
        extension: 'pdf',
        sizeBytes: 100,
        sha256: '0'.repeat(64),
        uploadedByUserId: submitterId,
      })
    }
    expect(await row()).toBe('2 files')
  })
})

describe('my submissions for a force lead', () => {
  it('links their organisation’s sent practice to the read-only review page, not drafts', async () => {
    const sent = await practiceFor({ organisation: 'kent', status: 'submitted' })
    const draft = await aPractice(t.db, { status: 'draft', organisation: 'kent', submittedByUserId: submitterId })
    const page = await lead.get('/my-submissions')
    expect(page.status).toBe(200)
    const link = page.$(`[data-qa=submission-${sent.id}] [data-qa=review-link]`)
    expect(link.attr('href')).toBe(`/review/${sent.reference}`)
    expect(page.$(`[data-qa=submission-${draft.id}] [data-qa=review-link]`)).toHaveLength(0)
    const readOnly = await lead.get(`/review/${sent.reference}`)
    expect(readOnly.status).toBe(200)
  })

  it('gives a contributor without review rights no review links', async () => {
    const sent = await practiceFor({ organisation: 'kent', status: 'submitted' })
    const page = await contributor.get('/my-submissions')
    expect(page.$(`[data-qa=submission-${sent.id}]`)).toHaveLength(1)
    expect(page.$('[data-qa=review-link]')).toHaveLength(0)
  })
})

describe('a refused change', () => {
  it('shows the conflict page with a link back to the practice, changing nothing', async () => {
    const practice = await practiceFor({ status: 'submitted' })
    const before = await practiceRow(t.db, practice.id)
    const token = (await alex.get('/review')).$('input[name=_csrf]').first().val() as string
    const res = await alex.post(`/review/${practice.reference}/unpublish`, {
      unpublishReason: 'Out of date.',
      version: String(practice.version),
      _csrf: token,
    })
    expect(res.status).toBe(409)
    expect(res.$('[data-qa=back-to-practice]').attr('href')).toBe(`/review/${practice.reference}`)
    expect(await practiceRow(t.db, practice.id)).toEqual(before)
  })

  it('links back only to practice pages', () => {
    expect(practiceBackHref('/review/PB-2026-0042/publish')).toBe('/review/PB-2026-0042')
    expect(practiceBackHref('/submissions/12/withdraw?x=1')).toBe('/submissions/12')
    expect(practiceBackHref('/review/assessments')).toBeUndefined()
    expect(practiceBackHref('/admin/users/3')).toBeUndefined()
    expect(practiceBackHref('//evil.example/review/PB-2026-0042')).toBeUndefined()
  })
})
