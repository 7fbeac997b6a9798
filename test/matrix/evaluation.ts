import { aPractice } from '../support/factories.js'
import type { MatrixSection } from './types.js'

// The contributor owns the draft; the force lead leads Kent. Reviewers read and comment, they do not write.
const seers = (status: number) => ({
  anonymous: 'sign-in' as const,
  contributor: status,
  forceLead: status,
  reviewer: status,
  admin: status,
  rest: 404,
})

/** The theory-of-change builder (src/features/theory-of-change). */
export const evaluationMatrix: MatrixSection = {
  rows: [
    {
      method: 'GET',
      route: '/submissions/:id/theory-of-change',
      url: '/submissions/{TOC_DRAFT}/theory-of-change',
      expect: seers(200),
    },
    {
      method: 'GET',
      route: '/submissions/:id/theory-of-change.docx',
      url: '/submissions/{TOC_DRAFT}/theory-of-change.docx',
      expect: seers(200),
    },
    {
      method: 'GET',
      route: '/submissions/:id/theory-of-change/:page',
      url: '/submissions/{TOC_DRAFT}/theory-of-change/problem',
      expect: { ...seers(200), reviewer: 403, admin: 403 },
    },
    // An empty form: the page again with its errors, nothing saved.
    {
      method: 'POST',
      route: '/submissions/:id/theory-of-change/:page',
      url: '/submissions/{TOC_DRAFT}/theory-of-change/problem',
      expect: { ...seers(400), reviewer: 403, admin: 403 },
    },
    // An empty comment: the overview again with "Enter your comment" for reviewers; 403 for the contributor's side.
    {
      method: 'POST',
      route: '/submissions/:id/theory-of-change/versions/:version/comments',
      url: '/submissions/{TOC_DRAFT}/theory-of-change/versions/1/comments',
      expect: { ...seers(403), reviewer: 400, admin: 400 },
    },
  ],
  async fixtures(db, _app, { users }) {
    const draft = await aPractice(db, {
      submittedByUserId: users.contributor.id,
      organisation: 'kent',
      status: 'draft',
      visibility: 'internal',
    })
    return { TOC_DRAFT: String(draft.id) }
  },
}
