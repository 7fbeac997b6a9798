import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { calls, organisations, practices } from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'

// Every column but the search vector, which no export carries and which doubles a row's size.
const { search: _search, ...practiceColumns } = getTableColumns(practices)

const selection = {
  practice: practiceColumns,
  organisation: { code: organisations.code, name: organisations.name, region: organisations.region },
  call: { slug: calls.slug, title: calls.title, year: calls.year },
}

function selectRows(db: Db, condition: SQL | undefined) {
  return db
    .select(selection)
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .leftJoin(calls, eq(calls.id, practices.callId))
    .where(condition)
}

export type ExportSourceRow = Awaited<ReturnType<typeof selectRows>>[number]

/**
 * One page of an export: the practice with these ids, in the order of `ids`, leaving out any the rule
 * no longer lets the viewer see (one withdrawn while a long download runs), so an export of any size
 * holds one page of rows at a time and never more than the viewer may read.
 */
export async function findExportPage(db: Db, ids: readonly number[], rule: VisibilityRule): Promise<ExportSourceRow[]> {
  if (ids.length === 0) return []
  const rows = await selectRows(db, and(inArray(practices.id, [...ids]), visiblePractice(rule, sql.raw('"practices"'))))
  const byId = new Map(rows.map((row) => [row.practice.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Every practice the rule lets a viewer see, as ids in id order: the open-data files' rows. */
export async function findVisibleIds(db: Db, rule: VisibilityRule): Promise<number[]> {
  const [row] = await queryRows<{ ids: number[] }>(
    db,
    sql`select coalesce(json_agg(p.id order by p.id), '[]'::json) as ids from practices p where ${visiblePractice(rule)}`,
  )
  return row?.ids ?? []
}

/** The most recently published of the practice in `matched`, newest first: a feed's entries. */
export async function findNewestMatched(db: Db, matched: SQL, limit: number): Promise<ExportSourceRow[]> {
  return selectRows(db, sql`${practices.id} in (select matched.id from ${matched} matched)`)
    .orderBy(sql`${practices.publishedAt} desc nulls last`, desc(practices.id))
    .limit(limit)
}
