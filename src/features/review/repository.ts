import { and, asc, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { attachments, practiceRevisions, practices, userRoles, users } from '../../db/schema/index.js'

// Every column but the search vector, which review pages never show.
const { search: _search, ...practiceColumns } = getTableColumns(practices)

export type ReviewPracticeRow = typeof practices.$inferSelect

/** A practice with its submitter's address, by reference. Drafts have no reference, so are never found. */
export async function findPracticeByReference(db: Db, reference: string) {
  const [row] = await db
    .select({ practice: practiceColumns, submitterEmail: users.email, submitterName: users.name })
    .from(practices)
    .leftJoin(users, eq(users.id, practices.submittedByUserId))
    .where(eq(practices.reference, reference))
    .limit(1)
  if (!row) return null
  return {
    practice: row.practice as ReviewPracticeRow,
    submitterEmail: row.submitterEmail,
    submitterName: row.submitterName,
  }
}

/** Writes `changes` only if the practice is still at `version`, bumping it; false when someone got there first. */
export async function updatePracticeAtVersion(
  db: Db,
  id: number,
  version: number,
  changes: Partial<typeof practices.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(practices)
    .set({ ...changes, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, id), eq(practices.version, version)))
    .returning({ id: practices.id })
  return rows.length === 1
}

/** Records the first time a reviewer acted on the practice; later calls keep the first time. */
export async function markFirstReviewed(db: Db, id: number): Promise<void> {
  await db
    .update(practices)
    .set({ firstReviewedAt: new Date() })
    .where(and(eq(practices.id, id), isNull(practices.firstReviewedAt)))
}

export async function slugTaken(db: Db, slug: string, exceptId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from practices where slug = ${slug} and id <> ${exceptId} limit 1`,
  )
  return rows.length > 0
}

/** People who hold the reviewer role, for assignment. */
export async function findReviewers(db: Db) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'reviewer'), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
}

export async function findAttachments(db: Db, practiceId: number) {
  return (
    db
      .select({
        id: attachments.id,
        displayName: attachments.displayName,
        kind: attachments.kind,
        extension: attachments.extension,
        sizeBytes: attachments.sizeBytes,
        createdAt: attachments.createdAt,
      })
      .from(attachments)
      // the live files: those added in a change to published practice wait for its approval
      .where(and(eq(attachments.practiceId, practiceId), isNull(attachments.revisionId)))
      .orderBy(asc(attachments.createdAt), asc(attachments.id))
  )
}

export async function findRevisions(db: Db, practiceId: number) {
  return db
    .select()
    .from(practiceRevisions)
    .where(eq(practiceRevisions.practiceId, practiceId))
    .orderBy(desc(practiceRevisions.number))
}

export async function findRevision(db: Db, practiceId: number, number: number) {
  const [row] = await db
    .select()
    .from(practiceRevisions)
    .where(and(eq(practiceRevisions.practiceId, practiceId), eq(practiceRevisions.number, number)))
    .limit(1)
  return row ?? null
}

export type RevisionRow = typeof practiceRevisions.$inferSelect

/** Keeps a copy of the content as published, numbered after every earlier revision. */
export async function insertApprovedRevision(
  db: Db,
  practiceId: number,
  content: Record<string, unknown>,
  userId: number,
): Promise<void> {
  const now = new Date()
  await db.insert(practiceRevisions).values({
    practiceId,
    number: sql`(select coalesce(max(number), 0) + 1 from practice_revisions where practice_id = ${practiceId})`,
    status: 'approved',
    content,
    createdByUserId: userId,
    decidedByUserId: userId,
    submittedAt: now,
    decidedAt: now,
  })
}

export async function updateRevisionAtVersion(
  db: Db,
  id: number,
  version: number,
  changes: Partial<typeof practiceRevisions.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(practiceRevisions)
    .set({ ...changes, version: sql`${practiceRevisions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practiceRevisions.id, id), eq(practiceRevisions.version, version)))
    .returning({ id: practiceRevisions.id })
  return rows.length === 1
}
