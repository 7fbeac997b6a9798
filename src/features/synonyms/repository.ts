import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { searchSynonymGroups } from '../../db/schema/index.js'

export type SynonymGroup = typeof searchSynonymGroups.$inferSelect

export function findSynonymGroupList(db: Db): Promise<SynonymGroup[]> {
  return db
    .select()
    .from(searchSynonymGroups)
    .orderBy(asc(sql`lower(${searchSynonymGroups.terms}[1])`))
}

export async function findSynonymGroup(db: Db, id: number): Promise<SynonymGroup | null> {
  const [row] = await db.select().from(searchSynonymGroups).where(eq(searchSynonymGroups.id, id))
  return row ?? null
}

/** Serialises changes to the list, so two admins cannot put one term into two groups at once. */
export async function lockSynonymList(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7240312)`)
}

export async function insertSynonymGroup(db: Db, terms: string[]): Promise<SynonymGroup> {
  const [row] = await db.insert(searchSynonymGroups).values({ terms }).returning()
  if (!row) throw new Error('insert returned no row')
  return row
}

export async function updateSynonymGroup(db: Db, id: number, terms: string[]): Promise<void> {
  await db
    .update(searchSynonymGroups)
    .set({ terms, updatedAt: sql`now()` })
    .where(eq(searchSynonymGroups.id, id))
}

export async function deleteSynonymGroup(db: Db, id: number): Promise<void> {
  await db.delete(searchSynonymGroups).where(eq(searchSynonymGroups.id, id))
}
