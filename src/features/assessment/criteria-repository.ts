import { asc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { assessmentCriteria } from '../../db/schema/index.js'

export type Criterion = typeof assessmentCriteria.$inferSelect

/** Every criterion, active first in their order, then retired ones. */
export function findAllCriteria(db: Db): Promise<Criterion[]> {
  return db
    .select()
    .from(assessmentCriteria)
    .orderBy(
      sql`${assessmentCriteria.retiredAt} is not null`,
      asc(assessmentCriteria.position),
      asc(assessmentCriteria.id),
    )
}

/** The criteria reviewers score against now, in order. */
export function findActiveCriteria(db: Db): Promise<Criterion[]> {
  return db
    .select()
    .from(assessmentCriteria)
    .where(isNull(assessmentCriteria.retiredAt))
    .orderBy(asc(assessmentCriteria.position), asc(assessmentCriteria.id))
}

export async function findCriterion(db: Db, id: number): Promise<Criterion | null> {
  const [row] = await db.select().from(assessmentCriteria).where(eq(assessmentCriteria.id, id))
  return row ?? null
}

export async function criterionKeyTaken(db: Db, key: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentCriteria.id })
    .from(assessmentCriteria)
    .where(eq(assessmentCriteria.key, key))
  return Boolean(row)
}

export async function insertCriterion(
  db: Db,
  values: { key: string; label: string; description: string; position: number },
): Promise<Criterion> {
  const [row] = await db.insert(assessmentCriteria).values(values).returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}

export async function updateCriterion(
  db: Db,
  id: number,
  values: Partial<{ label: string; description: string; position: number; retiredAt: Date | null }>,
): Promise<boolean> {
  const rows = await db
    .update(assessmentCriteria)
    .set(values)
    .where(eq(assessmentCriteria.id, id))
    .returning({ id: assessmentCriteria.id })
  return rows.length === 1
}

export async function nextCriterionPosition(db: Db): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${assessmentCriteria.position}), 0)::int` })
    .from(assessmentCriteria)
  return (row?.max ?? 0) + 1
}
