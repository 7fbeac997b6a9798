import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { toolkitEntries, toolkitImports } from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'
import type { ToolkitFields } from './emmie.js'

export type ToolkitEntryRow = typeof toolkitEntries.$inferSelect
export type ToolkitImportRow = typeof toolkitImports.$inferSelect

/** Serialises changes to the Toolkit, so an import's plan cannot be overtaken half way. */
export async function lockToolkit(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7240313)`)
}

/** Every entry with how many practices link to it, live entries first, then by title. */
export async function findAllEntries(db: Db) {
  return queryRows<ToolkitEntryRow & { linkCount: number }>(
    db,
    sql`select e.id, e.slug, e.source_id as "sourceId", e.title, e.overall_effect as "overallEffect",
               e.evidence_strength as "evidenceStrength", e.is_sample as "isSample", e.retired_at as "retiredAt",
               e.updated_at as "updatedAt",
               (select count(*)::int from practice_toolkit_links l where l.toolkit_entry_id = e.id) as "linkCount"
        from toolkit_entries e
        order by (e.retired_at is not null), lower(e.title), e.id`,
  )
}

export async function findEntryById(db: Db, id: number): Promise<ToolkitEntryRow | null> {
  const [row] = await db.select().from(toolkitEntries).where(eq(toolkitEntries.id, id))
  return row ?? null
}

export async function findEntryBySlug(db: Db, slug: string): Promise<ToolkitEntryRow | null> {
  const [row] = await db.select().from(toolkitEntries).where(eq(toolkitEntries.slug, slug))
  return row ?? null
}

/** Every entry in full, for planning an import against. */
export function findEntriesForImport(db: Db): Promise<ToolkitEntryRow[]> {
  return db.select().from(toolkitEntries).orderBy(asc(toolkitEntries.id))
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: toolkitEntries.id }).from(toolkitEntries).where(eq(toolkitEntries.slug, slug))
  return rows.length > 0
}

export async function insertEntry(
  db: Db,
  entry: ToolkitFields & { slug: string; sourceId: string | null },
): Promise<ToolkitEntryRow> {
  const [row] = await db.insert(toolkitEntries).values(entry).returning()
  if (!row) throw new Error('insert returned no row')
  return row
}

export async function updateEntry(
  db: Db,
  id: number,
  fields: Partial<ToolkitFields> & { sourceId?: string | null },
): Promise<void> {
  await db
    .update(toolkitEntries)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(toolkitEntries.id, id))
}

export async function setRetired(db: Db, id: number, retired: boolean): Promise<void> {
  await db
    .update(toolkitEntries)
    .set({ retiredAt: retired ? sql`now()` : null, updatedAt: sql`now()` })
    .where(eq(toolkitEntries.id, id))
}

/** Live entries for the public list, with how many practices this viewer may see link to each. */
export async function findPublicEntries(db: Db, rule: VisibilityRule) {
  return queryRows<ToolkitEntryRow & { practiceCount: number }>(
    db,
    sql`select e.id, e.slug, e.title, e.summary, e.overall_effect as "overallEffect", e.problem, e.population,
               e.evidence_strength as "evidenceStrength", e.effect_strength as "effectStrength",
               e.economic_cost_strength as "economicCostStrength", e.is_sample as "isSample",
               (select count(*)::int from practice_toolkit_links l join practices p on p.id = l.practice_id
                 where l.toolkit_entry_id = e.id and ${visiblePractice(rule)}) as "practiceCount"
        from toolkit_entries e
        where e.retired_at is null
        order by lower(e.title), e.id`,
  )
}

/** Published practice linked to an entry that this viewer may see, with the reviewer's note. */
export async function findLinkedVisiblePractice(db: Db, entryId: number, rule: VisibilityRule) {
  return queryRows<{ slug: string; title: string; summary: string; note: string | null; isDemo: boolean }>(
    db,
    sql`select p.slug, p.title, p.summary, l.note, p.is_demo as "isDemo"
        from practice_toolkit_links l join practices p on p.id = l.practice_id
        where l.toolkit_entry_id = ${entryId} and ${visiblePractice(rule)}
        order by p.published_at desc nulls last, p.id desc`,
  )
}

export async function insertImport(
  db: Db,
  row: { fileName: string; content: string; planDigest: string; createdByUserId: number },
): Promise<ToolkitImportRow> {
  const [inserted] = await db.insert(toolkitImports).values(row).returning()
  if (!inserted) throw new Error('insert returned no row')
  return inserted
}

/** An uncommitted import made by this admin. */
export async function findOpenImport(db: Db, id: number, userId: number): Promise<ToolkitImportRow | null> {
  const [row] = await db
    .select()
    .from(toolkitImports)
    .where(
      and(eq(toolkitImports.id, id), eq(toolkitImports.createdByUserId, userId), isNull(toolkitImports.committedAt)),
    )
    .for('update')
  return row ?? null
}

export async function markImportCommitted(db: Db, id: number): Promise<void> {
  await db
    .update(toolkitImports)
    .set({ committedAt: sql`now()` })
    .where(eq(toolkitImports.id, id))
}

/** Imports dry-run but never committed, a day after: the file is not kept longer than it is needed. */
export async function deleteStaleImports(db: Db): Promise<void> {
  await db.execute(
    sql`delete from toolkit_imports where committed_at is null and created_at < now() - interval '1 day'`,
  )
}
