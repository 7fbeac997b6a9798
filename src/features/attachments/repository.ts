import { asc, and, count, eq, sql } from 'drizzle-orm'
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

export async function listAttachments(db: Db, practiceId: number) {
  return db
    .select({
      id: attachments.id,
      displayName: attachments.displayName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      kind: attachments.kind,
      createdAt: attachments.createdAt,
      uploadedBy: users.name,
    })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedByUserId))
    .where(eq(attachments.practiceId, practiceId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
}
export type AttachmentListRow = Awaited<ReturnType<typeof listAttachments>>[number]

export async function countAttachments(db: Db, practiceId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(attachments).where(eq(attachments.practiceId, practiceId))
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

export async function deleteAttachment(db: Db, practiceId: number, attachmentId: number) {
  const [row] = await db
    .delete(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.practiceId, practiceId)))
    .returning()
  return row ?? null
}
