import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import {
  savedSearchAlertedPractices,
  savedSearches,
  savedSearchUnsubscribeTokens,
  type AlertFrequency,
} from '../../db/schema/index.js'

export type SavedSearchRow = typeof savedSearches.$inferSelect

/** The wait after an alert (or after alerts are turned on) before the next one is due. */
const nextAlertAfter = (frequency: SQL | AlertFrequency) =>
  sql`now() + case ${frequency}::text when 'daily' then interval '1 day' else interval '7 days' end`

export async function listForUser(db: Db, userId: number): Promise<SavedSearchRow[]> {
  return db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.name))
}

export async function findById(db: Db, id: number): Promise<SavedSearchRow | null> {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id))
  return row ?? null
}

export async function findForUser(db: Db, id: number, userId: number): Promise<SavedSearchRow | null> {
  const [row] = await db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
  return row ?? null
}

export async function countForUser(db: Db, userId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${savedSearches} where user_id = ${userId}`,
  )
  return row?.n ?? 0
}

/** Another of this person's saved searches already has this name (names are compared ignoring case). */
export async function nameTaken(db: Db, userId: number, name: string, exceptId: number | null): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from ${savedSearches} where user_id = ${userId} and lower(name) = lower(${name})
        and id <> ${exceptId ?? 0}::int limit 1`,
  )
  return rows.length > 0
}

export async function insertSavedSearch(
  db: Db,
  values: { userId: number; name: string; query: string; frequency: AlertFrequency; isDemo?: boolean },
): Promise<number> {
  const [row] = await db
    .insert(savedSearches)
    .values({
      ...values,
      nextAlertAt: values.frequency === 'none' ? null : nextAlertAfter(values.frequency),
    })
    .returning({ id: savedSearches.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}

/**
 * Renames and reschedules. Turning alerts on starts the watermark now, so the first alert holds only
 * practice published after that; changing between daily and weekly counts from now.
 */
export async function updateSavedSearch(
  db: Db,
  id: number,
  userId: number,
  values: { name: string; frequency: AlertFrequency },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update ${savedSearches} set
          name = ${values.name},
          next_alert_at = case when ${values.frequency}::text = 'none' then null
                               when frequency = ${values.frequency}::text then next_alert_at
                               else ${nextAlertAfter(values.frequency)} end,
          alert_watermark = case when frequency = 'none' and ${values.frequency}::text <> 'none' then now()
                                 else alert_watermark end,
          frequency = ${values.frequency}::text,
          updated_at = now()
        where id = ${id} and user_id = ${userId}
        returning id`,
  )
  return rows.length > 0
}

export async function deleteSavedSearch(db: Db, id: number, userId: number): Promise<boolean> {
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id })
  return rows.length > 0
}

/** Ids of searches whose alert is due, oldest first; read without locks (each is claimed on its own). */
export async function findDueIds(db: Db, limit: number, asOf: Date | null): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from ${savedSearches}
        where next_alert_at is not null and next_alert_at <= coalesce(${asOf?.toISOString() ?? null}::timestamptz, now())
        order by next_alert_at, id limit ${limit}`,
  )
  return rows.map((r) => r.id)
}

/**
 * Locks one due search in the caller's transaction, or returns null when it is no longer due or another
 * worker holds it: that worker's transaction moves the schedule on, so the alert is sent once.
 */
export async function claimDue(
  db: Db,
  id: number,
  asOf: Date | null,
): Promise<{ frequency: AlertFrequency; watermark: string } | null> {
  const [row] = await queryRows<{ frequency: AlertFrequency; watermark: string }>(
    db,
    sql`select frequency, alert_watermark::text as watermark from ${savedSearches}
        where id = ${id} and next_alert_at is not null
          and next_alert_at <= coalesce(${asOf?.toISOString() ?? null}::timestamptz, now())
        for update skip locked`,
  )
  return row ?? null
}

export interface NewPractice {
  slug: string
  title: string
  summary: string
  total: number
}

/**
 * How far behind the time of a run its watermark is left. A practice's first-published time is the time
 * its publishing transaction began, so one that began before a run but committed after it carries a time
 * the run's watermark has passed; the next run looks back this far to find it, and the practice already
 * listed (`saved_search_alerted_practices`) keeps anything from coming twice.
 */
const lateCommitLookback = sql`interval '1 hour'`

/** Practice in `matched` first published after the watermark that this search's alerts have not listed. */
const newlyMatching = (savedSearchId: number, matched: SQL, watermark: string) =>
  sql`x.id in (select matched.id from ${matched} matched)
      and x.first_published_at > ${watermark}::timestamptz and x.first_published_at <= now()
      and not exists (select 1 from ${savedSearchAlertedPractices} listed
                      where listed.saved_search_id = ${savedSearchId} and listed.practice_id = x.id)`

/** The newly matching practice, oldest first, at most `limit` of them, with how many there are in all. */
export async function findNewlyMatching(db: Db, savedSearchId: number, matched: SQL, watermark: string, limit: number) {
  return queryRows<NewPractice>(
    db,
    sql`select x.slug, x.title, x.summary, (count(*) over ())::int as total
        from practices x
        where ${newlyMatching(savedSearchId, matched, watermark)}
        order by x.first_published_at, x.id
        limit ${limit}`,
  )
}

/** Records every newly matching practice (also those beyond the e-mail's list) as told about. */
export async function recordListed(db: Db, savedSearchId: number, matched: SQL, watermark: string): Promise<void> {
  await db.execute(
    sql`insert into ${savedSearchAlertedPractices} (saved_search_id, practice_id, first_published_at)
        select ${savedSearchId}, x.id, x.first_published_at from practices x
        where ${newlyMatching(savedSearchId, matched, watermark)}
        on conflict do nothing`,
  )
}

/**
 * After an alert run for this search: the watermark moves to the run's time less the look-back (never
 * backwards, so nothing from before alerts were turned on comes in), and what it has passed is forgotten.
 */
export async function advanceSchedule(db: Db, id: number, mailed: boolean): Promise<void> {
  await db.execute(
    sql`with moved as (
          update ${savedSearches} set alert_watermark = greatest(alert_watermark, now() - ${lateCommitLookback}),
            next_alert_at = ${nextAlertAfter(sql`frequency`)},
            last_alert_sent_at = case when ${mailed}::boolean then now() else last_alert_sent_at end
          where id = ${id}
          returning id, alert_watermark)
        delete from ${savedSearchAlertedPractices} listed using moved
        where listed.saved_search_id = moved.id and listed.first_published_at <= moved.alert_watermark`,
  )
}

export async function insertUnsubscribeToken(db: Db, tokenHash: string, savedSearchId: number): Promise<void> {
  await db.insert(savedSearchUnsubscribeTokens).values({ tokenHash, savedSearchId })
}

export async function findByTokenHash(db: Db, tokenHash: string): Promise<SavedSearchRow | null> {
  const [row] = await db
    .select({ search: savedSearches })
    .from(savedSearchUnsubscribeTokens)
    .innerJoin(savedSearches, eq(savedSearches.id, savedSearchUnsubscribeTokens.savedSearchId))
    .where(eq(savedSearchUnsubscribeTokens.tokenHash, tokenHash))
  return row?.search ?? null
}

export async function turnOffAlerts(db: Db, id: number): Promise<void> {
  await db
    .update(savedSearches)
    .set({ frequency: 'none', nextAlertAt: null, updatedAt: new Date() })
    .where(eq(savedSearches.id, id))
}
