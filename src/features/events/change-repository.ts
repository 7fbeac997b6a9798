import { and, eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { learningEventPractices, learningEvents, practices, type RegistrationStatus } from '../../db/schema/index.js'
import type { EventRow, NewEvent } from './repository.js'

export type EventColumns = Omit<NewEvent, 'id' | 'slug' | 'createdAt' | 'createdByUserId' | 'isDemo'>

/** Saves changed details and moves the sequence on by one; the slug never changes, so old links still work. */
export async function updateEvent(db: Db, eventId: number, columns: EventColumns): Promise<EventRow> {
  const [row] = await db
    .update(learningEvents)
    .set({ ...columns, sequence: sql`${learningEvents.sequence} + 1`, updatedAt: new Date() })
    .where(eq(learningEvents.id, eventId))
    .returning()
  if (!row) throw new Error('the event to change was not found')
  return row
}

export async function markEventCancelled(db: Db, eventId: number, reason: string, userId: number) {
  const [row] = await db
    .update(learningEvents)
    .set({
      cancelledAt: new Date(),
      cancellationReason: reason,
      cancelledByUserId: userId,
      sequence: sql`${learningEvents.sequence} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(learningEvents.id, eventId))
    .returning()
  if (!row) throw new Error('the event to cancel was not found')
  return row
}

/** The slugs of the practice showcased at an event. */
export async function findShowcasedSlugs(db: Db, eventId: number): Promise<{ id: number; slug: string }[]> {
  return db
    .select({ id: practices.id, slug: practices.slug })
    .from(learningEventPractices)
    .innerJoin(practices, eq(practices.id, learningEventPractices.practiceId))
    .where(eq(learningEventPractices.eventId, eventId))
}

export async function deleteShowcases(db: Db, eventId: number, practiceIds: number[]): Promise<void> {
  if (practiceIds.length === 0) return
  await db
    .delete(learningEventPractices)
    .where(and(eq(learningEventPractices.eventId, eventId), inArray(learningEventPractices.practiceId, practiceIds)))
}

/**
 * One e-mail to everyone of an event with one of `statuses`, as a template: the body for people with a
 * place (it may hold the joining link), the body for the waiting list, and a marker replaced by each
 * person's own cancel token. Accounts deleted or disabled are left out. Returns how many were queued.
 */
export interface EventMailTemplate {
  subject: string
  bodyWithPlace: string
  bodyWaiting: string
  tokenMarker: string
}

export async function enqueueEventEmails(
  db: Db,
  eventId: number,
  statuses: RegistrationStatus[],
  t: EventMailTemplate,
): Promise<number> {
  const [row] = await queryRows<{ queued: number }>(
    db,
    sql`with mails as (
          insert into outbox (to_address, subject, body, headers)
          select u.email, ${t.subject},
                 replace(case when r.status = 'registered' then ${t.bodyWithPlace} else ${t.bodyWaiting} end,
                         ${t.tokenMarker}, r.cancel_token),
                 '{}'::jsonb
          from learning_event_registrations r
          join users u on u.id = r.user_id and u.deleted_at is null and u.disabled_at is null
          where r.event_id = ${eventId}
            and r.status in (${sql.join(
              statuses.map((s) => sql`${s}`),
              sql`, `,
            )})
            and u.email is not null and u.email <> ''
          order by r.status, r.queued_at, r.id
          returning 1
        )
        select count(*)::int as queued from mails`,
  )
  return row?.queued ?? 0
}
