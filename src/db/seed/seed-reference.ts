import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { calls, organisations, taxonomyTerms } from '../schema/index.js'
import { callSeeds, organisations as organisationSeeds, taxonomies } from './reference-data.js'
import { seedAssessmentCriteria } from './seed-criteria.js'
import { seedToolkitSamples } from './toolkit-samples.js'

/** Inserts or refreshes the reference data. Idempotent: safe at every start. */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values([...organisationSeeds])
      .onConflictDoUpdate({
        target: organisations.code,
        set: { name: sql`excluded.name`, kind: sql`excluded.kind`, region: sql`excluded.region` },
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
        // Until admins can edit calls, the wording of the seeded ones is ours to refresh.
        set: { theme: sql`excluded.theme`, guidance: sql`excluded.guidance`, questions: sql`excluded.questions` },
      })

    await seedAssessmentCriteria(tx)
    await seedToolkitSamples(tx)
  })
}
