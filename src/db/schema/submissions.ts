import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices, type PendingAnswers } from './practices.js'

export const revisionStatuses = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const
export type RevisionStatus = (typeof revisionStatuses)[number]

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

/**
 * A proposed change to published practice, reviewed while the published version stays live; also
 * the record of every version that was published (status approved). `content` is a PracticeContent.
 */
export const practiceRevisions = pgTable(
  'practice_revisions',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').$type<RevisionStatus>().notNull().default('draft'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** as practices.pending_answers, for this change */
    pendingAnswers: jsonb('pending_answers').$type<PendingAnswers>().notNull().default({}),
    /** optimistic concurrency for the contributor's edits and the reviewer's decision */
    version: integer('version').notNull().default(1),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    check('practice_revisions_status', sql`${t.status} in (${inList(revisionStatuses)})`),
    uniqueIndex('practice_revisions_number').on(t.practiceId, t.number),
    // At most one change in progress per practice.
    uniqueIndex('practice_revisions_one_open')
      .on(t.practiceId)
      .where(sql`${t.status} in ('draft', 'submitted', 'changes_requested')`),
  ],
)

export const attachments = pgTable(
  'attachments',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    /** random key in the file store; never derived from the uploaded name */
    storageKey: text('storage_key').notNull().unique(),
    /** the uploaded name, sanitised, for display and the download's file name only */
    displayName: text('display_name').notNull(),
    /** what the content is, decided from its bytes */
    mediaType: text('media_type').notNull(),
    extension: text('extension').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** evaluation-report, theory-of-change, guidance or other */
    kind: text('kind').notNull().default('other'),
    uploadedByUserId: integer('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** added in this change to published practice: not live until the change is approved */
    revisionId: integer('revision_id').references((): AnyPgColumn => practiceRevisions.id, { onDelete: 'cascade' }),
    /** live, but this change to published practice removes it once approved */
    removedInRevisionId: integer('removed_in_revision_id').references((): AnyPgColumn => practiceRevisions.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    index('attachments_practice_idx').on(t.practiceId),
    check('attachments_added_or_removed', sql`${t.revisionId} is null or ${t.removedInRevisionId} is null`),
  ],
)

/** The last reference number given out in each year: one row per year, raised in the submit transaction. */
export const referenceCounters = pgTable('reference_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
})
