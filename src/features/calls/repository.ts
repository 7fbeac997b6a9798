import { asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls } from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'

/**
 * The two numbers a call shows, counted in one place:
 * - received: every submission sent in answer to the call, whatever became of it (drafts are not sent);
 * - published: the published practice answering the call that this viewer may see — the same rows the
 *   catalogue's "Call for practice" filter counts for them.
 */
function callCounts(rule: VisibilityRule) {
  // Spelt out in full: Drizzle writes ${calls.id} as a bare "id" in a one-table select, which inside the
  // subquery means the practice's own id (the old count compared call_id with p.id and found 1).
  const callId = sql.raw('"calls"."id"')
  return {
    submissionsReceived: sql<number>`(select count(*)::int from practices p
      where p.call_id = ${callId} and p.submitted_at is not null)`,
    practicePublished: sql<number>`(select count(*)::int from practices p
      where p.call_id = ${callId} and ${visiblePractice(rule)})`,
  }
}

const callColumns = {
  id: calls.id,
  slug: calls.slug,
  title: calls.title,
  theme: calls.theme,
  guidance: calls.guidance,
  year: calls.year,
  opensOn: calls.opensOn,
  closesOn: calls.closesOn,
  questions: calls.questions,
  /** the topics the call is about, with their labels, in the taxonomy's order */
  topics: sql<
    { key: string; label: string }[]
  >`(select coalesce(json_agg(json_build_object('key', t.key, 'label', t.label)
      order by t.position), '[]'::json) from taxonomy_terms t
    where t.taxonomy = 'topic' and t.key = any(${sql.raw('"calls"."topics"')}))`,
}

async function selectCalls(db: Db, rule: VisibilityRule, where?: SQL) {
  return db
    .select({ ...callColumns, ...callCounts(rule) })
    .from(calls)
    .where(where)
    .orderBy(desc(calls.closesOn), asc(calls.title))
}

export type CallWithCounts = Awaited<ReturnType<typeof selectCalls>>[number]

export async function findCallsWithCounts(db: Db, rule: VisibilityRule): Promise<CallWithCounts[]> {
  return selectCalls(db, rule)
}

export async function findCallBySlug(db: Db, slug: string, rule: VisibilityRule): Promise<CallWithCounts | null> {
  const [row] = await selectCalls(db, rule, eq(calls.slug, slug))
  return row ?? null
}
