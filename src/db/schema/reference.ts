import { sql } from 'drizzle-orm'
import {
  check,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core'

/**
 * The kinds of question a call may ask (issue 14): short text, long text (with an optional word limit),
 * one choice, several choices, yes or no, a date.
 */
export const callQuestionKinds = ['short', 'text', 'radios', 'checkboxes', 'yesno', 'date'] as const
export type CallQuestionKind = (typeof callQuestionKinds)[number]

export interface CallQuestion {
  /** where its answers are kept in practices.call_answers; a new version of a question gets a new key */
  key: string
  label: string
  hint?: string
  kind: CallQuestionKind
  /** for radios and checkboxes: [key, label] pairs */
  options?: [string, string][]
  /** false for an optional question; missing means required (as the first calls' questions were) */
  required?: boolean
  /** for long text: the most words an answer may have */
  wordLimit?: number
  /** the key of its first version: every version of one question shares it (missing: the key itself) */
  stem?: string
  /** 1 for the first wording, one more each time it changed after someone had sent an answer to it */
  version?: number
}

export type ForceSizeBand = 'small' | 'medium' | 'large'

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** force, national-body, or a partner kind (local-authority, charity, health, university…) */
    kind: text('kind').notNull(),
    /** NPCC region key, null for partners that are not tied to one */
    region: text('region'),
    /** common short names ("Met", "GMP"), searchable with the name */
    shortNames: text('short_names')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** small, medium or large by officer numbers, for forces; null for national bodies and partners */
    sizeBand: text('size_band').$type<ForceSizeBand>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('organisations_code_format', sql`${t.code} ~ '^[a-z0-9-]+$'`)],
)

export const taxonomyTerms = pgTable(
  'taxonomy_terms',
  {
    id: serial('id').primaryKey(),
    taxonomy: text('taxonomy').notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull().default(0),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [unique('taxonomy_terms_taxonomy_key').on(t.taxonomy, t.key)],
)

export const calls = pgTable('calls', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  theme: text('theme').notNull(),
  year: smallint('year').notNull(),
  opensOn: date('opens_on', { mode: 'string' }).notNull(),
  closesOn: date('closes_on', { mode: 'string' }).notNull(),
  /** what the programme wants to hear about, shown on the call page */
  guidance: text('guidance').notNull().default(''),
  /** the call's own questions, asked on top of the standard form and answered in practices.call_answers */
  questions: jsonb('questions').$type<CallQuestion[]>().notNull().default([]),
  /** one or two sentences for the list of calls (issue 14) */
  summary: text('summary').notNull().default(''),
  /** the national portfolios sponsoring the call, one per line */
  sponsors: text('sponsors').notNull().default(''),
  contactEmail: text('contact_email'),
  /** the topics the call is about: keys of topic terms */
  topics: text('topics')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** days after closing in which drafts already started can still be sent */
  graceDays: smallint('grace_days').notNull().default(0),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  /** earlier versions of its questions that someone answered, so each answer keeps the wording it answered */
  questionHistory: jsonb('question_history').$type<CallQuestion[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** What start-up has already done, so a restart can skip it: e.g. the checksum of the reference data seeded. */
export const startupState = pgTable('startup_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Groups of terms that mean the same thing to a searcher ("domestic abuse", "DA"); admins keep them. */
export const searchSynonymGroups = pgTable('search_synonym_groups', {
  id: serial('id').primaryKey(),
  terms: text('terms').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Words of published practice per visibility, kept by a trigger on practices, for spelling corrections. */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').notNull(),
    visibility: text('visibility').notNull(),
    practices: integer('practices').notNull(),
  },
  (t) => [primaryKey({ name: 'search_words_pk', columns: [t.word, t.visibility] })],
)
