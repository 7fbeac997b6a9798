import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practiceRevisions, practices } from '../../src/db/schema/index.js'
import { insertUser } from '../../src/features/accounts/repository.js'
import { contentOf } from '../../src/features/submissions/content.js'

/** The practice the review journey works on; its contributor agreed to publication to policing only. */
export const journeyPractice = {
  reference: 'PB-2026-0901',
  title: 'Harbour watch for people at risk near the water',
  organisation: 'cumbria',
} as const

/** Published practice with a change waiting, for the comparison page. */
export const revisedPractice = { reference: 'PB-2026-0902', title: 'Lakeside quiet rooms for child witnesses' } as const

export const journeyContributorEmail = 'harbour.watch@example.police.uk'

async function organisationIdOf(db: Db, code: string): Promise<number> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code))
  if (!row) throw new Error(`no organisation ${code}`)
  return row.id
}

/** Inserts what the contributor's journey would have left: a submitted practice, and a published one with a revision. */
export async function insertReviewJourneyPractice(db: Db): Promise<void> {
  const organisationId = await organisationIdOf(db, journeyPractice.organisation)
  // A contributor of its own, so the audit trail of review does not show in other journeys' demo users.
  const contributorId = await insertUser(db, {
    email: journeyContributorEmail,
    name: 'Harbour Watch Team',
    organisationId,
    passwordHash: null,
  })
  const common = {
    organisationId,
    submittedByUserId: contributorId,
    contactEmail: journeyContributorEmail,
    submittedAt: new Date(Date.now() - 6 * 86_400_000),
  }
  await db.insert(practices).values({
    ...common,
    slug: 'draft-review-journey',
    reference: journeyPractice.reference,
    title: journeyPractice.title,
    summary: 'Officers and volunteers patrol the harbour at night and talk to people who seem at risk of harm.',
    problem: 'People in crisis were coming to harm near the harbour at night.',
    status: 'submitted',
    visibility: 'internal',
    consentPublication: 'policing',
  })
  const [published] = await db
    .insert(practices)
    .values({
      ...common,
      slug: 'lakeside-quiet-rooms-for-child-witnesses',
      reference: revisedPractice.reference,
      title: revisedPractice.title,
      summary: 'Children give evidence from a quiet room near the lake instead of a police station.',
      status: 'published',
      visibility: 'public',
      consentPublication: 'public',
      publishedAt: new Date(Date.now() - 30 * 86_400_000),
      contentUpdatedAt: new Date(Date.now() - 30 * 86_400_000),
    })
    .returning()
  if (!published) throw new Error('insert returned nothing')
  await db.insert(practiceRevisions).values({
    practiceId: published.id,
    number: 1,
    status: 'submitted',
    content: {
      ...contentOf(published),
      summary: 'Children and young witnesses give evidence from a calm room near the lake, with a supporter.',
    },
    createdByUserId: contributorId,
    submittedAt: new Date(),
  })
}
