import { asc, and, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { attachments, practices, users } from '../../db/schema/index.js'

const practiceColumns = {
  id: practices.id,
  title: practices.title,
  reference: practices.reference,
  status: practices.status,
  visibility: practices.visibility,
  organisationId: practices.organisationId,
  submittedByUserId: practices.submittedByUserId,
}

/** What decides who may work with a practice's attachments. */
export async function findPracticeFacts(db: Db, practiceId: number) {
  const [row] = await db.select(practiceColumns).from(practices).where(eq(practices.id, practiceId))
  return row ?? null
}
export type PracticeFacts = NonNullable<Awaited<ReturnType<typeof findPracticeFacts>>>

/** The same facts with the practice's row locked until the transaction ends, so counts and status hold. */
export async function lockPracticeFacts(db: Db, practiceId: number): Promise<PracticeFacts | null> {
  const [row] = await db.select(practiceColumns).from(practices).where(eq(practices.id, practiceId)).for('update')
  return row ?? null
}

export async function touchPractice(db: Db, practiceId: number): Promise<void> {
  await db
    .update(practices)
    .set({ updatedAt: sql`now()` })
    .where(eq(practices.id, practiceId))
}

/**
 * Which files: the live practice's (revisionId null), or as a change to published practice would leave
 * them: the live files it does not remove, and the files added in it.
 */
export function attachmentsOf(practiceId: number, revisionId: number | null = null): SQL {
  const inPractice = eq(attachments.practiceId, practiceId)
  if (revisionId === null) return and(inPractice, isNull(attachments.revisionId)) as SQL
  return and(
    inPractice,
    or(
      and(isNull(attachments.revisionId), sql`${attachments.removedInRevisionId} is distinct from ${revisionId}`),
      eq(attachments.revisionId, revisionId),
    ),
  ) as SQL
}

export async function listAttachments(db: Db, practiceId: number, revisionId: number | null = null) {
  return db
    .select({
      id: attachments.id,
      displayName: attachments.displayName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      kind: attachments.kind,
      createdAt: attachments.createdAt,
      revisionId: attachments.revisionId,
      uploadedBy: users.name,
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedByUserId))
    .where(attachmentsOf(practiceId, revisionId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
}
export type AttachmentListRow = Awaited<ReturnType<typeof listAttachments>>[number]

export async function countAttachments(db: Db, practiceId: number, revisionId: number | null = null): Promise<number> {
  const [row] = await db.select({ n: count() }).from(attachments).where(attachmentsOf(practiceId, revisionId))
  return row?.n ?? 0
}

export async function insertAttachment(db: Db, values: typeof attachments.$inferInsert): Promise<number> {
  const [row] = await db.insert(attachments).values(values).returning({ id: attachments.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}

/** One attachment with the facts of its practice. */
export async function findAttachment(db: Db, attachmentId: number) {
  const [row] = await db
    .select({ attachment: attachments, practice: practiceColumns })
    .from(attachments)
    .innerJoin(practices, eq(practices.id, attachments.practiceId))
    .where(eq(attachments.id, attachmentId))
  return row ?? null
}

/** Deletes a live file (revisionId null) or one added in that change; the live files of a change stay. */
export async function deleteAttachment(
  db: Db,
  practiceId: number,
  attachmentId: number,
  revisionId: number | null = null,
) {
  const [row] = await db
    .delete(attachments)
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.practiceId, practiceId),
        revisionId === null ? isNull(attachments.revisionId) : eq(attachments.revisionId, revisionId),
      ),
    )
    .returning()
  return row ?? null
}

/** Marks a live file to be removed when the change is approved; it stays live until then. */
export async function markRemovedInRevision(db: Db, practiceId: number, attachmentId: number, revisionId: number) {
  const [row] = await db
    .update(attachments)
    .set({ removedInRevisionId: revisionId })
    .where(
      and(
        eq(attachments.id, attachmentId),
        eq(attachments.practiceId, practiceId),
        isNull(attachments.revisionId),
        isNull(attachments.removedInRevisionId),
      ),
    )
    .returning()
  return row ?? null
}

/** The files a change adds and the live files it removes, for the comparison. */
export async function findRevisionAttachmentChanges(db: Db, revisionId: number) {
  const rows = await db
    .select({
      name: attachments.displayName,
      added: sql<boolean>`${attachments.revisionId} is not null`,
    })
    .from(attachments)
    .where(or(eq(attachments.revisionId, revisionId), eq(attachments.removedInRevisionId, revisionId)))
    .orderBy(asc(attachments.id))
  return {
    added: rows.filter((r) => r.added).map((r) => r.name),
    removed: rows.filter((r) => !r.added).map((r) => r.name),
  }
}

/**
 * When a change is decided. Approved: the files it removes go, the files it adds become live.
 * Rejected: the files it adds go, the live files stay. Returns the storage keys of the deleted records,
 * to be removed from the store after the commit.
 */
export async function settleRevisionAttachments(db: Db, revisionId: number, approved: boolean): Promise<string[]> {
  const deleted = await db
    .delete(attachments)
    .where(approved ? eq(attachments.removedInRevisionId, revisionId) : eq(attachments.revisionId, revisionId))
    .returning({ storageKey: attachments.storageKey })
  await db
    .update(attachments)
    .set(approved ? { revisionId: null } : { removedInRevisionId: null })
    .where(approved ? eq(attachments.revisionId, revisionId) : eq(attachments.removedInRevisionId, revisionId))
  return deleted.map((r) => r.storageKey)
}
