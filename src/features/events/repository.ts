import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import {
  learningEventMaterials,
  learningEventPractices,
  learningEventRegistrations,
  learningEvents,
  organisations,
  practices,
  users,
  type InvitationStatus,
  type MaterialKind,
  type RegistrationStatus,
} from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'

export type EventRow = typeof learningEvents.$inferSelect
export type NewEvent = typeof learningEvents.$inferInsert
export type RegistrationRow = typeof learningEventRegistrations.$inferSelect

const placesTaken = sql<number>`(select count(*)::int from ${learningEventRegistrations} r
  where r.event_id = "learning_events"."id" and r.status = 'registered')`

/** Events by start, with the places taken; upcoming soonest first, past newest first. */
export async function findEvents(db: Db, options: { region: string | null; past: boolean }) {
  const now = sql`now()`
  return db
    .select({ event: learningEvents, taken: placesTaken })
    .from(learningEvents)
    .where(
      and(
        options.region ? eq(learningEvents.region, options.region) : undefined,
        options.past ? lte(learningEvents.endsAt, now) : gt(learningEvents.endsAt, now),
      ),
    )
    .orderBy(options.past ? desc(learningEvents.startsAt) : asc(learningEvents.startsAt))
    .limit(100)
}

export async function findEventBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ event: learningEvents, taken: placesTaken })
    .from(learningEvents)
    .where(eq(learningEvents.slug, slug))
  return row ?? null
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: learningEvents.id }).from(learningEvents).where(eq(learningEvents.slug, slug))
  return Boolean(row)
}

export async function insertEvent(db: Db, values: NewEvent): Promise<EventRow> {
  const [row] = await db.insert(learningEvents).values(values).returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}

/** Locks the event row: registrations and cancellations for one event take turns behind it. */
export async function lockEvent(db: Db, eventId: number): Promise<EventRow | null> {
  const [row] = await db.select().from(learningEvents).where(eq(learningEvents.id, eventId)).for('update')
  return row ?? null
}

export async function countRegistered(db: Db, eventId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(learningEventRegistrations)
    .where(and(eq(learningEventRegistrations.eventId, eventId), eq(learningEventRegistrations.status, 'registered')))
  return row?.n ?? 0
}

export async function findRegistration(db: Db, eventId: number, userId: number): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(learningEventRegistrations)
    .where(and(eq(learningEventRegistrations.eventId, eventId), eq(learningEventRegistrations.userId, userId)))
  return row ?? null
}

export async function findRegistrationByToken(db: Db, token: string) {
  const [row] = await db
    .select({ registration: learningEventRegistrations, event: learningEvents })
    .from(learningEventRegistrations)
    .innerJoin(learningEvents, eq(learningEvents.id, learningEventRegistrations.eventId))
    .where(eq(learningEventRegistrations.cancelToken, token))
  return row ?? null
}

export interface RegistrationDetails {
  name: string
  organisation: string | null
  accessNeeds: string | null
  dietaryNeeds: string | null
}

/** A new place or place in the queue; a person who cancelled before comes back at the end of the queue. */
export async function saveRegistration(
  db: Db,
  eventId: number,
  userId: number,
  status: RegistrationStatus,
  details: RegistrationDetails,
  cancelToken: string,
): Promise<RegistrationRow> {
  const fresh = { status, ...details, cancelToken, queuedAt: new Date(), cancelledAt: null, promotedAt: null }
  const [row] = await db
    .insert(learningEventRegistrations)
    .values({ eventId, userId, ...fresh })
    .onConflictDoUpdate({
      target: [learningEventRegistrations.eventId, learningEventRegistrations.userId],
      set: fresh,
      setWhere: sql`${learningEventRegistrations.status} = 'cancelled'`,
    })
    .returning()
  if (!row) throw new Error('the registration was neither inserted nor renewed')
  return row
}

export async function markCancelled(db: Db, registrationId: number): Promise<void> {
  await db
    .update(learningEventRegistrations)
    .set({ status: 'cancelled', cancelledAt: new Date() })
    .where(eq(learningEventRegistrations.id, registrationId))
}

/** The person longest on the waiting list. */
export async function firstWaiting(db: Db, eventId: number): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(learningEventRegistrations)
    .where(and(eq(learningEventRegistrations.eventId, eventId), eq(learningEventRegistrations.status, 'waiting')))
    .orderBy(asc(learningEventRegistrations.queuedAt), asc(learningEventRegistrations.id))
    .limit(1)
  return row ?? null
}

