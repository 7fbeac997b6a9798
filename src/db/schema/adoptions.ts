import { sql } from 'drizzle-orm'
import { check, date, index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'
import { organisations } from './reference.js'

/** What a force did with another force's practice (DESIGN.md §4). */
export const adoptionKinds = ['adopted', 'adapted', 'decided-against'] as const
export type AdoptionKind = (typeof adoptionKinds)[number]

/**
 * "We use this too": one record per force per practice. Reviewers can remove one (with a reason);
 * it is kept, so the removal can be read back, and the force may record it again.
 */
export const adoptions = pgTable(
  'adoptions',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<AdoptionKind>().notNull(),
    /** adapted: what the force changed */
    changes: text('changes'),
    /** decided against: why */
    reason: text('reason'),
    startedOn: date('started_on', { mode: 'string' }),
    /** added later: how it went */
    howItWent: text('how_it_went'),
    recordedByUserId: integer('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: integer('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** optimistic concurrency: every write checks and bumps it */
    version: integer('version').notNull().default(1),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedByUserId: integer('removed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    removedReason: text('removed_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('adoptions_practice_organisation').on(t.practiceId, t.organisationId),
    check('adoptions_kind', sql`${t.kind} in ('adopted', 'adapted', 'decided-against')`),
    check('adoptions_removed_with_reason', sql`${t.removedAt} is null or ${t.removedReason} is not null`),
    index('adoptions_organisation_idx').on(t.organisationId),
  ],
)
