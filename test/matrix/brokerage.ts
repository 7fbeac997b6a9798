import { evaluationRequests, evaluations } from '../../src/db/schema/index.js'
import { aPractice } from '../support/factories.js'
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
  async fixtures(db, _app, { users }) {
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
    return { OPEN_PRACTICE: practice.slug, REQUEST: String(request?.id), EVALUATION: String(evaluation?.id) }
  },
}
