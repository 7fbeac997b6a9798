import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'

/**
 * Counts for the insight pages. Every function takes `matched`, a subquery of matched practice from the
 * catalogue (CatalogueService.matchedSet), so each figure counts exactly what the search would find.
 */

export type BreakdownName = 'purpose' | 'topic' | 'outcome' | 'stage' | 'region' | 'organisation' | 'call'

export interface Breakdown {
  name: BreakdownName
  /** a term or organisation id, a call id or a region key, as text */
  value: string
  n: number
}

const arrayColumns: Partial<Record<BreakdownName, SQL>> = {
  purpose: sql`m.purpose_ids`,
  topic: sql`m.topic_ids`,
}
const scalarColumns: Partial<Record<BreakdownName, SQL>> = {
  outcome: sql`m.outcome_id`,
  stage: sql`m.stage_id`,
  region: sql`m.region`,
  organisation: sql`m.organisation_id`,
  call: sql`m.call_id`,
}

/** How many matched practice examples have each purpose, topic, outcome, stage, region, organisation and call. */
export async function countBreakdowns(db: Db, matched: SQL): Promise<Breakdown[]> {
  const parts = [
    ...Object.entries(arrayColumns).map(
      ([name, column]) =>
        sql`select ${name}::text as name, v::text as value, count(*)::int as n from m, unnest(${column}) v group by v`,
    ),
    ...Object.entries(scalarColumns).map(
      ([name, column]) =>
        sql`select ${name}::text as name, ${column}::text as value, count(*)::int as n from m where ${column} is not null group by ${column}`,
    ),
  ]
  return queryRows<Breakdown>(db, sql`with m as ${matched} ${sql.join(parts, sql` union all `)}`)
}

export async function countByStatus(db: Db, matched: SQL): Promise<{ status: string; n: number }[]> {
  return queryRows(db, sql`select status, count(*)::int as n from ${matched} m group by status`)
}

/** Matched submissions by the month they were sent in (London time), oldest first. */
export async function countByMonthSubmitted(db: Db, matched: SQL): Promise<{ month: string; n: number }[]> {
  return queryRows(
    db,
    sql`select to_char(submitted_at at time zone 'Europe/London', 'YYYY-MM') as month, count(*)::int as n
        from ${matched} m where submitted_at is not null group by 1 order by 1`,
  )
}

export interface TurnaroundRow {
  month: string
  n: number
  median: number
  p90: number
}

const days = (later: SQL) => sql`extract(epoch from (${later} - m.submitted_at)) / 86400.0`

/** Days from submission to `later` (decided_at or published_at) by the month of `later`, with median and 90th percentile. */
export async function turnaroundByMonth(db: Db, matched: SQL, later: 'decided_at' | 'published_at') {
  const column = sql.raw(`m.${later}`)
  return queryRows<TurnaroundRow>(
    db,
    sql`select to_char(${column} at time zone 'Europe/London', 'YYYY-MM') as month, count(*)::int as n,
               percentile_cont(0.5) within group (order by ${days(column)})::float8 as median,
               percentile_cont(0.9) within group (order by ${days(column)})::float8 as p90
        from ${matched} m where ${column} is not null and m.submitted_at is not null and ${column} >= m.submitted_at
        group by 1 order by 1`,
  )
}

/** Submissions waiting for a reviewer or for their contributor now, and how long they have waited. */
export async function queueAge(db: Db, matched: SQL) {
  const [row] = await queryRows<{ n: number; median: number | null; p90: number | null; oldest: number | null }>(
    db,
    sql`select count(*)::int as n,
               percentile_cont(0.5) within group (order by ${days(sql`now()`)})::float8 as median,
               percentile_cont(0.9) within group (order by ${days(sql`now()`)})::float8 as p90,
               max(${days(sql`now()`)})::float8 as oldest
        from ${matched} m where m.status in ('submitted', 'in_review', 'changes_requested')`,
  )
  return row ?? { n: 0, median: null, p90: null, oldest: null }
}

/** Every force with how many matched submissions it sent to the call: forces that sent none included. */
export async function responsesByForce(db: Db, matched: SQL, callId: number) {
  return queryRows<{ code: string; name: string; region: string | null; n: number }>(
    db,
    sql`select o.code, o.name, o.region, count(m.id)::int as n
        from organisations o left join ${matched} m on m.organisation_id = o.id and m.call_id = ${callId}
        where o.kind = 'force' group by o.id, o.code, o.name, o.region order by count(m.id) desc, o.name`,
  )
}

export interface ListedPractice {
  slug: string
  title: string
  summary: string
  organisation: string
  visibility: string
  outcomeId: number | null
  publishedAt: string | null
  viewCount: number
}

const listed = sql`m.slug, m.title, m.summary, o.name as organisation, m.visibility, m.outcome_id as "outcomeId",
  to_char(m.published_at at time zone 'Europe/London', 'YYYY-MM-DD') as "publishedAt", m.view_count as "viewCount"`

export async function mostViewed(db: Db, matched: SQL, limit: number): Promise<ListedPractice[]> {
  return queryRows(
    db,
    sql`select ${listed} from ${matched} m join organisations o on o.id = m.organisation_id
        order by m.view_count desc, m.published_at desc nulls last, m.id desc limit ${limit}`,
  )
}

export async function newestFirst(db: Db, matched: SQL, where: SQL, limit: number): Promise<ListedPractice[]> {
  return queryRows(
    db,
    sql`select ${listed} from ${matched} m join organisations o on o.id = m.organisation_id
        where ${where} order by m.published_at desc nulls last, m.id desc limit ${limit}`,
  )
}

/** For the briefing: how many matched examples the contributors agreed may be discussed with government. */
export async function countGovernmentConsent(db: Db, matched: SQL) {
  const [row] = await queryRows<{ agreed: number; total: number }>(
    db,
    sql`select count(*) filter (where consent_government is true)::int as agreed, count(*)::int as total from ${matched} m`,
  )
  return row ?? { agreed: 0, total: 0 }
}

/** Topic and region pairs that have matched practice, for finding the pairs that have none. */
export async function topicRegionPairs(db: Db, matched: SQL) {
  return queryRows<{ topicId: number; region: string; n: number }>(
    db,
    sql`select t as "topicId", m.region, count(*)::int as n from ${matched} m, unnest(m.topic_ids) t
        where m.region is not null group by t, m.region`,
  )
}

/** The matched rows narrowed by a condition on them, as a new matched subquery. */
export const narrowed = (matched: SQL, where: SQL): SQL => sql`(select * from ${matched} m where ${where})`
