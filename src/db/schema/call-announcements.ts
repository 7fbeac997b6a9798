import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { calls } from './reference.js'

/**
 * A person's answer to "Tell me about new calls for practice". No row: force leads hear, others do not.
 * wants = false (from the account page or an unsubscribe link) wins over being a force lead.
 */
export const callAnnouncementChoices = pgTable('call_announcement_choices', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  wants: boolean('wants').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** The one announcement of a call: who sent it, when, and to how many people. */
export const callAnnouncements = pgTable(
  'call_announcements',
  {
    id: serial('id').primaryKey(),
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    sentBy: integer('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    recipientCount: integer('recipient_count').notNull(),
  },
  (t) => [
    unique('call_announcements_call_unique').on(t.callId),
    check('call_announcements_count', sql`${t.recipientCount} >= 0`),
  ],
)

/** One per announcement e-mail: the hash of the token in its unsubscribe link. */
export const callAnnouncementUnsubscribeTokens = pgTable(
  'call_announcement_unsubscribe_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    announcementId: integer('announcement_id')
      .notNull()
      .references(() => callAnnouncements.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('call_announcement_tokens_hash_is_sha256', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
    index('call_announcement_tokens_user_idx').on(t.userId),
    uniqueIndex('call_announcement_tokens_once_idx').on(t.announcementId, t.userId),
  ],
)
