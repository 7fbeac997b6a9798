import { sql, type SQL } from 'drizzle-orm'
import type { VisibilityRule } from './visibility.js'

const textArray = (values: readonly string[]) => sql`${`{${values.join(',')}}`}::text[]`

/**
 * The SQL form of a visibility rule: published practice the viewer may see. `table` names the practices
 * table in the query. The catalogue's search, facets and pages and the calls' published counts all use
 * this one predicate, so their numbers cannot disagree.
 */
export function visiblePractice(rule: VisibilityRule, table: SQL = sql.raw('p')): SQL {
  const owned =
    rule.ownerUserId === null
      ? sql``
      : sql` or (${table}.visibility = 'internal' and ${table}.submitted_by_user_id = ${rule.ownerUserId})`
  return sql`${table}.status = 'published' and (${table}.visibility = any(${textArray(rule.visibilities)})${owned})`
}
