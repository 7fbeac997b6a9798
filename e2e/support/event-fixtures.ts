import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practices, users } from '../../src/db/schema/index.js'

/** Words only this practice uses, so the journey can find its checkbox. */
export const eventJourneyPracticeTitle = 'Lamplighter cafés where survivors brief neighbourhood teams'

/**
 * A published public practice whose contributor (the demo partner contributor) agreed to be shown at
 * learning events, so the event journey can showcase it and the contributor can answer the invitation.
 */
export async function insertEventJourneyPractice(db: Db, contributorEmail: string): Promise<void> {
  const [contributor] = await db.select({ id: users.id }).from(users).where(eq(users.email, contributorEmail))
  const [force] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'durham'))
  if (!contributor || !force) throw new Error('the demo contributor or Durham is missing')
  await db
    .insert(practices)
    .values({
      slug: 'lamplighter-cafes-survivors-brief-neighbourhood-teams',
      title: eventJourneyPracticeTitle,
      summary: 'Survivors of domestic abuse meet neighbourhood officers in a café once a month to say what helps.',
      organisationId: force.id,
      status: 'published',
      visibility: 'public',
      consentPublication: 'public',
      consentEvents: true,
      submittedByUserId: contributor.id,
      submittedAt: new Date('2025-05-01T10:00:00Z'),
      publishedAt: new Date('2025-06-01T10:00:00Z'),
    })
    .onConflictDoNothing()
}
