import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practices } from '../../src/db/schema/index.js'

/** A practice under review that needs two independent assessments, for e2e/assessment.spec.ts. */
export const assessedPractice = {
  reference: 'PB-2026-0900',
  title: 'Joint triage of missing-person reports with the mental health crisis team',
} as const

/** Practice the assessment journey needs that the demo data does not have: one under review, with a reference. */
export async function insertAssessmentFixtures(db: Db): Promise<void> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, 'lancashire'))
  if (!organisation) throw new Error('no Lancashire Constabulary in the reference data')
  const submittedAt = new Date(Date.now() - 20 * 86_400_000)
  await db
    .insert(practices)
    .values({
      slug: 'e2e-assessed-practice',
      reference: assessedPractice.reference,
      title: assessedPractice.title,
      summary: 'Call handlers and crisis practitioners review new missing-person reports together within an hour.',
      organisationId: organisation.id,
      status: 'in_review',
      visibility: 'internal',
      consentPublication: 'policing',
      assessmentsRequired: 2,
      submittedAt,
      createdAt: submittedAt,
    })
    .onConflictDoNothing({ target: practices.slug })
}
