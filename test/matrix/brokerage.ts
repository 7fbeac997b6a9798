import { evaluationRequests, evaluations } from '../../src/db/schema/index.js'
import { newStorageKey } from '../../src/features/attachments/file-store.js'
import { aPractice } from '../support/factories.js'
import { minimalPdf } from '../support/files.js'
import { signedInOnly, staffOnly, type MatrixSection } from './types.js'

const readers = (status: number) => ({
  anonymous: 'sign-in' as const,
  academic: status,
  reviewer: status,
  admin: status,
  rest: 403,
})
const academicOnly = (status: number) => ({ anonymous: 'sign-in' as const, academic: status, rest: 403 })

/**
 * Evaluation brokerage and the contact relay (src/features/evaluation, src/features/contact). Empty
 * forms: the page again with its errors (400), or the bad-request page when the version is missing.
 */
export const brokerageMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/evaluation', url: '/evaluation', expect: readers(200) },
    { method: 'GET', route: '/evaluation/:slug', url: '/evaluation/{OPEN_PRACTICE}', expect: readers(200) },
    {
      method: 'GET',
      route: '/evaluation/:slug/introduction',
      url: '/evaluation/{OPEN_PRACTICE}/introduction',
      expect: academicOnly(200),
    },
    {
      method: 'POST',
      route: '/evaluation/:slug/introduction',
      url: '/evaluation/{OPEN_PRACTICE}/introduction',
      expect: academicOnly(400),
    },
    {
      method: 'POST',
      route: '/evaluation/requests/:id/withdraw',
      url: '/evaluation/requests/{REQUEST}/withdraw',
      expect: academicOnly(400),
    },
    { method: 'GET', route: '/review/evaluation', url: '/review/evaluation', expect: staffOnly(200) },
    {
      method: 'GET',
      route: '/review/evaluation/requests/:id',
      url: '/review/evaluation/requests/{REQUEST}',
      expect: staffOnly(200),
    },
    {
      method: 'POST',
      route: '/review/evaluation/requests/:id',
      url: '/review/evaluation/requests/{REQUEST}',
      expect: staffOnly(400),
    },
    {
      method: 'GET',
      route: '/review/evaluation/evaluations/:id',
      url: '/review/evaluation/evaluations/{EVALUATION}',
      expect: staffOnly(200),
    },
    {
      method: 'POST',
      route: '/review/evaluation/evaluations/:id',
      url: '/review/evaluation/evaluations/{EVALUATION}',
      expect: staffOnly(400),
    },
    {
      method: 'POST',
      route: '/review/evaluation/evaluations/:id/report',
      url: '/review/evaluation/evaluations/{EVALUATION}/report',
      expect: staffOnly(400),
    },
    {
      method: 'GET',
      route: '/review/evaluation/evaluations/:id/edit',
      url: '/review/evaluation/evaluations/{EVALUATION}/edit',
      expect: staffOnly(200),
    },
    {
      method: 'POST',
      route: '/review/evaluation/evaluations/:id/edit',
      url: '/review/evaluation/evaluations/{EVALUATION}/edit',
      expect: staffOnly(400),
    },
    // A reported evaluation of public practice: its report file is for everyone who can read the practice.
    { method: 'GET', route: '/evaluation-reports/:id', url: '/evaluation-reports/{REPORTED}', expect: 200 },
    {
      method: 'POST',
      route: '/review/evaluation/evaluations/:id/revisited',
      url: '/review/evaluation/evaluations/{EVALUATION}/revisited',
      expect: staffOnly(400),
    },
    {
      method: 'GET',
      route: '/practices/:slug/contact',
      url: '/practices/{OPEN_PRACTICE}/contact',
      expect: signedInOnly(200),
    },
    {
      method: 'POST',
      route: '/practices/:slug/contact',
      url: '/practices/{OPEN_PRACTICE}/contact',
      expect: signedInOnly(400),
    },
  ],
  async fixtures(db, app, { users }) {
    const practice = await aPractice(db, {
      title: 'Open to researchers in the matrix',
      values: { consentResearch: true, contactEmail: 'matrix.lead@kent.police.uk' },
    })
    const [request] = await db
      .insert(evaluationRequests)
      .values({
        practiceId: practice.id,
        academicUserId: users.academic.id,
        institution: 'Matrix University',
        method: 'Interviews',
        timescale: 'A year',
        fundingStatus: 'unfunded',
        ethicsRoute: 'University committee',
      })
      .returning()
    const [evaluation] = await db
      .insert(evaluations)
      .values({
        practiceId: practice.id,
        evaluatorName: 'Matrix Evaluator',
        institution: 'Matrix University',
        method: 'Interviews',
      })
      .returning()
    const key = newStorageKey()
    const stored = await app.services.files.put(key, minimalPdf())
    const [reported] = await db
      .insert(evaluations)
      .values({
        practiceId: practice.id,
        status: 'reported',
        evaluatorName: 'Matrix Evaluator',
        institution: 'Matrix University',
        method: 'Interviews',
        findings: 'Findings of the matrix evaluation.',
        reportFileKey: key,
        reportFileName: 'Matrix report.pdf',
        reportFileType: 'application/pdf',
        reportFileBytes: stored.sizeBytes,
        reportFileSha256: stored.sha256,
      })
      .returning()
    return {
      OPEN_PRACTICE: practice.slug,
      REQUEST: String(request?.id),
      EVALUATION: String(evaluation?.id),
      REPORTED: String(reported?.id),
    }
  },
}
