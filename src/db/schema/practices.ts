import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'
import { users } from './accounts.js'
import { calls, organisations, taxonomyTerms } from './reference.js'

/** Answers saved for later that did not pass their page's check: section key → form field → as posted. */
export type PendingAnswers = Record<string, Record<string, string | string[]>>

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
})

export const practiceStatuses = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'published',
  'rejected',
  'withdrawn',
  'archived',
  /** brought in from the legacy spreadsheet, waiting for a reviewer (src/features/imports) */
  'imported',
] as const
export type PracticeStatus = (typeof practiceStatuses)[number]

/** public: everyone; policing: police members and staff; internal: reviewers and the practice's own contributors */
/** what the contributor agreed to: publish to everyone, to policing only, or not at all */
export const consentPublications = ['public', 'policing', 'none'] as const
export type ConsentPublication = (typeof consentPublications)[number]

export const visibilities = ['public', 'policing', 'internal'] as const
export type Visibility = (typeof visibilities)[number]

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '))

export const practices = pgTable(
  'practices',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    /** e.g. PB-2026-0042, given when first submitted */
    reference: text('reference').unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    problem: text('problem'),
    aims: text('aims'),
    approach: text('approach'),
    targetGroupIds: integer('target_group_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    partnerSectorIds: integer('partner_sector_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    partners: text('partners'),
    /** implementation challenges met (terms); null: not asked, as for practice sent before the question existed */
    challengeIds: integer('challenge_ids').array(),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    resources: text('resources'),
    implementationChallenges: text('implementation_challenges'),
    lessonsLearned: text('lessons_learned'),
    evaluationMethod: text('evaluation_method'),
    evaluationResults: text('evaluation_results'),
    /** links to reports, websites or news items, one per line */
    links: text('links'),
    sustainability: text('sustainability'),
    otherOrganisations: text('other_organisations'),
    contactName: text('contact_name'),
    contactRole: text('contact_role'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** true: still running, so no end date */
    stillRunning: boolean('still_running'),
    /** the contributor's own view of the outcome, kept beside the reviewer's outcome_id */
    selfOutcomeId: integer('self_outcome_id').references(() => taxonomyTerms.id),
    /** consent: how widely it may be published (public, policing, none) */
    consentPublication: text('consent_publication').$type<ConsentPublication>(),
    consentShowContact: boolean('consent_show_contact'),
    consentResearch: boolean('consent_research'),
    consentEvents: boolean('consent_events'),
    consentGovernment: boolean('consent_government'),
    privacyNoticeRead: boolean('privacy_notice_read'),
    /** task-list sections the contributor has completed */
    completedSections: text('completed_sections')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /**
     * answers saved for later that did not pass their page's check, kept as typed until they are put
     * right: section key → form field → what was posted
     */
    pendingAnswers: jsonb('pending_answers').$type<PendingAnswers>().notNull().default({}),
    /** optimistic concurrency: every write checks and bumps it */
    version: integer('version').notNull().default(1),
    assignedToUserId: integer('assigned_to_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** 1 or 2 independent assessments needed */
    assessmentsRequired: smallint('assessments_required').notNull().default(1),
    /** picked out for evaluation after assessment */
    shortlisted: boolean('shortlisted').notNull().default(false),
    /** published practice is re-confirmed by this date */
    reviewDueOn: date('review_due_on', { mode: 'string' }),
    stageId: integer('stage_id').references(() => taxonomyTerms.id),
    outcomeId: integer('outcome_id').references(() => taxonomyTerms.id),
    scaleId: integer('scale_id').references(() => taxonomyTerms.id),
    purposeIds: integer('purpose_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    topicIds: integer('topic_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    recognitionIds: integer('recognition_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    callId: integer('call_id').references(() => calls.id),
    /** the contributor who submitted it; null for imported and demo practice, or after their account is deleted */
    submittedByUserId: integer('submitted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** answers to the extra questions of the call, keyed by question */
    callAnswers: jsonb('call_answers').$type<Record<string, string | string[]>>(),
    status: text('status').$type<PracticeStatus>().notNull().default('draft'),
    visibility: text('visibility').$type<Visibility>().notNull().default('internal'),
    /** fictional practice loaded by `npm run seed:demo`; labelled as demo wherever it is shown */
    isDemo: boolean('is_demo').notNull().default(false),
    /** forces that adopted or adapted it (adoptions not removed), kept by the adoptions service for sorting */
    adoptionCount: integer('adoption_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** the first time it was published; kept by a trigger (migration 0032), never moved by a later publication */
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    firstReviewedAt: timestamp('first_reviewed_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** when the published content last changed (first publication or an approved revision) */
    contentUpdatedAt: timestamp('content_updated_at', { withTimezone: true }),
    /** the words of every label the practice carries, kept by a trigger (migration 0009) */
    labelText: text('label_text').notNull().default(''),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce("title", '') || ' ' || "label_text"), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B') || setweight(to_tsvector('english', coalesce("problem", '') || ' ' || coalesce("aims", '') || ' ' || coalesce("approach", '') || ' ' || coalesce("partners", '') || ' ' || coalesce("resources", '') || ' ' || coalesce("implementation_challenges", '') || ' ' || coalesce("lessons_learned", '') || ' ' || coalesce("evaluation_method", '') || ' ' || coalesce("evaluation_results", '')), 'C')`,
      ),
  },
  (t) => [
    check('practices_status', sql`${t.status} in (${inList(practiceStatuses)})`),
    check(
      'practices_consent_publication',
      sql`${t.consentPublication} is null or ${t.consentPublication} in (${inList(consentPublications)})`,
    ),
    check('practices_assessments_required', sql`${t.assessmentsRequired} in (1, 2)`),
    check('practices_visibility', sql`${t.visibility} in (${inList(visibilities)})`),
    // Never wider than consent (the same rule as allowedVisibilities in features/access/consent.ts).
    check(
      'practices_visibility_within_consent',
      sql`${t.visibility} = 'internal' or (${t.visibility} = 'policing' and ${t.consentPublication} in ('public', 'policing')) or (${t.visibility} = 'public' and ${t.consentPublication} = 'public')`,
    ),
    check('practices_dates', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
    index('practices_search_idx').using('gin', t.search),
    index('practices_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    index('practices_topic_ids_idx').using('gin', t.topicIds),
    index('practices_purpose_ids_idx').using('gin', t.purposeIds),
    index('practices_recognition_ids_idx').using('gin', t.recognitionIds),
    index('practices_listing_idx').on(t.status, t.visibility, t.publishedAt),
    index('practices_organisation_idx').on(t.organisationId),
    index('practices_outcome_idx').on(t.outcomeId),
    index('practices_stage_idx').on(t.stageId),
    index('practices_call_idx').on(t.callId),
    index('practices_submitted_by_idx').on(t.submittedByUserId),
    index('practices_submitted_at_idx').on(t.submittedAt),
    index('practices_assigned_to_idx').on(t.assignedToUserId),
    index('practices_review_due_idx').on(t.reviewDueOn),
  ],
)

/**
 * Page views of each practice, counted here rather than on practices: any update of a practice rewrites
 * its stored search vector (migration 0043 says what that cost).
 */
export const practiceViews = pgTable('practice_views', {
  practiceId: integer('practice_id')
    .primaryKey()
    .references(() => practices.id, { onDelete: 'cascade' }),
  viewCount: integer('view_count').notNull().default(0),
})
