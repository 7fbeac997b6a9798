import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'

/** Spreadsheet column (by position) → practice field key, or 'ignore'. */
export type ImportMapping = Record<string, string>

export const importStatuses = ['uploaded', 'analysing', 'analysed', 'committing', 'committed', 'undone'] as const
export type ImportStatus = (typeof importStatuses)[number]

export const importRowKinds = ['create', 'update', 'unchanged', 'duplicate', 'error'] as const
export type ImportRowKind = (typeof importRowKinds)[number]

/** How many rows of each kind, and why the last run stopped if it did. */
export type ImportTotals = Partial<Record<ImportRowKind, number>> & { failure?: string }

/** A message about one cell of a row: the column it is about, and what is wrong or worth knowing. */
export interface ImportMessage {
  column: string | null
  text: string
  level: 'error' | 'note'
}

/** A column mapping saved for re-use, keyed by the sheet's headers. */
export const importMappings = pgTable('import_mappings', {
  headerKey: text('header_key').primaryKey(),
  mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
  updatedByUserId: integer('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** One spreadsheet brought in: its parsed rows, its mapping, and how far the dry run or commit has got. */
export const imports = pgTable(
  'imports',
  {
    id: serial('id').primaryKey(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    format: text('format').$type<'csv' | 'xlsx'>().notNull(),
    headers: text('headers').array().notNull(),
    rows: jsonb('rows').$type<string[][]>().notNull(),
    rowCount: integer('row_count').notNull(),
    mapping: jsonb('mapping').$type<ImportMapping>().notNull().default({}),
    /** publish rows whose consent allows it, with the imported classification, instead of sending them to review */
    publish: boolean('publish').notNull().default(false),
    status: text('status').$type<ImportStatus>().notNull().default('uploaded'),
    processedRows: integer('processed_rows').notNull().default(0),
    summary: jsonb('summary').$type<ImportTotals>().notNull().default({}),
    createdByUserId: integer('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    analysedAt: timestamp('analysed_at', { withTimezone: true }),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [
    check(
      'imports_status',
      sql`${t.status} in ('uploaded', 'analysing', 'analysed', 'committing', 'committed', 'undone')`,
    ),
    check('imports_format', sql`${t.format} in ('csv', 'xlsx')`),
  ],
)

/** The report line of one spreadsheet row: what the dry run planned, and what the commit did. */
export const importRows = pgTable(
  'import_rows',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    plannedKind: text('planned_kind').$type<ImportRowKind>().notNull(),
    plannedFields: text('planned_fields')
      .array()
      .notNull()
      .default(sql`'{}'`),
    kind: text('kind').$type<ImportRowKind>(),
    changedFields: text('changed_fields')
      .array()
      .notNull()
      .default(sql`'{}'`),
    title: text('title'),
    messages: jsonb('messages').$type<ImportMessage[]>().notNull().default([]),
    duplicateOfPracticeId: integer('duplicate_of_practice_id').references(() => practices.id, { onDelete: 'set null' }),
    duplicateOfRow: integer('duplicate_of_row'),
    practiceId: integer('practice_id').references(() => practices.id, { onDelete: 'set null' }),
    versionAfter: integer('version_after'),
    before: jsonb('before').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ name: 'import_rows_pk', columns: [t.importId, t.rowNumber] }),
    index('import_rows_practice_idx').on(t.practiceId),
  ],
)

/** Where an imported practice came from, and the key that finds it again when the file is imported again. */
export const practiceSources = pgTable('practice_sources', {
  practiceId: integer('practice_id')
    .primaryKey()
    .references(() => practices.id, { onDelete: 'cascade' }),
  sourceKey: text('source_key').notNull().unique('practice_sources_source_key'),
  sourceReference: text('source_reference'),
  importId: integer('import_id').references(() => imports.id, { onDelete: 'set null' }),
  sourceFile: text('source_file').notNull(),
  sourceRow: integer('source_row').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
