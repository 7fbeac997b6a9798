import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import {
  evaluationRequests,
  evaluations,
  practices,
  userRoles,
  users,
  type EvaluationStatus,
  type FundingStatus,
  type RequestStatus,
  type TheoryOfChangeContent,
} from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'

/**
 * Practice open to researchers that this viewer may read. Every list, count and lookup of the
 * evaluation pages comes through here, and reads the view `practice_open_to_research` (migration
 * 0035), which holds only practice whose contributor agreed to be introduced to researchers.
 */
const openPractice = (rule: VisibilityRule, extra = sql`true`) => sql`
  select p.id, p.slug, p.title, p.summary, p.reference, p.organisation_id as "organisationId",
         p.topic_ids as "topicIds", p.purpose_ids as "purposeIds", p.stage_id as "stageId",
         p.outcome_id as "outcomeId", p.shortlisted, p.submitted_by_user_id as "submittedByUserId",
         v.content as "theoryOfChange"
  from practice_open_to_research p
  left join theories_of_change t on t.practice_id = p.id
  left join theory_of_change_versions v on v.practice_id = p.id and v.version_number = t.latest_version
  where ${visiblePractice(rule)} and ${extra}
  order by p.shortlisted desc, p.title asc`

export interface OpenPracticeRow {
  id: number
  slug: string
  title: string
  summary: string
  reference: string | null
  organisationId: number
  topicIds: number[]
  purposeIds: number[]
  stageId: number | null
  outcomeId: number | null
  shortlisted: boolean
  submittedByUserId: number | null
  theoryOfChange: TheoryOfChangeContent | null
}

export function findOpenPractice(db: Db, rule: VisibilityRule): Promise<OpenPracticeRow[]> {
  return queryRows<OpenPracticeRow>(db, openPractice(rule))
}

export async function findOpenPracticeBySlug(db: Db, rule: VisibilityRule, slug: string) {
  const [row] = await queryRows<OpenPracticeRow>(db, openPractice(rule, sql`p.slug = ${slug}`))
  return row ?? null
}

