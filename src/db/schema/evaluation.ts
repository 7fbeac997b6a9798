import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { practices } from './practices.js'

/** One outcome of a theory of change and how it would be measured. */
export interface OutcomeMeasure {
  outcome: string
  measure: string | null
  dataSource: string | null
  /** is there baseline data for this measure: yes, no or not sure */
  baseline: 'yes' | 'no' | 'not-sure' | null
}

export const outcomeTerms = ['short', 'medium', 'long'] as const
export type OutcomeTerm = (typeof outcomeTerms)[number]

/** The answers that score evaluation readiness beside what the theory of change itself shows. */
export interface ReadinessAnswers {
  comparisonGroup: 'yes' | 'no' | 'not-sure' | null
  casesPerYear: number | null
  dataSharing: 'yes' | 'no' | 'not-sure' | null
  monthsRunning: number | null
  leadershipSupport: 'yes' | 'no' | 'not-sure' | null
}

/** Everything a theory of change says; every saved version keeps a whole copy. */
export interface TheoryOfChangeContent {
  problem: string | null
  inputs: string[]
  activities: string[]
  outputs: string[]
  outcomes: Record<OutcomeTerm, OutcomeMeasure[]>
  impact: string | null
  assumptions: string[]
  risks: string[]
  readiness: ReadinessAnswers
}

/** A practice's theory of change: which version is the latest, and whether it may show on the practice page. */
export const theoriesOfChange = pgTable('theories_of_change', {
  practiceId: integer('practice_id')
    .primaryKey()
    .references(() => practices.id, { onDelete: 'cascade' }),
  /** also the optimistic-concurrency version: a save must name the latest it saw */
  latestVersion: integer('latest_version').notNull().default(0),
  /** the contributor agreed to show it on the published practice page */
  showOnPracticePage: boolean('show_on_practice_page').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Every saved version, kept whole. */
export const theoryOfChangeVersions = pgTable(
  'theory_of_change_versions',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    content: jsonb('content').$type<TheoryOfChangeContent>().notNull(),
    /** the builder page that was saved */
    savedPage: text('saved_page').notNull(),
    savedByUserId: integer('saved_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('theory_of_change_versions_number').on(t.practiceId, t.versionNumber)],
)

/** A reviewer's comment on one version. */
export const theoryOfChangeComments = pgTable(
  'theory_of_change_comments',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    body: text('body').notNull(),
    authorUserId: integer('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('theory_of_change_comments_practice_idx').on(t.practiceId, t.versionNumber)],
)

export const requestStatuses = ['requested', 'accepted', 'declined', 'withdrawn'] as const
export type RequestStatus = (typeof requestStatuses)[number]
export const fundingStatuses = ['funded', 'applying', 'unfunded'] as const
export type FundingStatus = (typeof fundingStatuses)[number]

/** An academic's request to be introduced to the people behind a practice, with a short proposal. */
export const evaluationRequests = pgTable(
  'evaluation_requests',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    academicUserId: integer('academic_user_id').references(() => users.id, { onDelete: 'set null' }),
    institution: text('institution').notNull(),
    method: text('method').notNull(),
    timescale: text('timescale').notNull(),
    fundingStatus: text('funding_status').$type<FundingStatus>().notNull(),
    ethicsRoute: text('ethics_route').notNull(),
    status: text('status').$type<RequestStatus>().notNull().default('requested'),
    decisionNote: text('decision_note'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluation_requests_practice_idx').on(t.practiceId),
    index('evaluation_requests_academic_idx').on(t.academicUserId),
    index('evaluation_requests_status_idx').on(t.status, t.createdAt),
    check('evaluation_requests_status', sql`${t.status} in ('requested', 'accepted', 'declined', 'withdrawn')`),
    check('evaluation_requests_funding', sql`${t.fundingStatus} in ('funded', 'applying', 'unfunded')`),
  ],
)

export const evaluationStatuses = ['proposed', 'agreed', 'under_way', 'reported', 'closed', 'withdrawn'] as const
export type EvaluationStatus = (typeof evaluationStatuses)[number]

/** An evaluation of a practice, from the accepted introduction to its report and findings. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    requestId: integer('request_id').references(() => evaluationRequests.id, { onDelete: 'set null' }),
    status: text('status').$type<EvaluationStatus>().notNull().default('proposed'),
    evaluatorUserId: integer('evaluator_user_id').references(() => users.id, { onDelete: 'set null' }),
    evaluatorName: text('evaluator_name').notNull(),
    institution: text('institution').notNull(),
    method: text('method').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    reportUrl: text('report_url'),
    /** the report as an uploaded file (migration 0038): its key in the file store, shown name, type and size */
    reportFileKey: text('report_file_key'),
    reportFileName: text('report_file_name'),
    reportFileType: text('report_file_type'),
    reportFileBytes: integer('report_file_bytes'),
    reportFileSha256: text('report_file_sha256'),
    findings: text('findings'),
    reportedAt: timestamp('reported_at', { withTimezone: true }),
    /** a reviewer has looked again at stage of practice and outcome category since the report */
    classificationRevisitedAt: timestamp('classification_revisited_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluations_practice_idx').on(t.practiceId),
    // reports waiting for a reviewer to look again at the classification (migration 0035)
    index('evaluations_reported_idx')
      .on(t.reportedAt)
      .where(sql`${t.classificationRevisitedAt} is null`),
    check(
      'evaluations_status',
      sql`${t.status} in ('proposed', 'agreed', 'under_way', 'reported', 'closed', 'withdrawn')`,
    ),
  ],
)
