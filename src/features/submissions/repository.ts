import { and, asc, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { attachmentsOf } from '../attachments/repository.js'
import {
  assessmentCriteria,
  attachments,
  organisations,
  practiceEvents,
  practiceRevisions,
  practices,
  userRoles,
  users,
} from '../../db/schema/index.js'

export type PracticeRow = typeof practices.$inferSelect
export type RevisionRow = typeof practiceRevisions.$inferSelect
type PracticeValues = Partial<typeof practices.$inferInsert>

export async function insertDraft(db: Db, values: typeof practices.$inferInsert): Promise<number> {
  const [row] = await db.insert(practices).values(values).returning({ id: practices.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}

/**
 * A draft this person started within `withinMs` for the same call (or none) and organisation, and has
 * not changed since (no saved answer, no file), newest first; null when there is none. Takes a lock
 * for this person until the transaction ends, so starts sent at once see each other's drafts.
 */
export async function findFreshDraft(
  db: Db,
  values: { userId: number; callId: number | null; organisationId: number; withinMs: number },
): Promise<number | null> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('start-draft'), ${values.userId})`)
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select p.id from practices p
        where p.submitted_by_user_id = ${values.userId} and p.status = 'draft' and p.version = 1
          and p.organisation_id = ${values.organisationId}
          and p.call_id is not distinct from ${values.callId}::integer
          and p.created_at > now() - ${values.withinMs} * interval '1 millisecond'
          and not exists (select 1 from attachments a where a.practice_id = p.id)
        order by p.created_at desc limit 1`,
  )
  return rows[0] ? Number(rows[0].id) : null
}

export async function findPracticeById(db: Db, id: number, options: { lock?: boolean } = {}) {
  const query = db.select().from(practices).where(eq(practices.id, id))
  const [row] = options.lock ? await query.for('update') : await query
  return row ?? null
}

/** Writes the values only if nobody else has since the version was read; false when they have. */
export async function updatePracticeIfVersion(db: Db, id: number, version: number, values: PracticeValues) {
  const rows = await db
    .update(practices)
    .set({ ...values, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, id), eq(practices.version, version)))
    .returning({ id: practices.id })
  return rows.length === 1
}

const openRevisionStatuses = ['draft', 'submitted', 'changes_requested'] as const

/** The change to published practice that is in progress, if there is one. */
export async function findOpenRevision(db: Db, practiceId: number, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(practiceRevisions)
    .where(
      and(eq(practiceRevisions.practiceId, practiceId), inArray(practiceRevisions.status, [...openRevisionStatuses])),
    )
  const [row] = options.lock ? await query.for('update') : await query
  return row ?? null
}

export async function findLatestRevision(db: Db, practiceId: number) {
  const [row] = await db
    .select()
    .from(practiceRevisions)
    .where(eq(practiceRevisions.practiceId, practiceId))
    .orderBy(desc(practiceRevisions.number))
    .limit(1)
  return row ?? null
}

export async function insertRevision(
  db: Db,
  values: { practiceId: number; content: Record<string, unknown>; createdByUserId: number },
) {
  const [{ next } = { next: 1 }] = await queryRows<{ next: number }>(
    db,
    sql`select coalesce(max(number), 0)::int + 1 as next from practice_revisions where practice_id = ${values.practiceId}`,
  )
  const [row] = await db
    .insert(practiceRevisions)
    .values({ ...values, number: next, status: 'draft' })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}

