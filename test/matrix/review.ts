import { practiceRevisions } from '../../src/db/schema/index.js'
import { contentOf } from '../../src/features/submissions/content.js'
import { aPractice } from '../support/factories.js'
import { staffOnly, type MatrixSection, type Row } from './types.js'

const SUBMITTED = 'PB-2026-7001'
const REVISED = 'PB-2026-7002'

/** Staff review; the force lead for Kent may read Kent's practice; anyone else gets 403. */
const staffOrKentLead = (status: number) => ({ ...staffOnly(status), forceLead: status })

const post = (route: string, url: string): Row => ({ method: 'POST', route, url, expect: staffOnly(400) })

/** Routes of review and publication (src/features/review). Empty forms have no version: 400, nothing changed. */
export const reviewMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/review', url: '/review', expect: staffOnly(200) },
    { method: 'GET', route: '/review/:reference', url: '/review/{REVIEW_SUBMITTED}', expect: staffOrKentLead(200) },
    post('/review/:reference/assign', '/review/{REVIEW_SUBMITTED}/assign'),
    post('/review/:reference/classify', '/review/{REVIEW_SUBMITTED}/classify'),
    post('/review/:reference/notes', '/review/{REVIEW_SUBMITTED}/notes'),
    post('/review/:reference/toolkit', '/review/{REVIEW_SUBMITTED}/toolkit'),
    post('/review/:reference/toolkit/:entryId/unlink', '/review/{REVIEW_SUBMITTED}/toolkit/1/unlink'),
    post('/review/:reference/request-changes', '/review/{REVIEW_SUBMITTED}/request-changes'),
    post('/review/:reference/reject', '/review/{REVIEW_SUBMITTED}/reject'),
    post('/review/:reference/publish', '/review/{REVIEW_SUBMITTED}/publish'),
    post('/review/:reference/unpublish', '/review/{REVIEW_REVISED}/unpublish'),
    post('/review/:reference/archive', '/review/{REVIEW_REVISED}/archive'),
    {
      method: 'GET',
      route: '/review/:reference/revisions/:number',
      url: '/review/{REVIEW_REVISED}/revisions/1',
      expect: staffOnly(200),
    },
    post('/review/:reference/revisions/:number/approve', '/review/{REVIEW_REVISED}/revisions/1/approve'),
    post(
      '/review/:reference/revisions/:number/request-changes',
      '/review/{REVIEW_REVISED}/revisions/1/request-changes',
    ),
    post('/review/:reference/revisions/:number/reject', '/review/{REVIEW_REVISED}/revisions/1/reject'),
  ],
  async fixtures(db, _app, { users }) {
    await aPractice(db, {
      title: 'Matrix practice waiting for review',
      status: 'submitted',
      visibility: 'internal',
      organisation: 'kent',
      reference: SUBMITTED,
      submittedByUserId: users.contributor.id,
      values: { consentPublication: 'policing', contactEmail: 'contact@example.org' },
    })
    const published = await aPractice(db, {
      title: 'Matrix practice with a change waiting',
      status: 'published',
      visibility: 'public',
      organisation: 'kent',
      reference: REVISED,
      submittedByUserId: users.contributor.id,
      values: { consentPublication: 'public' },
    })
    await db.insert(practiceRevisions).values({
      practiceId: published.id,
      number: 1,
      status: 'submitted',
      content: { ...contentOf(published), summary: 'A changed summary.' },
      submittedAt: new Date(),
    })
    return { REVIEW_SUBMITTED: SUBMITTED, REVIEW_REVISED: REVISED }
  },
}
