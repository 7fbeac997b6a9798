import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import {
  theoriesOfChange,
  theoryOfChangeComments,
  theoryOfChangeVersions,
  users,
  type TheoryOfChangeContent,
} from '../../db/schema/index.js'

export async function findTheoryOfChange(db: Db, practiceId: number) {
  const [row] = await db.select().from(theoriesOfChange).where(eq(theoriesOfChange.practiceId, practiceId))
  return row ?? null
}

export async function findVersion(db: Db, practiceId: number, versionNumber: number) {
  const [row] = await db
    .select()
    .from(theoryOfChangeVersions)
    .where(
      and(eq(theoryOfChangeVersions.practiceId, practiceId), eq(theoryOfChangeVersions.versionNumber, versionNumber)),
    )
  return row ?? null
}

/** Every saved version, newest first, with who saved it. */
export async function findVersions(db: Db, practiceId: number) {
  return db
    .select({
      versionNumber: theoryOfChangeVersions.versionNumber,
      savedPage: theoryOfChangeVersions.savedPage,
      createdAt: theoryOfChangeVersions.createdAt,
      savedByName: users.name,
    })
    .from(theoryOfChangeVersions)
    .leftJoin(users, eq(users.id, theoryOfChangeVersions.savedByUserId))
    .where(eq(theoryOfChangeVersions.practiceId, practiceId))
    .orderBy(desc(theoryOfChangeVersions.versionNumber))
}

/**
 * Raises the latest version from the one the editor saw to the next, creating the record on the
 * first save; false when someone else saved in between.
 */
export async function claimNextVersion(db: Db, practiceId: number, seen: number): Promise<boolean> {
  if (seen === 0) {
    const rows = await db
      .insert(theoriesOfChange)
      .values({ practiceId, latestVersion: 1 })
      .onConflictDoNothing()
      .returning({ id: theoriesOfChange.practiceId })
    return rows.length === 1
  }
  const rows = await db
    .update(theoriesOfChange)
    .set({ latestVersion: sql`${theoriesOfChange.latestVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(theoriesOfChange.practiceId, practiceId), eq(theoriesOfChange.latestVersion, seen)))
    .returning({ id: theoriesOfChange.practiceId })
  return rows.length === 1
}

export async function insertVersion(
  db: Db,
  values: {
    practiceId: number
    versionNumber: number
    content: TheoryOfChangeContent
    savedPage: string
    userId: number
  },
) {
  await db.insert(theoryOfChangeVersions).values({
    practiceId: values.practiceId,
    versionNumber: values.versionNumber,
    content: values.content,
    savedPage: values.savedPage,
    savedByUserId: values.userId,
  })
}

export async function setShownOnPracticePage(db: Db, practiceId: number, show: boolean) {
  await db.update(theoriesOfChange).set({ showOnPracticePage: show }).where(eq(theoriesOfChange.practiceId, practiceId))
}

export async function insertComment(db: Db, practiceId: number, versionNumber: number, body: string, userId: number) {
  await db.insert(theoryOfChangeComments).values({ practiceId, versionNumber, body, authorUserId: userId })
}

export async function findComments(db: Db, practiceId: number) {
  return db
    .select({
      versionNumber: theoryOfChangeComments.versionNumber,
      body: theoryOfChangeComments.body,
      createdAt: theoryOfChangeComments.createdAt,
      authorName: users.name,
    })
    .from(theoryOfChangeComments)
    .leftJoin(users, eq(users.id, theoryOfChangeComments.authorUserId))
    .where(eq(theoryOfChangeComments.practiceId, practiceId))
    .orderBy(asc(theoryOfChangeComments.createdAt), asc(theoryOfChangeComments.id))
}