export async function updateRevisionIfVersion(
  db: Db,
  id: number,
  version: number,
  values: Partial<typeof practiceRevisions.$inferInsert>,
) {
  const rows = await db
    .update(practiceRevisions)
    .set({ ...values, version: sql`${practiceRevisions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practiceRevisions.id, id), eq(practiceRevisions.version, version)))
    .returning({ id: practiceRevisions.id })
  return rows.length === 1
}

/** The next free number of the year's references (PB-2026-0042 → 42). */
/**
 * The next reference number for the year, race-free: the counter row is raised and read in one statement
 * and stays locked until the transaction ends, so concurrent submissions queue for it and never clash.
 * It never falls behind a reference written some other way (demo data, an import): the highest one in
 * use counts too.
 */
export async function nextReferenceNumber(db: Db, year: number): Promise<number> {
  const prefix = `PB-${year}-`
  const start = prefix.length + 1
  const highestInUse = sql`(select coalesce(max(substr(reference, ${start}::int)::int), 0)::int
    from practices where reference like ${`${prefix}%`} and substr(reference, ${start}::int) ~ '^[0-9]+$')`
  const [row] = await queryRows<{ next: number }>(
    db,
    sql`insert into reference_counters (year, last_number) values (${year}, ${highestInUse} + 1)
        on conflict (year) do update
          set last_number = greatest(reference_counters.last_number + 1, ${highestInUse} + 1)
        returning last_number as next`,
  )
  if (!row) throw new Error('the reference counter returned no row')
  return row.next
}

/** The live files' names, or those a change to published practice would leave. */
export async function findAttachmentNames(
  db: Db,
  practiceId: number,
  revisionId: number | null = null,
): Promise<string[]> {
  const rows = await db
    .select({ name: attachments.displayName })
    .from(attachments)
    .where(attachmentsOf(practiceId, revisionId))
    .orderBy(asc(attachments.id))
  return rows.map((r) => r.name)
}

/** A person's own drafts and submissions, and those of the organisations they lead for. */
export async function findSubmissionsFor(db: Db, userId: number, leadsOrganisationIds: number[]) {
  const mine = eq(practices.submittedByUserId, userId)
  return db
    .select({
      id: practices.id,
      title: practices.title,
      reference: practices.reference,
      status: practices.status,
      updatedAt: practices.updatedAt,
      submittedByUserId: practices.submittedByUserId,
      organisationId: practices.organisationId,
      organisationName: organisations.name,
      submitterName: users.name,
      openRevisionStatus: sql<
        string | null
      >`(select status from practice_revisions r where r.practice_id = ${practices.id} and r.status in ('draft', 'submitted', 'changes_requested') limit 1)`,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .leftJoin(users, eq(users.id, practices.submittedByUserId))
    .where(leadsOrganisationIds.length ? or(mine, inArray(practices.organisationId, leadsOrganisationIds)) : mine)
    .orderBy(desc(practices.updatedAt), desc(practices.id))
}

/** Everyone who reviews: the people told about each new submission. */
export async function findReviewerEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'reviewer'), isNull(users.disabledAt), isNull(users.deletedAt)))
  return rows.map((r) => r.email).filter((e): e is string => Boolean(e))
}

/** The reviewer's address if that person is still an active reviewer; null otherwise. */
export async function findActiveReviewerEmail(db: Db, userId: number | null): Promise<string | null> {
  if (userId === null) return null
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.id, userId), eq(userRoles.role, 'reviewer'), isNull(users.disabledAt), isNull(users.deletedAt)))
    .limit(1)
  return row?.email ?? null
}

export async function findUserContact(db: Db, userId: number | null) {
  if (userId === null) return null
  const [row] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
  return row?.email ? { email: row.email, name: row.name ?? '' } : null
}

/** The reviewer's latest request for changes, as the contributor sees it. */
export async function findLatestChangesRequest(db: Db, practiceId: number, revisionId: number | null) {
  const [row] = await db
    .select({ body: practiceEvents.body, createdAt: practiceEvents.createdAt })
    .from(practiceEvents)
    .where(
      and(
        eq(practiceEvents.practiceId, practiceId),
        revisionId === null ? sql`true` : eq(practiceEvents.revisionId, revisionId),
        like(practiceEvents.kind, '%changes-requested'),
        eq(practiceEvents.internal, false),
      ),
    )
    .orderBy(desc(practiceEvents.createdAt), desc(practiceEvents.id))
    .limit(1)
  return row ?? null
}

/** The criteria reviewers judge practice by, as published to contributors. */
export async function findCurrentCriteria(db: Db) {
  return db
    .select({
      key: assessmentCriteria.key,
      label: assessmentCriteria.label,
      description: assessmentCriteria.description,
    })
    .from(assessmentCriteria)
    .where(isNull(assessmentCriteria.retiredAt))
    .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.id))
}

/** Narrows the live practice at once (a withdrawn consent); its version moves on so open reviewer forms go stale. */
export async function updateLivePractice(db: Db, id: number, values: PracticeValues) {
  await db
    .update(practices)
    .set({ ...values, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(eq(practices.id, id))
}
