import { sql } from 'drizzle-orm'
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'
import { practiceRevisions } from './submissions.js'

/**
 * The timeline of a practice: every submission, decision, assignment and note. Internal events
 * (notes, assignments) are for reviewers; the rest the contributor sees too.
 */
export const practiceEvents = pgTable(
  'practice_events',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    revisionId: integer('revision_id').references(() => practiceRevisions.id, { onDelete: 'set null' }),
    /** created, submitted, resubmitted, withdrawn, assigned, review-started, changes-requested, rejected, published, unpublished, archived, classified, toolkit-linked, note, revision-submitted, revision-approved, revision-rejected… */
    kind: text('kind').notNull(),
    /** comments, reasons or the note itself */
    body: text('body'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    internal: boolean('internal').notNull().default(false),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_events_practice_idx').on(t.practiceId, t.createdAt)],
)

/**
 * What Works Crime Reduction Toolkit interventions, with the EMMIE dimensions: for each of effect,
 * mechanism, moderators, implementation and economic cost, what the evidence says and how strong that
 * evidence is (0 to 4). Admins keep them at /admin/toolkit (src/features/toolkit).
 */
export const toolkitEntries = pgTable(
  'toolkit_entries',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    /** the key of the entry in the file it was imported from; imports match rows on it (or on slug) */
    sourceId: text('source_id'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** reduces-crime, mixed, no-reliable-effect or increases-crime; null when not recorded */
    overallEffect: text('overall_effect').$type<OverallEffect>(),
    /** strength of the evidence overall, 0 (none) to 4 (very strong) */
    evidenceStrength: smallint('evidence_strength'),
    problem: text('problem').notNull().default(''),
    population: text('population').notNull().default(''),
    effect: text('effect').notNull().default(''),
    effectStrength: smallint('effect_strength'),
    mechanism: text('mechanism').notNull().default(''),
    mechanismStrength: smallint('mechanism_strength'),
    moderators: text('moderators').notNull().default(''),
    moderatorsStrength: smallint('moderators_strength'),
    implementation: text('implementation').notNull().default(''),
    implementationStrength: smallint('implementation_strength'),
    economicCost: text('economic_cost').notNull().default(''),
    economicCostStrength: smallint('economic_cost_strength'),
    url: text('url'),
    /** sample entries in our own words, not the Toolkit's text */
    isSample: boolean('is_sample').notNull().default(false),
    /** retired entries are no longer offered to reviewers; practice already linked keeps the link */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('toolkit_entries_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    uniqueIndex('toolkit_entries_source_id_key')
      .on(t.sourceId)
      .where(sql`${t.sourceId} is not null`),
  ],
)

export const overallEffects = ['reduces-crime', 'mixed', 'no-reliable-effect', 'increases-crime'] as const
export type OverallEffect = (typeof overallEffects)[number]

export const practiceToolkitLinks = pgTable(
  'practice_toolkit_links',
  {
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    toolkitEntryId: integer('toolkit_entry_id')
      .notNull()
      .references(() => toolkitEntries.id, { onDelete: 'cascade' }),
    /** how the practice relates to the intervention */
    note: text('note'),
    linkedByUserId: integer('linked_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.toolkitEntryId] })],
)

/** The published criteria reviewers score against; admins edit them. */
export const assessmentCriteria = pgTable('assessment_criteria', {
  id: serial('id').primaryKey(),
  key: text('key').notNull().unique(),
  label: text('label').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
})

export interface CriterionScore {
  score: number
  rationale: string
}

/** One reviewer's scores for one practice, or the consensus recorded after two disagree. */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    reviewerUserId: integer('reviewer_user_id').references(() => users.id, { onDelete: 'set null' }),
    isConsensus: boolean('is_consensus').notNull().default(false),
    /** keyed by criterion key */
    scores: jsonb('scores').$type<Record<string, CriterionScore>>().notNull().default({}),
    /** null while the reviewer is still scoring */
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessments_one_per_reviewer')
      .on(t.practiceId, t.reviewerUserId)
      .where(sql`not ${t.isConsensus}`),
    uniqueIndex('assessments_one_consensus')
      .on(t.practiceId)
      .where(sql`${t.isConsensus}`),
  ],
)
