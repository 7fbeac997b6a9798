import { and, asc, desc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls, organisations, practices } from '../../db/schema/index.js'

// Every column but the search vector, which no export carries and which doubles a row's size.
const { search: _search, ...practiceColumns } = getTableColumns(practices)

const selection = {
  practice: practiceColumns,
  organisation: { code: organisations.code, name: organisations.name, region: organisations.region },
  call: { slug: calls.slug, title: calls.title, year: calls.year },
}

function selectMatched(db: Db, matched: SQL, condition: SQL | undefined) {
  return db
    .select(selection)
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .leftJoin(calls, eq(calls.id, practices.callId))
    .where(and(sql`${practices.id} in (select matched.id from ${matched} matched)`, condition))
}

export type ExportSourceRow = Awaited<ReturnType<typeof selectMatched>>[number]

/**
 * One keyset page of the practice in `matched` (a subquery with an `id` column): the next `limit`
 * after `afterId`, in id order, so an export of any size holds one page at a time.
 */
export async function findExportPage(db: Db, matched: SQL, afterId: number, limit: number): Promise<ExportSourceRow[]> {
  return selectMatched(db, matched, gt(practices.id, afterId)).orderBy(asc(practices.id)).limit(limit)
}

/** The most recently published of the practice in `matched`, newest first: a feed's entries. */
export async function findNewestMatched(db: Db, matched: SQL, limit: number): Promise<ExportSourceRow[]> {
  return selectMatched(db, matched, undefined)
    .orderBy(sql`${practices.publishedAt} desc nulls last`, desc(practices.id))
    .limit(limit)
}
