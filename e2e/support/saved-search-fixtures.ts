import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practices } from '../../src/db/schema/index.js'
import { insertUser } from '../../src/features/accounts/repository.js'

/** A submission waiting for review whose words no other practice uses, published during the alerts journey. */
export const alertJourneyPractice = {
  reference: 'PB-2026-0961',
  title: 'Wayfinder cards for older people reporting fraud',
  word: 'wayfinder',
} as const

export async function insertAlertJourneyPractice(db: Db): Promise<void> {
  const [force] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'dorset'))
  if (!force) throw new Error('Dorset is missing')
  // A contributor of its own, so the journey leaves no trace in other journeys' demo accounts.
  const contributorId = await insertUser(db, {
    email: 'wayfinder.team@example.police.uk',
    name: 'Wayfinder Team',
    organisationId: force.id,
    passwordHash: null,
  })
  await db.insert(practices).values({
    slug: 'draft-wayfinder-cards',
    reference: alertJourneyPractice.reference,
    title: alertJourneyPractice.title,
    summary: 'Officers give older people who report fraud a card listing who will call them, when, and how to check.',
    problem: 'Older victims of fraud were called again by criminals pretending to be the police.',
    organisationId: force.id,
    submittedByUserId: contributorId,
    contactEmail: 'wayfinder.team@example.police.uk',
    submittedAt: new Date(Date.now() - 3 * 86_400_000),
    status: 'submitted',
    visibility: 'internal',
    consentPublication: 'public',
  })
}
