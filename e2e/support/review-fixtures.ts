import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practiceEvents, practiceRevisions, practices } from '../../src/db/schema/index.js'
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

/**
 * A loopback-only helper for the journey to stand in for the contributor's own pages: POST
 * /resubmit/:reference sends practice back to the reviewers as the contributor would after making changes.
 */
export async function startReviewFixtureServer(db: Db): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const match = /^\/resubmit\/(PB-\d{4}-\d{4})$/.exec(request.url ?? '')
    if (request.method !== 'POST' || !match?.[1]) {
      response.writeHead(404).end()
      return
    }
    const reference = match[1]
    void db
      .transaction(async (tx) => {
        const [row] = await tx
          .update(practices)
          .set({ status: 'submitted', version: sql`${practices.version} + 1` })
          .where(eq(practices.reference, reference))
          .returning()
        if (!row) throw new Error(`no practice ${reference}`)
        await tx
          .insert(practiceEvents)
          .values({ practiceId: row.id, kind: 'resubmitted', actorUserId: row.submittedByUserId })
      })
      .then(
        () => response.writeHead(204).end(),
        () => response.writeHead(500).end(),
      )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
