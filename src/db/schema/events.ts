import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'

/** in person: at a venue; online: a joining link shown only to people with a place */
export const eventFormats = ['in-person', 'online'] as const
export type EventFormat = (typeof eventFormats)[number]

/** public: anyone signed in may register; policing: police members and staff only */
export const eventAudiences = ['public', 'policing'] as const
export type EventAudience = (typeof eventAudiences)[number]

/** registered: has a place; waiting: on the waiting list, in order of joining; cancelled: gave it up */
export const registrationStatuses = ['registered', 'waiting', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/** the contributor of a showcased practice, asked to present it */
export const invitationStatuses = ['invited', 'accepted', 'declined'] as const
export type InvitationStatus = (typeof invitationStatuses)[number]

export const materialKinds = ['slides', 'recording', 'other'] as const
export type MaterialKind = (typeof materialKinds)[number]

/** A regional learning event where practice is showcased (DESIGN.md §3.6). */
export const learningEvents = pgTable(
  'learning_events',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** NPCC region key (reference-data regions) */
    region: text('region').notNull(),
    format: text('format').$type<EventFormat>().notNull(),
    venue: text('venue'),
    address: text('address'),
    /** the joining link: never shown to anyone without a place */
    onlineLink: text('online_link'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    audience: text('audience').$type<EventAudience>().notNull(),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }).notNull(),
    /** one speaker a line: name and role */
    speakers: text('speakers'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** saved changes so far: the .ics SEQUENCE, and the version an edit form was loaded at */
    sequence: integer('sequence').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    /** a cancelled event stays listed, marked, with the reason; registration is closed */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancellationReason: text('cancellation_reason'),
    cancelledByUserId: integer('cancelled_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('learning_events_cancellation_reason', sql`(${t.cancelledAt} is null) = (${t.cancellationReason} is null)`),
    check('learning_events_format', sql`${t.format} in ('in-person', 'online')`),
    check('learning_events_audience', sql`${t.audience} in ('public', 'policing')`),
    check('learning_events_capacity', sql`${t.capacity} > 0`),
    check('learning_events_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    index('learning_events_starts_idx').on(t.startsAt),
  ],
)

/** Practice showcased at an event, and whether its contributor agreed to present it. */
export const learningEventPractices = pgTable(
  'learning_event_practices',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    /** null when the practice has no contributor account to invite (imported or demo practice) */
    invitation: text('invitation').$type<InvitationStatus>(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    unique('learning_event_practices_unique').on(t.eventId, t.practiceId),
    check('learning_event_practices_invitation', sql`${t.invitation} in ('invited', 'accepted', 'declined')`),
    index('learning_event_practices_practice_idx').on(t.practiceId),
  ],
)

/**
 * A person's place (or place in the queue) at an event. The personal details (name, organisation,
 * access and dietary needs) are kept only until 30 days after the event: the purge job clears them
 * and sets purged_at.
 */
export const learningEventRegistrations = pgTable(
  'learning_event_registrations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<RegistrationStatus>().notNull(),
    name: text('name'),
    organisation: text('organisation'),
    accessNeeds: text('access_needs'),
    dietaryNeeds: text('dietary_needs'),
    /** the secret in the cancel link of the confirmation e-mail */
    cancelToken: text('cancel_token').notNull().unique(),
    /** order on the waiting list: the time the person joined it */
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    attended: boolean('attended'),
    /** set in the transaction that queues the reminder, so each is sent once however many workers run */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('learning_event_registrations_person').on(t.eventId, t.userId),
    check('learning_event_registrations_status', sql`${t.status} in ('registered', 'waiting', 'cancelled')`),
    index('learning_event_registrations_event_idx').on(t.eventId, t.status, t.queuedAt),
  ],
)

/** Slides, recordings and other material attached after an event, as links. */
export const learningEventMaterials = pgTable(
  'learning_event_materials',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MaterialKind>().notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('learning_event_materials_kind', sql`${t.kind} in ('slides', 'recording', 'other')`)],
)