export async function markPromoted(db: Db, registrationId: number): Promise<void> {
  await db
    .update(learningEventRegistrations)
    .set({ status: 'registered', promotedAt: new Date() })
    .where(eq(learningEventRegistrations.id, registrationId))
}

/** Where a person is on the waiting list: 1 for the next to be offered a place. */
export async function waitingPosition(db: Db, registration: RegistrationRow): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(learningEventRegistrations)
    .where(
      and(
        eq(learningEventRegistrations.eventId, registration.eventId),
        eq(learningEventRegistrations.status, 'waiting'),
        sql`(${learningEventRegistrations.queuedAt}, ${learningEventRegistrations.id}) <= (${registration.queuedAt}, ${registration.id})`,
      ),
    )
  return row?.n ?? 0
}

/** Everyone with a place or in the queue, places first, each in order of joining, with their e-mail. */
export async function findAttendees(db: Db, eventId: number) {
  return db
    .select({ registration: learningEventRegistrations, email: users.email })
    .from(learningEventRegistrations)
    .leftJoin(users, eq(users.id, learningEventRegistrations.userId))
    .where(
      and(
        eq(learningEventRegistrations.eventId, eventId),
        inArray(learningEventRegistrations.status, ['registered', 'waiting']),
      ),
    )
    .orderBy(
      desc(learningEventRegistrations.status),
      asc(learningEventRegistrations.queuedAt),
      asc(learningEventRegistrations.id),
    )
}

export type AttendeeRow = Awaited<ReturnType<typeof findAttendees>>[number]

