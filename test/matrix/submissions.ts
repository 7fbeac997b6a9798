import { aPractice } from '../support/factories.js'
import type { Expectation, MatrixSection, Row, Who } from './types.js'

/**
 * Routes of the submission journey (src/features/submissions, calls). The fixtures belong to the
 * contributor, in Kent, whose force lead is the matrix's force lead.
 *
 * Who gets what, consistently: anyone who may not see a submission gets 404 (the same as for one that
 * does not exist, so nobody learns which drafts exist); reviewers and admins may read it but not write
 * the contributor's answers: pages that would edit redirect them to the read-only check your answers,
 * and posts answer 403.
 */
type Answers = Partial<Record<Who, Expectation>> & { rest: Expectation }

const seeOnly = (owner: Expectation, staff: Expectation): Answers => ({
  anonymous: 'sign-in',
  contributor: owner,
  forceLead: owner,
  reviewer: staff,
  admin: staff,
  rest: 404,
})

const sectionKeys = ['organisation', 'about', 'what-you-did', 'call-questions', 'resources', 'evidence', 'sharing']

const sectionRows: Row[] = sectionKeys.flatMap((key): Row[] => [
  { method: 'GET', route: `/submissions/:id/${key}`, url: `/submissions/{DRAFT}/${key}`, expect: seeOnly(200, 302) },
  // An empty form is "Save and continue" with nothing answered: the page's own validation (400).
  { method: 'POST', route: `/submissions/:id/${key}`, url: `/submissions/{DRAFT}/${key}`, expect: seeOnly(400, 403) },
])

export const submissionMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/submit', url: '/submit', expect: 200 },
    { method: 'GET', route: '/submit/privacy-notice', url: '/submit/privacy-notice', expect: 200 },
    { method: 'GET', route: '/calls', url: '/calls', expect: 200 },
    { method: 'GET', route: '/calls/:slug', url: '/calls/voice-of-the-victim-2026', expect: 200 },
    // Starts a new draft of their own (nothing later rows use).
    { method: 'POST', route: '/submissions', url: '/submissions', expect: { anonymous: 'sign-in', rest: 302 } },
    { method: 'GET', route: '/my-submissions', url: '/my-submissions', expect: { anonymous: 'sign-in', rest: 200 } },
    { method: 'GET', route: '/submissions/:id', url: '/submissions/{DRAFT}', expect: seeOnly(200, 302) },
    ...sectionRows,
    {
      method: 'GET',
      route: '/submissions/:id/check-answers',
      url: '/submissions/{DRAFT}/check-answers',
      expect: seeOnly(200, 200),
    },
    // No version in the form: it cannot be known to be the draft they checked (409), and nothing is sent.
    { method: 'POST', route: '/submissions/:id/submit', url: '/submissions/{DRAFT}/submit', expect: seeOnly(409, 403) },
    {
      method: 'GET',
      route: '/submissions/:id/confirmation',
      url: '/submissions/{SENT_SUBMISSION}/confirmation',
      expect: seeOnly(200, 200),
    },
    {
      method: 'GET',
      route: '/submissions/:id/withdraw',
      url: '/submissions/{DRAFT}/withdraw',
      expect: seeOnly(200, 403),
    },
    // Nothing chosen on the confirmation question: 400, and it stays a draft.
    {
      method: 'POST',
      route: '/submissions/:id/withdraw',
      url: '/submissions/{DRAFT}/withdraw',
      expect: seeOnly(400, 403),
    },
    // A draft has no reviewer's comments to reply to: 409 for those who may write it.
    {
      method: 'GET',
      route: '/submissions/:id/reply',
      url: '/submissions/{DRAFT}/reply',
      expect: seeOnly(409, 403),
    },
    {
      method: 'POST',
      route: '/submissions/:id/reply',
      url: '/submissions/{DRAFT}/reply',
      expect: seeOnly(409, 403),
    },
    // Opens a change to the published practice (the force lead then finds it open): both redirect to it.
    {
      method: 'POST',
      route: '/submissions/:id/revisions',
      url: '/submissions/{PUBLISHED}/revisions',
      expect: seeOnly(302, 403),
    },
  ],
  async fixtures(db, _app, { users }) {
    const owner = { organisation: 'kent', submittedByUserId: users.contributor.id, visibility: 'internal' as const }
    const draft = await aPractice(db, {
      ...owner,
      status: 'draft',
      call: 'voice-of-the-victim-2026',
      title: 'Matrix draft',
    })
    const submitted = await aPractice(db, {
      ...owner,
      status: 'submitted',
      reference: 'PB-2026-9001',
      title: 'Matrix sent',
    })
    const published = await aPractice(db, {
      ...owner,
      status: 'published',
      visibility: 'public',
      reference: 'PB-2026-9002',
    })
    return { DRAFT: String(draft.id), SENT_SUBMISSION: String(submitted.id), PUBLISHED: String(published.id) }
  },
}
