import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { practices, users } from '../../src/db/schema/index.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** a submitted practice of the demo contributor's, for the theory-of-change journey alone */
    tocPracticeId: number
    /** a published practice of the demo contributor's, whose theory of change the journey shows */
    tocPublishedId: number
  }
}

export const tocJourneyReference = 'PB-2026-0971'
export const tocJourneyPracticeTitle = 'Street triage cars for people in mental health crisis'

/** A practice the demo contributor has submitted for review, with no theory of change yet. */
export async function insertTheoryOfChangeJourneyPractice(db: Db, email: string): Promise<number> {
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email))
  if (!user?.organisationId) throw new Error(`no demo user ${email} with an organisation`)
  const [row] = await db
    .insert(practices)
    .values({
      slug: `street-triage-cars-${user.id}`,
      reference: tocJourneyReference,
      title: tocJourneyPracticeTitle,
      summary: 'A mental health nurse rides with an officer, so people in crisis get care rather than a cell.',
      organisationId: user.organisationId,
      submittedByUserId: user.id,
      status: 'submitted',
      visibility: 'internal',
      submittedAt: new Date('2026-10-01T09:00:00Z'),
    })
    .returning({ id: practices.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}

/** A published public practice of the demo contributor's, with no theory of change yet. */
export const tocPublishedSlug = 'harbour-watch-volunteer-quayside-patrols'

export async function insertTheoryOfChangePublishedPractice(db: Db, email: string): Promise<number> {
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email))
  if (!user?.organisationId) throw new Error(`no demo user ${email} with an organisation`)
  const [row] = await db
    .insert(practices)
    .values({
      slug: tocPublishedSlug,
      reference: 'PB-2026-0972',
      title: 'Harbour watch: volunteer quayside patrols at night',
      summary:
        'Fishermen and volunteers walk the quay with an officer on the nights thefts from boats are most likely.',
      organisationId: user.organisationId,
      submittedByUserId: user.id,
      status: 'published',
      visibility: 'public',
      consentPublication: 'public',
      submittedAt: new Date('2026-06-01T09:00:00Z'),
      publishedAt: new Date('2026-07-01T09:00:00Z'),
    })
    .returning({ id: practices.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}
