import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls } from '../../db/schema/index.js'

/** Submissions sent in answer to the call (drafts and withdrawn ones are not counted). */
const submissionCount = sql<number>`(select count(*)::int from practices p where p.call_id = ${calls.id}
  and p.submitted_at is not null and p.status <> 'withdrawn')`

export async function findCallsWithCounts(db: Db) {
  return db
    .select({
      id: calls.id,
      slug: calls.slug,
      title: calls.title,
      theme: calls.theme,
      year: calls.year,
      opensOn: calls.opensOn,
      closesOn: calls.closesOn,
      submissions: submissionCount,
    })
    .from(calls)
    .orderBy(desc(calls.closesOn), asc(calls.title))
}

export async function findCallBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      id: calls.id,
      slug: calls.slug,
      title: calls.title,
      theme: calls.theme,
      guidance: calls.guidance,
      year: calls.year,
      opensOn: calls.opensOn,
      closesOn: calls.closesOn,
      questions: calls.questions,
      submissions: submissionCount,
    })
    .from(calls)
    .where(eq(calls.slug, slug))
  return row ?? null
}
