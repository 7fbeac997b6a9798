import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { practices, practiceToolkitLinks, taxonomyTerms, toolkitEntries } from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'

/** Terms of every taxonomy in use, in their order; retired terms are left out. */
export function findLiveTerms(db: Db) {
  return db
    .select({ taxonomy: taxonomyTerms.taxonomy, key: taxonomyTerms.key, label: taxonomyTerms.label })
    .from(taxonomyTerms)
    .where(isNull(taxonomyTerms.retiredAt))
    .orderBy(asc(taxonomyTerms.taxonomy), asc(taxonomyTerms.position), asc(taxonomyTerms.id))
}

const practiceCount = (rule: VisibilityRule) =>
  sql<number>`(select count(*)::int from practice_toolkit_links l join practices p on p.id = l.practice_id
    where l.toolkit_entry_id = ${sql.raw('"toolkit_entries"."id"')} and ${visiblePractice(rule)})`

/** Toolkit entries with how many practices this viewer may see link to each; retired ones only when asked. */
export function findToolkitEntries(db: Db, rule: VisibilityRule, includeRetired: boolean) {
  return db
    .select({ entry: toolkitEntries, practiceCount: practiceCount(rule) })
    .from(toolkitEntries)
    .where(includeRetired ? undefined : isNull(toolkitEntries.retiredAt))
    .orderBy(sql`lower(${toolkitEntries.title})`, asc(toolkitEntries.id))
}

export async function findToolkitEntry(db: Db, slug: string, rule: VisibilityRule) {
  const [row] = await db
    .select({ entry: toolkitEntries, practiceCount: practiceCount(rule) })
    .from(toolkitEntries)
    .where(eq(toolkitEntries.slug, slug))
  return row ?? null
}

/** The published practice linked to an entry that this viewer may see. */
export function findLinkedPractice(db: Db, entryId: number, rule: VisibilityRule) {
  return db
    .select({ slug: practices.slug, title: practices.title, note: practiceToolkitLinks.note })
    .from(practiceToolkitLinks)
    .innerJoin(practices, eq(practices.id, practiceToolkitLinks.practiceId))
    .where(and(eq(practiceToolkitLinks.toolkitEntryId, entryId), visiblePractice(rule, sql.raw('"practices"'))))
    .orderBy(sql`${practices.publishedAt} desc nulls last`, asc(practices.id))
}
