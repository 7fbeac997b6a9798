import { eq, inArray } from 'drizzle-orm'
import { slugify } from '../../features/catalogue/slug.js'
import type { Db } from '../client.js'
import { practices, practiceToolkitLinks, toolkitEntries } from '../schema/index.js'

/** Demo practice linked to the sample Toolkit entries, each with a reviewer's note, so the evidence shows. */
export const demoToolkitLinks: readonly { practice: string; entry: string; note: string }[] = [
  {
    practice: 'Intensive case management for high-harm domestic abuse perpetrators',
    entry: 'sample-domestic-abuse-perpetrator-programmes',
    note: 'Works directly with perpetrators to change behaviour, as the programmes in this entry do, with closer case management around them.',
  },
  {
    practice: 'Mental health practitioners in the control room for crisis calls',
    entry: 'sample-street-triage-mental-health',
    note: 'The same idea as street triage, with the mental health practitioner advising from the control room rather than at the scene.',
  },
  {
    practice: 'Youth workers in emergency departments diverting young people from violence',
    entry: 'sample-focused-deterrence',
    note: 'Shares the offer of a real route out of violence; it reaches young people at the hospital bedside rather than at a call-in.',
  },
  {
    practice: 'Daily tasking against repeat stalking and domestic abuse suspects',
    entry: 'sample-hot-spots-policing',
    note: 'Concentrates police time on the few people causing most harm, as hot spots patrols concentrate it on the few places.',
  },
]

/** Adds the demo links whose practice and entry are both there; links already made are left as they are. */
export async function insertDemoToolkitLinks(db: Db): Promise<number> {
  const demo = await db
    .select({ id: practices.id, slug: practices.slug })
    .from(practices)
    .where(eq(practices.isDemo, true))
  const entries = await db
    .select({ id: toolkitEntries.id, slug: toolkitEntries.slug })
    .from(toolkitEntries)
    .where(
      inArray(
        toolkitEntries.slug,
        demoToolkitLinks.map((l) => l.entry),
      ),
    )
  const practiceBySlug = new Map(demo.map((p) => [p.slug, p.id]))
  const entryBySlug = new Map(entries.map((e) => [e.slug, e.id]))
  const rows = demoToolkitLinks.flatMap((link) => {
    const practiceId = practiceBySlug.get(slugify(link.practice))
    const toolkitEntryId = entryBySlug.get(link.entry)
    return practiceId && toolkitEntryId ? [{ practiceId, toolkitEntryId, note: link.note }] : []
  })
  if (rows.length === 0) return 0
  const inserted = await db.insert(practiceToolkitLinks).values(rows).onConflictDoNothing().returning()
  return inserted.length
}
