import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { adoptions, organisations, userRoles, users, type AdoptionKind } from '../../db/schema/index.js'

export interface AdoptionValues {
  kind: AdoptionKind
  changes: string | null
  reason: string | null
  startedOn: string | null
  howItWent: string | null
}

const adoptionColumns = {
  id: adoptions.id,
  practiceId: adoptions.practiceId,
  organisationId: adoptions.organisationId,
  organisationName: organisations.name,
  organisationCode: organisations.code,
  kind: adoptions.kind,
  changes: adoptions.changes,
  reason: adoptions.reason,
  startedOn: adoptions.startedOn,
  howItWent: adoptions.howItWent,
  version: adoptions.version,
  removedAt: adoptions.removedAt,
  removedReason: adoptions.removedReason,
  createdAt: adoptions.createdAt,
  updatedAt: adoptions.updatedAt,
}

/** Where a practice has spread: every record not removed by a reviewer, by force name. */
export async function findAdoptions(db: Db, practiceId: number) {
  return db
    .select(adoptionColumns)
    .from(adoptions)
    .innerJoin(organisations, eq(organisations.id, adoptions.organisationId))
    .where(and(eq(adoptions.practiceId, practiceId), isNull(adoptions.removedAt)))
    .orderBy(asc(organisations.name))
}

export type AdoptionRow = Awaited<ReturnType<typeof findAdoptions>>[number]

/** The one record of a force for a practice, removed or not. */
export async function findAdoption(db: Db, practiceId: number, organisationId: number): Promise<AdoptionRow | null> {
  const [row] = await db
    .select(adoptionColumns)
    .from(adoptions)
    .innerJoin(organisations, eq(organisations.id, adoptions.organisationId))
    .where(and(eq(adoptions.practiceId, practiceId), eq(adoptions.organisationId, organisationId)))
  return row ?? null
}

export async function findAdoptionById(db: Db, id: number): Promise<AdoptionRow | null> {
  const [row] = await db
    .select(adoptionColumns)
    .from(adoptions)
    .innerJoin(organisations, eq(organisations.id, adoptions.organisationId))
    .where(eq(adoptions.id, id))
  return row ?? null
}

/** Inserts the force's record; null when the force already has one (the unique constraint decides). */
export async function insertAdoption(
  db: Db,
  practiceId: number,
  organisationId: number,
  values: AdoptionValues,
  userId: number,
): Promise<number | null> {
  const [row] = await db
    .insert(adoptions)
    .values({ practiceId, organisationId, ...values, recordedByUserId: userId, updatedByUserId: userId })
    .onConflictDoNothing({ target: [adoptions.practiceId, adoptions.organisationId] })
    .returning({ id: adoptions.id })
  return row?.id ?? null
}

/** Updates the record at the version the editor saw (and brings back a removed one); false on a conflict. */
export async function updateAdoption(
  db: Db,
  id: number,
  version: number,
  values: AdoptionValues,
  userId: number,
): Promise<boolean> {
  const rows = await db
    .update(adoptions)
    .set({
      ...values,
      updatedByUserId: userId,
      updatedAt: new Date(),
      version: sql`${adoptions.version} + 1`,
      removedAt: null,
      removedByUserId: null,
      removedReason: null,
    })
    .where(and(eq(adoptions.id, id), eq(adoptions.version, version)))
    .returning({ id: adoptions.id })
  return rows.length === 1
}

export async function markAdoptionRemoved(db: Db, id: number, userId: number, reason: string): Promise<boolean> {
  const rows = await db
    .update(adoptions)
    .set({
      removedAt: new Date(),
      removedByUserId: userId,
      removedReason: reason,
      version: sql`${adoptions.version} + 1`,
    })
    .where(and(eq(adoptions.id, id), isNull(adoptions.removedAt)))
    .returning({ id: adoptions.id })
  return rows.length === 1
}

/** Keeps practices.adoption_count (what "most adopted" sorts by) equal to the records that count. */
export async function refreshAdoptionCount(db: Db, practiceId: number): Promise<void> {
  await db.execute(sql`
    update practices set adoption_count = (
      select count(*)::int from adoptions a
      where a.practice_id = ${practiceId} and a.removed_at is null and a.kind in ('adopted', 'adapted')
    ) where id = ${practiceId}`)
}

/** Who is told when a force records that it uses a practice: its contributor and its force's leads. */
export async function findPeopleToTell(db: Db, practiceId: number): Promise<string[]> {
  const rows = await queryRows<{ email: string }>(
    db,
    sql`select distinct u.email from practices p
        join users u on u.id = p.submitted_by_user_id
        where p.id = ${practiceId} and u.email is not null and u.deleted_at is null and u.disabled_at is null
        union
        select distinct u.email from practices p
        join ${userRoles} r on r.organisation_id = p.organisation_id and r.role = 'force-lead'
        join ${users} u on u.id = r.user_id
        where p.id = ${practiceId} and u.email is not null and u.deleted_at is null and u.disabled_at is null`,
  )
  return rows.map((r) => r.email).sort()
}

export async function findOrganisationKind(db: Db, id: number): Promise<string | null> {
  const [row] = await db.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, id))
  return row?.kind ?? null
}