/** Marks who came: the ids given attended, every other person with a place did not. */
export async function setAttendance(db: Db, eventId: number, attendedIds: number[]): Promise<void> {
  const attended = attendedIds.length
    ? sql`${learningEventRegistrations.id} in (${sql.join(
        attendedIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`false`
  await db
    .update(learningEventRegistrations)
    .set({ attended })
    .where(and(eq(learningEventRegistrations.eventId, eventId), eq(learningEventRegistrations.status, 'registered')))
}

/** A person's registrations, soonest event first. */
export async function findRegistrationsOf(db: Db, userId: number) {
  return db
    .select({ registration: learningEventRegistrations, event: learningEvents })
    .from(learningEventRegistrations)
    .innerJoin(learningEvents, eq(learningEvents.id, learningEventRegistrations.eventId))
    .where(
      and(
        eq(learningEventRegistrations.userId, userId),
        inArray(learningEventRegistrations.status, ['registered', 'waiting']),
      ),
    )
    .orderBy(asc(learningEvents.startsAt))
}

export async function insertShowcase(
  db: Db,
  eventId: number,
  practiceId: number,
  invitation: InvitationStatus | null,
): Promise<void> {
  await db.insert(learningEventPractices).values({ eventId, practiceId, invitation }).onConflictDoNothing()
}

/**
 * Published practice this viewer may see whose contributor agreed to be shown at events: what may
 * be showcased, and what an event page shows of its showcase.
 */
export async function findShowcaseablePractice(db: Db, rule: VisibilityRule, eventId: number | null = null) {
  const onEvent =
    eventId === null
      ? sql`true`
      : sql`exists (select 1 from ${learningEventPractices} s where s.practice_id = p.id and s.event_id = ${eventId})`
  return queryRows<{
    id: number
    slug: string
    title: string
    summary: string
    organisationName: string
    submittedByUserId: number | null
  }>(
    db,
    sql`select p.id, p.slug, p.title, p.summary, o.name as "organisationName", p.submitted_by_user_id as "submittedByUserId"
        from ${practices} p join ${organisations} o on o.id = p.organisation_id
        where ${visiblePractice(rule)} and p.consent_events = true and ${onEvent}
        order by p.title`,
  )
}

/** The showcase rows of an event, with the invitation to present each practice. */
export async function findShowcaseInvitations(db: Db, eventId: number) {
  return db
    .select({ showcase: learningEventPractices, title: practices.title, slug: practices.slug })
    .from(learningEventPractices)
    .innerJoin(practices, eq(practices.id, learningEventPractices.practiceId))
    .where(eq(learningEventPractices.eventId, eventId))
    .orderBy(asc(practices.title))
}

/** The showcase rows of an event for practice this person contributed. */
export async function findInvitationsFor(db: Db, eventId: number, userId: number) {
  return db
    .select({ showcase: learningEventPractices, title: practices.title, slug: practices.slug })
    .from(learningEventPractices)
    .innerJoin(practices, eq(practices.id, learningEventPractices.practiceId))
    .where(
      and(
        eq(learningEventPractices.eventId, eventId),
        eq(practices.submittedByUserId, userId),
        sql`${learningEventPractices.invitation} is not null`,
      ),
    )
    .orderBy(asc(practices.title))
}

/** Every invitation to present this person has had, soonest event first. */
export async function findAllInvitationsFor(db: Db, userId: number) {
  return db
    .select({ showcase: learningEventPractices, event: learningEvents, title: practices.title })
    .from(learningEventPractices)
    .innerJoin(practices, eq(practices.id, learningEventPractices.practiceId))
    .innerJoin(learningEvents, eq(learningEvents.id, learningEventPractices.eventId))
    .where(and(eq(practices.submittedByUserId, userId), sql`${learningEventPractices.invitation} is not null`))
    .orderBy(asc(learningEvents.startsAt))
}

export async function answerInvitation(db: Db, showcaseId: number, answer: 'accepted' | 'declined'): Promise<void> {
  await db
    .update(learningEventPractices)
    .set({ invitation: answer, respondedAt: new Date() })
    .where(eq(learningEventPractices.id, showcaseId))
}

/** The events a practice was (or will be) showcased at. */
export async function findEventsShowcasing(db: Db, practiceId: number) {
  return db
    .select({
      slug: learningEvents.slug,
      title: learningEvents.title,
      startsAt: learningEvents.startsAt,
      endsAt: learningEvents.endsAt,
    })
    .from(learningEventPractices)
    .innerJoin(learningEvents, eq(learningEvents.id, learningEventPractices.eventId))
    .where(eq(learningEventPractices.practiceId, practiceId))
    .orderBy(desc(learningEvents.startsAt))
}

export async function findMaterials(db: Db, eventId: number) {
  return db
    .select()
    .from(learningEventMaterials)
    .where(eq(learningEventMaterials.eventId, eventId))
    .orderBy(asc(learningEventMaterials.id))
}

export async function insertMaterial(db: Db, eventId: number, kind: MaterialKind, title: string, url: string) {
  await db.insert(learningEventMaterials).values({ eventId, kind, title, url })
}

/**
 * Claims reminders that are due (the event starts within a day and is not cancelled) and marks them sent, in the caller's
 * transaction. Rows another worker holds are skipped, and marked rows no longer match, so each
 * reminder is claimed by one worker once.
 */
export async function claimDueReminders(db: Db, limit: number) {
  return queryRows<{
    id: number
    email: string
    name: string | null
    cancelToken: string
    eventId: number
  }>(
    db,
    sql`update ${learningEventRegistrations} r set reminder_sent_at = now()
        from ${users} u
        where r.id in (
          select r2.id from ${learningEventRegistrations} r2
          join ${learningEvents} e on e.id = r2.event_id
          join ${users} u2 on u2.id = r2.user_id and u2.deleted_at is null and u2.email is not null
          where r2.status = 'registered' and r2.reminder_sent_at is null
            and e.starts_at > now() and e.starts_at <= now() + interval '1 day'
            and e.cancelled_at is null
          order by r2.id
          limit ${limit}
          for update of r2 skip locked
        ) and u.id = r.user_id
        returning r.id, u.email, r.name, r.cancel_token as "cancelToken", r.event_id as "eventId"`,
  )
}

export async function findEventById(db: Db, id: number): Promise<EventRow | null> {
  const [row] = await db.select().from(learningEvents).where(eq(learningEvents.id, id))
  return row ?? null
}

/** Clears what people told us about themselves once 30 days have passed since the event ended. */
export async function purgePersonalDetails(db: Db): Promise<number> {
  const rows = await db
    .update(learningEventRegistrations)
    .set({ name: null, organisation: null, accessNeeds: null, dietaryNeeds: null, purgedAt: new Date() })
    .where(
      and(
        isNull(learningEventRegistrations.purgedAt),
        sql`${learningEventRegistrations.eventId} in (select id from ${learningEvents} where ends_at < now() - interval '30 days')`,
      ),
    )
    .returning({ id: learningEventRegistrations.id })
  return rows.length
}

export async function findRegistrationById(db: Db, id: number): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(learningEventRegistrations)
    .where(eq(learningEventRegistrations.id, id))
    .for('update')
  return row ?? null
}

/** The e-mail address of an account still in use, or null. */
export async function findActiveUserEmail(db: Db, userId: number): Promise<string | null> {
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt), isNull(users.disabledAt)))
  return row?.email || null
}
