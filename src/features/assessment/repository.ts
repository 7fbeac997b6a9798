import { and, asc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { assessments, organisations, practices, users, type CriterionScore } from '../../db/schema/index.js'

/** What the assessment pages need to know about a practice. */
export async function findPracticeByReference(db: Db, reference: string) {
  const [row] = await db
    .select({
      id: practices.id,
      reference: practices.reference,
      title: practices.title,
      status: practices.status,
      version: practices.version,
      assessmentsRequired: practices.assessmentsRequired,
      shortlisted: practices.shortlisted,
      reviewDueOn: practices.reviewDueOn,
      submittedByUserId: practices.submittedByUserId,
      organisation: organisations.name,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(eq(practices.reference, reference))
  return row ?? null
}

export type AssessedPractice = NonNullable<Awaited<ReturnType<typeof findPracticeByReference>>>

const assessmentColumns = {
  id: assessments.id,
  practiceId: assessments.practiceId,
  reviewerUserId: assessments.reviewerUserId,
  reviewerName: users.name,
  isConsensus: assessments.isConsensus,
  scores: assessments.scores,
  completedAt: assessments.completedAt,
  updatedAt: assessments.updatedAt,
}

/** Every assessment of these practices (independent ones and any consensus), oldest first. */
export function findAssessments(db: Db, practiceIds: number[]) {
  if (practiceIds.length === 0) return Promise.resolve([])
  return db
    .select(assessmentColumns)
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.reviewerUserId))
    .where(inArray(assessments.practiceId, practiceIds))
    .orderBy(asc(assessments.createdAt), asc(assessments.id))
}

export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number]

/** Writes one reviewer's own assessment, creating it the first time. */
export async function saveOwnAssessment(
  db: Db,
  practiceId: number,
  reviewerUserId: number,
  scores: Record<string, CriterionScore>,
  complete: boolean,
): Promise<number> {
  const completedAt = complete ? new Date() : null
  const [row] = await db
    .insert(assessments)
    .values({ practiceId, reviewerUserId, scores, completedAt })
    .onConflictDoUpdate({
      target: [assessments.practiceId, assessments.reviewerUserId],
      targetWhere: sql`not ${assessments.isConsensus}`,
      set: { scores, completedAt, updatedAt: new Date() },
      // A completed assessment is final: it is never rewritten.
      setWhere: sql`${assessments.completedAt} is null`,
    })
    .returning({ id: assessments.id })
  return row?.id ?? 0
}

/** Records the consensus, or replaces the one recorded before. */
export async function saveConsensus(
  db: Db,
  practiceId: number,
  reviewerUserId: number,
  scores: Record<string, CriterionScore>,
): Promise<void> {
  const now = new Date()
  await db
    .insert(assessments)
    .values({ practiceId, reviewerUserId, scores, completedAt: now, isConsensus: true })
    .onConflictDoUpdate({
      target: assessments.practiceId,
      targetWhere: sql`${assessments.isConsensus}`,
      set: { scores, reviewerUserId, completedAt: now, updatedAt: now },
    })
}

/**
 * Changes a practice only if nobody has changed it since `version` was read, and bumps the version.
 * False means someone else got there first (or it does not exist): the caller shows the conflict page.
 */
export async function updatePracticeAtVersion(
  db: Db,
  practiceId: number,
  version: number,
  values: Partial<Pick<typeof practices.$inferInsert, 'assessmentsRequired' | 'shortlisted' | 'reviewDueOn'>>,
): Promise<boolean> {
  const rows = await db
    .update(practices)
    .set({ ...values, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, practiceId), eq(practices.version, version)))
    .returning({ id: practices.id })
  return rows.length === 1
}

const listColumns = {
  id: practices.id,
  reference: practices.reference,
  title: practices.title,
  status: practices.status,
  assessmentsRequired: practices.assessmentsRequired,
  shortlisted: practices.shortlisted,
  submittedAt: practices.submittedAt,
  organisation: organisations.name,
}

/**
 * Practice that may be on the assessments list: under review, or with assessments or a shortlisting
 * already. The service works out which of them need assessment, disagree or are shortlisted.
 */
export function findAssessmentCandidates(db: Db) {
  return db
    .select(listColumns)
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(
      and(
        sql`${practices.reference} is not null`,
        or(
          inArray(practices.status, ['submitted', 'in_review']),
          eq(practices.shortlisted, true),
          sql`exists (select 1 from ${assessments} where ${assessments.practiceId} = ${practices.id})`,
        ),
        sql`${practices.status} not in ('withdrawn', 'archived', 'draft')`,
      ),
    )
    .orderBy(asc(practices.submittedAt), asc(practices.id))
    .limit(500)
}

/** When published practice is due to be re-confirmed: its own date, or a year after publication. */
const dueOn = sql<string>`coalesce(${practices.reviewDueOn}, (${practices.publishedAt} + interval '12 months')::date)`

/** Published practice whose review date is before `today`, oldest due first. */
export function findPracticeDueForReview(db: Db, today: string) {
  return db
    .select({
      id: practices.id,
      reference: practices.reference,
      slug: practices.slug,
      title: practices.title,
      version: practices.version,
      organisation: organisations.name,
      publishedAt: practices.publishedAt,
      dueOn: sql<string>`${dueOn}::text`,
      daysOverdue: sql<number>`(${today}::date - ${dueOn})::int`,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(and(eq(practices.status, 'published'), sql`${dueOn} < ${today}::date`))
    .orderBy(asc(dueOn), asc(practices.id))
    .limit(200)
}

export async function countPracticeDueForReview(db: Db, today: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(practices)
    .where(and(eq(practices.status, 'published'), sql`${dueOn} < ${today}::date`))
  return row?.n ?? 0
}

/** A year on from `today`, as the database counts months. */
export async function yearAfter(db: Db, today: string): Promise<string> {
  const [row] = await db
    .select({ day: sql<string>`((${today}::date + interval '12 months')::date)::text` })
    .from(sql`(select 1) as one`)
  return row?.day ?? today
}
