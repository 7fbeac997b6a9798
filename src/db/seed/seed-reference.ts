import { createHash } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { calls, organisations, startupState, taxonomyTerms } from '../schema/index.js'
import { callSeeds, organisations as organisationSeeds, taxonomies } from './reference-data.js'
import { criterionSeeds, seedAssessmentCriteria } from './seed-criteria.js'
import { seedToolkitSamples, toolkitSamples } from './toolkit-samples.js'

/** Inserts or refreshes the reference data. Idempotent: safe at every start. */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values([...organisationSeeds])
      .onConflictDoUpdate({
        target: organisations.code,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          region: sql`excluded.region`,
          shortNames: sql`excluded.short_names`,
          sizeBand: sql`excluded.size_band`,
        },
      })

    const terms = Object.entries(taxonomies).flatMap(([taxonomy, entries]) =>
      entries.map(([key, label], position) => ({ taxonomy, key, label, position })),
    )
    await tx
      .insert(taxonomyTerms)
      .values(terms)
      .onConflictDoUpdate({
        target: [taxonomyTerms.taxonomy, taxonomyTerms.key],
        // Labels and order are ours to refresh; admins' later edits to topics will live in their own columns.
        set: { label: sql`excluded.label`, position: sql`excluded.position` },
      })

    await tx
      .insert(calls)
      .values(callSeeds.map((call) => ({ ...call })))
      .onConflictDoUpdate({
        target: calls.slug,
        // The theme and guidance of the seeded calls are ours to refresh; their questions are the admins'
        // (the question builder, issue 14), so a new seed never undoes their changes or versions.
        set: { theme: sql`excluded.theme`, guidance: sql`excluded.guidance` },
      })

    await seedAssessmentCriteria(tx)
    await seedToolkitSamples(tx)
  })
}

const CHECKSUM_KEY = 'reference-data-sha256'

/**
 * A digest of everything the reference seed writes and of the code that writes it, so a change to
 * either (a new force, a reworded call, a new upsert rule) is seeded at the next start.
 */
export function referenceDataChecksum(): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        organisationSeeds,
        taxonomies,
        callSeeds,
        criterionSeeds,
        toolkitSamples,
        [seedReferenceData.toString(), seedAssessmentCriteria.toString(), seedToolkitSamples.toString()],
      ]),
    )
    .digest('hex')
}

/** Seeds the reference data only when its checksum differs from the one last seeded; true when it seeded. */
export async function seedReferenceDataIfChanged(db: Db): Promise<boolean> {
  const checksum = referenceDataChecksum()
  const [stored] = await db
    .select({ value: startupState.value })
    .from(startupState)
    .where(eq(startupState.key, CHECKSUM_KEY))
  if (stored?.value === checksum) return false
  await seedReferenceData(db)
  await db
    .insert(startupState)
    .values({ key: CHECKSUM_KEY, value: checksum })
    .onConflictDoUpdate({ target: startupState.key, set: { value: checksum, updatedAt: sql`now()` } })
  return true
}
