import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { aPractice } from '../support/factories.js'
import { adminOnly, staffOnly, type MatrixSection } from './types.js'

/** Routes of assessment against the rubric (src/features/assessment). */
export const assessmentMatrix: MatrixSection = {
  rows: [
    {
      method: 'GET',
      route: '/review/:reference/assessment',
      url: '/review/{ASSESSED}/assessment',
      expect: staffOnly(200),
    },
    // Empty forms: scores missing, version missing, nothing chosen: all refused with 400, nothing changed.
    {
      method: 'POST',
      route: '/review/:reference/assessment',
      url: '/review/{ASSESSED}/assessment',
      expect: staffOnly(400),
    },
    {
      method: 'POST',
      route: '/review/:reference/assessment/required',
      url: '/review/{ASSESSED}/assessment/required',
      expect: staffOnly(400),
    },
    {
      method: 'POST',
      route: '/review/:reference/assessment/consensus',
      url: '/review/{ASSESSED}/assessment/consensus',
      expect: staffOnly(400),
    },
    {
      method: 'POST',
      route: '/review/:reference/assessment/shortlist',
      url: '/review/{ASSESSED}/assessment/shortlist',
      expect: staffOnly(400),
    },
    { method: 'GET', route: '/review/assessments', url: '/review/assessments', expect: staffOnly(200) },
    { method: 'GET', route: '/review/due', url: '/review/due', expect: staffOnly(200) },
    { method: 'POST', route: '/review/due', url: '/review/due', expect: staffOnly(400) },
    { method: 'GET', route: '/admin/criteria', url: '/admin/criteria', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/criteria/new', url: '/admin/criteria/new', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/criteria/new', url: '/admin/criteria/new', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/criteria/:id', url: '/admin/criteria/{CRITERION}', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/criteria/:id', url: '/admin/criteria/{CRITERION}', expect: adminOnly(400) },
  ],
  async fixtures(db, _app, people) {
    await aPractice(db, {
      status: 'in_review',
      reference: 'PB-2026-7101',
      submittedByUserId: people.users.contributor.id,
      values: { assessmentsRequired: 2 },
    })
    const [criterion] = await queryRows<{ id: number }>(
      db,
      sql`select id from assessment_criteria where key = 'innovation'`,
    )
    return { ASSESSED: 'PB-2026-7101', CRITERION: String(criterion?.id ?? 0) }
  },
}
