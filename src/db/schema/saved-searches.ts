import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'

/** how often a saved search's e-mail alert is sent; none: the search is kept, no e-mail */
export const alertFrequencies = ['none', 'daily', 'weekly'] as const
export type AlertFrequency = (typeof alertFrequencies)[number]

/** A search someone keeps under a name, with an optional e-mail alert of practice that newly matches it. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** the search page's query string, without page or sort, as the catalogue's parser reads it */
    query: text('query').notNull(),
    frequency: text('frequency').$type<AlertFrequency>().notNull().default('none'),
    /** practice first published after this is new to the next alert */
    alertWatermark: timestamp('alert_watermark', { withTimezone: true }).notNull().defaultNow(),
    /** when the next alert is due; null exactly when alerts are off */
    nextAlertAt: timestamp('next_alert_at', { withTimezone: true }),
    lastAlertSentAt: timestamp('last_alert_sent_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('saved_searches_frequency', sql`${t.frequency} in ('none', 'daily', 'weekly')`),
    check('saved_searches_schedule', sql`(${t.frequency} = 'none') = (${t.nextAlertAt} is null)`),
    check('saved_searches_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('saved_searches_query_length', sql`char_length(${t.query}) <= 2000`),
    uniqueIndex('saved_searches_user_name_idx').on(t.userId, sql`lower(${t.name})`),
    index('saved_searches_due_idx')
      .on(t.nextAlertAt)
      .where(sql`${t.nextAlertAt} is not null`),
  ],
)

/** One per alert sent: the hash of the token in its unsubscribe link. */
export const savedSearchUnsubscribeTokens = pgTable(
  'saved_search_unsubscribe_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    savedSearchId: integer('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_search_unsubscribe_tokens_search_idx').on(t.savedSearchId)],
)

/**
 * Practice a saved search's alerts have already listed, while it is newer than the search's watermark:
 * each run looks back a little before the watermark (for publications committed late), and this keeps
 * anything from being listed twice.
 */
export const savedSearchAlertedPractices = pgTable(
  'saved_search_alerted_practices',
  {
    savedSearchId: integer('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'saved_search_alerted_practices_pk', columns: [t.savedSearchId, t.practiceId] })],
)