/** The same, for a practice a request is about: staff deciding see it only while consent holds. */
export async function isOpenToResearch(db: Db, practiceId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from practice_open_to_research where id = ${practiceId}`,
  )
  return rows.length > 0
}

/** The practice lead's details for an accepted introduction (view `introduction_contacts`), else null. */
export async function findIntroductionContact(db: Db, requestId: number) {
  const [row] = await queryRows<{
    contactName: string | null
    contactRole: string | null
    contactEmail: string | null
    contactPhone: string | null
  }>(
    db,
    sql`select contact_name as "contactName", contact_role as "contactRole", contact_email as "contactEmail",
               contact_phone as "contactPhone"
        from introduction_contacts where request_id = ${requestId}`,
  )
  return row ?? null
}

export interface NewRequest {
  practiceId: number
  academicUserId: number
  institution: string
  method: string
  timescale: string
  fundingStatus: FundingStatus
  ethicsRoute: string
}

export async function insertRequest(db: Db, values: NewRequest) {
  const [row] = await db.insert(evaluationRequests).values(values).onConflictDoNothing().returning()
  return row ?? null
}

const requestColumns = {
  id: evaluationRequests.id,
  practiceId: evaluationRequests.practiceId,
  academicUserId: evaluationRequests.academicUserId,
  institution: evaluationRequests.institution,
  method: evaluationRequests.method,
  timescale: evaluationRequests.timescale,
  fundingStatus: evaluationRequests.fundingStatus,
  ethicsRoute: evaluationRequests.ethicsRoute,
  status: evaluationRequests.status,
  decisionNote: evaluationRequests.decisionNote,
  decidedAt: evaluationRequests.decidedAt,
  version: evaluationRequests.version,
  createdAt: evaluationRequests.createdAt,
  academicName: users.name,
  academicEmail: users.email,
}

/** Requests with the practice they are about (title and reference), newest first. */
function requestsQuery(db: Db) {
  return db
    .select({
      ...requestColumns,
      practiceTitle: sql<string>`(select title from practices where id = ${evaluationRequests.practiceId})`,
      practiceSlug: sql<string>`(select slug from practices where id = ${evaluationRequests.practiceId})`,
      practiceReference: sql<
        string | null
      >`(select reference from practices where id = ${evaluationRequests.practiceId})`,
    })
    .from(evaluationRequests)
    .leftJoin(users, eq(users.id, evaluationRequests.academicUserId))
}

export type RequestRow = Awaited<ReturnType<typeof findRequest>> & object

export async function findRequest(db: Db, id: number) {
  const [row] = await requestsQuery(db).where(eq(evaluationRequests.id, id))
  return row ?? null
}

export function findRequests(db: Db) {
  return requestsQuery(db).orderBy(desc(evaluationRequests.createdAt), desc(evaluationRequests.id))
}

export function findRequestsBy(db: Db, academicUserId: number) {
  return requestsQuery(db)
    .where(eq(evaluationRequests.academicUserId, academicUserId))
    .orderBy(desc(evaluationRequests.createdAt), desc(evaluationRequests.id))
}

/** Changes a request's status if it is still at the version the person saw; false when it was not. */
export async function updateRequestAtVersion(
  db: Db,
  id: number,
  version: number,
  values: { status: RequestStatus; decisionNote?: string | null; decidedByUserId?: number | null },
): Promise<boolean> {
  const rows = await db
    .update(evaluationRequests)
    .set({ ...values, decidedAt: new Date(), version: sql`${evaluationRequests.version} + 1` })
    .where(and(eq(evaluationRequests.id, id), eq(evaluationRequests.version, version)))
    .returning({ id: evaluationRequests.id })
  return rows.length > 0
}

export async function insertEvaluation(db: Db, values: typeof evaluations.$inferInsert) {
  const [row] = await db.insert(evaluations).values(values).returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}

export type EvaluationRow = typeof evaluations.$inferSelect

export async function findEvaluation(db: Db, id: number) {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id))
  return row ?? null
}

/** Evaluations with their practice, newest first. */
export function findEvaluations(db: Db) {
  return db
    .select({
      evaluation: evaluations,
      practiceTitle: sql<string>`(select title from practices where id = ${evaluations.practiceId})`,
      practiceSlug: sql<string>`(select slug from practices where id = ${evaluations.practiceId})`,
      practiceReference: sql<string | null>`(select reference from practices where id = ${evaluations.practiceId})`,
    })
    .from(evaluations)
    .orderBy(desc(evaluations.updatedAt), desc(evaluations.id))
}

/** A practice's evaluations that readers may see on its page: every one except those withdrawn. */
export function findPracticeEvaluations(db: Db, practiceId: number) {
  return db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.practiceId, practiceId), sql`${evaluations.status} <> 'withdrawn'`))
    .orderBy(asc(evaluations.createdAt))
}

export async function updateEvaluationAtVersion(
  db: Db,
  id: number,
  version: number,
  values: Partial<Omit<typeof evaluations.$inferInsert, 'id' | 'version'>> & { status?: EvaluationStatus },
): Promise<boolean> {
  const rows = await db
    .update(evaluations)
    .set({ ...values, updatedAt: new Date(), version: sql`${evaluations.version} + 1` })
    .where(and(eq(evaluations.id, id), eq(evaluations.version, version)))
    .returning({ id: evaluations.id })
  return rows.length > 0
}

/** Reported evaluations no reviewer has yet revisited the classification for. */
export function findReportsToRevisit(db: Db) {
  return db
    .select({
      id: evaluations.id,
      practiceId: evaluations.practiceId,
      version: evaluations.version,
      reportedAt: evaluations.reportedAt,
      institution: evaluations.institution,
      practiceTitle: sql<string>`(select title from practices where id = ${evaluations.practiceId})`,
      practiceReference: sql<string | null>`(select reference from practices where id = ${evaluations.practiceId})`,
    })
    .from(evaluations)
    .where(and(sql`${evaluations.reportedAt} is not null`, isNull(evaluations.classificationRevisitedAt)))
    .orderBy(asc(evaluations.reportedAt))
}

export async function findReviewerEmails(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'reviewer'), isNull(users.disabledAt), isNull(users.deletedAt)))
  return rows.map((r) => r.email).filter((e): e is string => Boolean(e))
}

export async function findUserContact(db: Db, userId: number | null) {
  if (userId === null) return null
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.deletedAt)))
  return row?.email ? { name: row.name, email: row.email } : null
}

/** The facts that decide who may read a practice (and so an evaluation report on it). */
export async function findPracticeAccessFacts(db: Db, practiceId: number) {
  const [row] = await db
    .select({
      status: practices.status,
      visibility: practices.visibility,
      organisationId: practices.organisationId,
      submittedByUserId: practices.submittedByUserId,
    })
    .from(practices)
    .where(eq(practices.id, practiceId))
  return row ?? null
}
