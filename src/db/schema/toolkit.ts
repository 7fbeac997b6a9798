import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core'
import { users } from './accounts.js'

/**
 * An uploaded Toolkit file between its dry run and its commit. `planDigest` is the plan the dry run
 * showed, so a commit applies exactly that, or nothing when the Toolkit changed in between.
 */
export const toolkitImports = pgTable('toolkit_imports', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  content: text('content').notNull(),
  planDigest: text('plan_digest').notNull(),
  createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
})
