import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practices } from '../../src/db/schema/index.js'

/** Words only this practice uses, so the journey can find it in the list. */
export const evaluationJourneyPracticeTitle = 'Lantern walks: night-time safety audits led by women residents'
export const evaluationJourneyLeadEmail = 'lantern.walks.lead@demo.example.org'

/**
 * A published public practice, shortlisted for evaluation, whose contributor agreed to be introduced to
 * researchers but not to show their address: the academic finds it first, and sees the lead's address
 * only once a reviewer accepts the introduction.
 */
export async function insertEvaluationJourneyPractice(db: Db): Promise<void> {
  const [force] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'sussex'))
  if (!force) throw new Error('Sussex is missing')
  await db
    .insert(practices)
    .values({
      slug: 'lantern-walks-night-time-safety-audits',
      reference: 'PB-2026-0777',
      title: evaluationJourneyPracticeTitle,
      summary: 'Women who live in the town centre walk it at night with officers and the council, and agree fixes.',
      organisationId: force.id,
      status: 'published',
      visibility: 'public',
      consentPublication: 'public',
      consentResearch: true,
      consentShowContact: false,
      shortlisted: true,
      contactName: 'Casey Lantern',
      contactEmail: evaluationJourneyLeadEmail,
      submittedAt: new Date('2025-09-01T10:00:00Z'),
      publishedAt: new Date('2025-10-01T10:00:00Z'),
    })
    .onConflictDoNothing()
}
