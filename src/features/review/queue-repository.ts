import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'

export type QueueTab = 'waiting' | 'revisions' | 'decided'
export const waitingStatuses = ['submitted', 'imported', 'in_review', 'changes_requested'] as const
export type WaitingStatus = (typeof waitingStatuses)[number]

export interface QueueFilters {
  tab: QueueTab
  status: WaitingStatus | null
  callId: number | null
  organisationId: number | null
  region: string | null
  topicId: number | null
  /** a reviewer's id, or 'unassigned' */
  assignee: number | 'unassigned' | null
  /** waiting at least this many days */
  minDays: number | null
}

export interface QueueRow {
  id: number
  reference: string
  title: string
  status: string
  organisationName: string
  assignedToUserId: number | null
  assigneeName: string | null
  version: number
  waitingSince: string | null
  daysWaiting: number | null
  revisionNumber: number | null
  decidedAt: string | null
}

/** How many days `since` is before now, in whole days. */
const daysSince = (since: SQL) => sql`floor(extract(epoch from (now() - ${since})) / 86400)::int`

function filterConditions(f: QueueFilters, since: SQL): SQL {
  const conditions: SQL[] = [sql`true`]
  if (f.callId) conditions.push(sql`p.call_id = ${f.callId}`)
  if (f.organisationId) conditions.push(sql`p.organisation_id = ${f.organisationId}`)
  if (f.region) conditions.push(sql`o.region = ${f.region}`)
  if (f.topicId) conditions.push(sql`${f.topicId} = any(p.topic_ids)`)
  if (f.assignee === 'unassigned') conditions.push(sql`p.assigned_to_user_id is null`)
  else if (f.assignee) conditions.push(sql`p.assigned_to_user_id = ${f.assignee}`)
  if (f.minDays !== null) conditions.push(sql`${daysSince(since)} >= ${f.minDays}`)
  return sql.join(conditions, sql` and `)
}

/** The queue, oldest first: practice waiting for a decision, changes to published practice, or recent decisions. */
export async function findQueue(db: Db, f: QueueFilters, limit = 200): Promise<QueueRow[]> {
  if (f.tab === 'revisions') {
    const since = sql`r.submitted_at`
    return queryRows<QueueRow>(
      db,
      sql`select p.id, p.reference, p.title, p.status, o.name as "organisationName",
                 p.assigned_to_user_id as "assignedToUserId", u.name as "assigneeName", p.version,
                 ${since} as "waitingSince", ${daysSince(since)} as "daysWaiting", r.number as "revisionNumber",
                 p.decided_at as "decidedAt"
          from practice_revisions r
          join practices p on p.id = r.practice_id
          join organisations o on o.id = p.organisation_id
          left join users u on u.id = p.assigned_to_user_id
          where r.status = 'submitted' and p.reference is not null and ${filterConditions(f, since)}
          order by ${since} asc nulls last, r.id asc limit ${limit}`,
    )
  }
  if (f.tab === 'decided') {
    const since = sql`p.decided_at`
    return queryRows<QueueRow>(
      db,
      sql`select p.id, p.reference, p.title, p.status, o.name as "organisationName",
                 p.assigned_to_user_id as "assignedToUserId", u.name as "assigneeName", p.version,
                 p.submitted_at as "waitingSince", null as "daysWaiting", null as "revisionNumber",
                 p.decided_at as "decidedAt"
          from practices p
          join organisations o on o.id = p.organisation_id
          left join users u on u.id = p.assigned_to_user_id
          where p.reference is not null and p.decided_at > now() - interval '30 days'
            and p.status in ('published', 'rejected', 'archived') and ${filterConditions({ ...f, minDays: null }, since)}
          order by p.decided_at desc limit ${limit}`,
    )
  }
  const since = sql`p.submitted_at`
  const statuses = f.status ? [f.status] : [...waitingStatuses]
  return queryRows<QueueRow>(
    db,
    sql`select p.id, p.reference, p.title, p.status, o.name as "organisationName",
               p.assigned_to_user_id as "assignedToUserId", u.name as "assigneeName", p.version,
               ${since} as "waitingSince", ${daysSince(since)} as "daysWaiting", null as "revisionNumber",
               p.decided_at as "decidedAt"
        from practices p
        join organisations o on o.id = p.organisation_id
        left join users u on u.id = p.assigned_to_user_id
        where p.reference is not null and p.status = any(${`{${statuses.join(',')}}`}::text[])
          and ${filterConditions(f, since)}
        order by ${since} asc nulls last, p.id asc limit ${limit}`,
  )
}

export interface QueueCounts {
  submitted: number
  imported: number
  in_review: number
  changes_requested: number
  revisions: number
  decided: number
}

/** How many wait in each status, before filters. */
export async function countQueue(db: Db): Promise<QueueCounts> {
  const [row] = await queryRows<QueueCounts>(
    db,
    sql`select
          count(*) filter (where status = 'submitted')::int as submitted,
          count(*) filter (where status = 'imported')::int as imported,
          count(*) filter (where status = 'in_review')::int as in_review,
          count(*) filter (where status = 'changes_requested')::int as changes_requested,
          (select count(*)::int from practice_revisions where status = 'submitted') as revisions,
          count(*) filter (where status in ('published', 'rejected', 'archived')
                           and decided_at > now() - interval '30 days')::int as decided
        from practices where reference is not null`,
  )
  if (!row) throw new Error('count returned no row')
  return row
}
