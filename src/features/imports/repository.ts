import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import {
  importMappings,
  importRows,
  imports,
  practiceEvents,
  practices,
  practiceSources,
  searchSynonymGroups,
  type ImportMapping,
  type ImportStatus,
} from '../../db/schema/index.js'
import type { VocabularySource } from './vocabulary.js'

export type ImportRecord = typeof imports.$inferSelect
export type ImportRowRecord = typeof importRows.$inferSelect
export type ImportSummary = Omit<ImportRecord, 'rows'>

/** The practice columns an import may write, as the practices table names them in Drizzle. */
export const importableColumns = [
  'title',
  'summary',
  'organisationId',
  'topicIds',
  'purposeIds',
  'outcomeId',
  'stageId',
  'startDate',
  'endDate',
  'callId',
  'problem',
  'aims',
  'approach',
  'partners',
  'resources',
  'implementationChallenges',
  'lessonsLearned',
  'evaluationMethod',
  'evaluationResults',
  'links',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'consentPublication',
  'consentShowContact',
] as const
export type ImportableColumn = (typeof importableColumns)[number]

export async function loadVocabularySource(db: Db): Promise<VocabularySource> {
  const [organisations, terms, calls, groups] = await Promise.all([
    queryRows<VocabularySource['organisations'][number]>(
      db,
      sql`select id, name, code, short_names as "shortNames" from organisations order by name`,
    ),
    queryRows<VocabularySource['terms'][number]>(
      db,
      sql`select id, taxonomy, key, label from taxonomy_terms where retired_at is null order by taxonomy, position`,
    ),
    queryRows<VocabularySource['calls'][number]>(db, sql`select id, slug, title, year from calls order by year, id`),
    db.select({ terms: searchSynonymGroups.terms }).from(searchSynonymGroups),
  ])
  return { organisations, terms, calls, synonymGroups: groups.map((g) => g.terms) }
}

export async function findSavedMapping(db: Db, headerKey: string): Promise<ImportMapping | null> {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.headerKey, headerKey))
  return row?.mapping ?? null
}

export async function saveMapping(db: Db, headerKey: string, mapping: ImportMapping, userId: number | null) {
  await db
    .insert(importMappings)
    .values({ headerKey, mapping, updatedByUserId: userId })
    .onConflictDoUpdate({
      target: importMappings.headerKey,
      set: { mapping, updatedByUserId: userId, updatedAt: new Date() },
    })
}

export async function insertImport(db: Db, values: typeof imports.$inferInsert): Promise<number> {
  const [row] = await db.insert(imports).values(values).returning({ id: imports.id })
  if (!row) throw new Error('insert returned no row')
  return row.id
}

export async function findImport(db: Db, id: number): Promise<ImportRecord | null> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id))
  return row ?? null
}

const summaryColumns = {
  id: imports.id,
  fileName: imports.fileName,
  fileSha256: imports.fileSha256,
  format: imports.format,
  headers: imports.headers,
  rowCount: imports.rowCount,
  mapping: imports.mapping,
  publish: imports.publish,
  status: imports.status,
  processedRows: imports.processedRows,
  summary: imports.summary,
  createdByUserId: imports.createdByUserId,
  createdAt: imports.createdAt,
  updatedAt: imports.updatedAt,
  analysedAt: imports.analysedAt,
  committedAt: imports.committedAt,
  undoneAt: imports.undoneAt,
}

export async function findImportSummary(db: Db, id: number): Promise<ImportSummary | null> {
  const [row] = await db.select(summaryColumns).from(imports).where(eq(imports.id, id))
  return row ?? null
}

export async function listImports(db: Db, limit = 50): Promise<ImportSummary[]> {
  return db.select(summaryColumns).from(imports).orderBy(desc(imports.id)).limit(limit)
}

export async function updateImport(db: Db, id: number, set: Partial<typeof imports.$inferInsert>): Promise<void> {
  await db
    .update(imports)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(imports.id, id))
}

/**
 * Moves an import from one of `from` to `to`, or says it was not in one of them (someone else got there
 * first, or a double click). A job left half done by a stopped instance can be claimed after two minutes.
 */
export async function claimImport(
  db: Db,
  id: number,
  from: ImportStatus[],
  to: ImportStatus,
  resumable?: ImportStatus,
) {
  const stale = resumable
    ? sql` or (${imports.status} = ${resumable} and ${imports.updatedAt} < now() - interval '2 minutes')`
    : sql``
  const rows = await db
    .update(imports)
    .set({ status: to, updatedAt: new Date() })
    .where(sql`${imports.id} = ${id} and (${inArray(imports.status, from)}${stale})`)
    .returning({ id: imports.id })
  return rows.length === 1
}

export async function clearRows(db: Db, importId: number) {
  await db.delete(importRows).where(eq(importRows.importId, importId))
}

export async function insertRows(db: Db, rows: (typeof importRows.$inferInsert)[]) {
  if (rows.length) await db.insert(importRows).values(rows)
}

export async function findRows(db: Db, importId: number, kind?: string, limit = 100_000, offset = 0) {
  const where = kind
    ? and(eq(importRows.importId, importId), sql`coalesce(${importRows.kind}, ${importRows.plannedKind}) = ${kind}`)
    : eq(importRows.importId, importId)
  return db.select().from(importRows).where(where).orderBy(importRows.rowNumber).limit(limit).offset(offset)
}

export async function recordRowResult(
  db: Db,
  importId: number,
  rowNumber: number,
  set: Partial<typeof importRows.$inferInsert>,
) {
  await db
    .update(importRows)
    .set(set)
    .where(and(eq(importRows.importId, importId), eq(importRows.rowNumber, rowNumber)))
}

/** Practice already in the bank under these source keys, with the columns an import compares. */
export async function findBySourceKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return []
  const columns = Object.fromEntries(importableColumns.map((c) => [c, practices[c]])) as {
    [K in ImportableColumn]: (typeof practices)[K]
  }
  return db
    .select({
      sourceKey: practiceSources.sourceKey,
      id: practices.id,
      reference: practices.reference,
      status: practices.status,
      version: practices.version,
      updatedAt: practices.updatedAt,
      ...columns,
    })
    .from(practiceSources)
    .innerJoin(practices, eq(practices.id, practiceSources.practiceId))
    .where(inArray(practiceSources.sourceKey, keys))
}
export type ExistingPractice = Awaited<ReturnType<typeof findBySourceKeys>>[number]

export interface SimilarPractice {
  n: number
  id: number
  reference: string | null
  title: string
  summary: string
  organisationName: string
  score: number
}

/**
 * For each row (n, title, organisation): the most similar title of practice from the same organisation
 * (pg_trgm), leaving out practice this import wrote itself, so a commit in batches finds what the dry run found.
 */
export async function findSimilarTitles(
  db: Db,
  items: { n: number; title: string; organisationId: number }[],
  excludeImportId: number,
  threshold = 0.55,
): Promise<SimilarPractice[]> {
  if (items.length === 0) return []
  const ns = `{${items.map((i) => i.n).join(',')}}`
  const orgs = `{${items.map((i) => i.organisationId).join(',')}}`
  const titles = items.map((i) => i.title)
  return queryRows<SimilarPractice>(
    db,
    sql`select distinct on (r.n) r.n, p.id, p.reference, p.title, p.summary, o.name as "organisationName",
               similarity(p.title, r.title)::float as score
        from unnest(${ns}::int[], ${sql.param(titles)}::text[], ${orgs}::int[]) as r(n, title, org)
        join practices p on p.organisation_id = r.org and p.title % r.title
        join organisations o on o.id = p.organisation_id
        left join practice_sources s on s.practice_id = p.id
        where similarity(p.title, r.title) >= ${threshold} and p.status not in ('draft', 'withdrawn')
          and s.import_id is distinct from ${excludeImportId}
        order by r.n, similarity(p.title, r.title) desc, p.id`,
  )
}

/** Reserves `count` reference numbers of the year at once; returns the first. */
export async function reserveReferenceNumbers(db: Db, year: number, count: number): Promise<number> {
  const prefix = `PB-${year}-`
  const start = prefix.length + 1
  const highestInUse = sql`(select coalesce(max(substr(reference, ${start}::int)::int), 0)::int
    from practices where reference like ${`${prefix}%`} and substr(reference, ${start}::int) ~ '^[0-9]+$')`
  const [row] = await queryRows<{ last: number }>(
    db,
    sql`insert into reference_counters (year, last_number) values (${year}, ${highestInUse} + ${count})
        on conflict (year) do update
          set last_number = greatest(reference_counters.last_number, ${highestInUse}) + ${count}
        returning last_number as last`,
  )
  if (!row) throw new Error('the reference counter returned no row')
  return row.last - count + 1
}

export async function findTakenSlugs(db: Db, prefixes: string[]): Promise<Set<string>> {
  if (prefixes.length === 0) return new Set()
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from practices where slug like any(${sql.param(prefixes.map((p) => `${p.replace(/[%_]/g, '')}%`))}::text[])`,
  )
  return new Set(rows.map((r) => r.slug))
}

export async function insertPractices(db: Db, rows: (typeof practices.$inferInsert)[]) {
  if (rows.length === 0) return []
  return db.insert(practices).values(rows).returning({ id: practices.id, version: practices.version })
}

export async function insertSources(db: Db, rows: (typeof practiceSources.$inferInsert)[]) {
  if (rows.length) await db.insert(practiceSources).values(rows)
}

export async function insertEvents(db: Db, rows: (typeof practiceEvents.$inferInsert)[]) {
  if (rows.length) await db.insert(practiceEvents).values(rows)
}

/** Writes the changed columns if the practice is still at `version`; returns the new version, or null. */
export async function updatePracticeAt(
  db: Db,
  id: number,
  version: number,
  set: Partial<typeof practices.$inferInsert>,
): Promise<number | null> {
  const [row] = await db
    .update(practices)
    .set({ ...set, version: sql`${practices.version} + 1`, updatedAt: new Date() })
    .where(and(eq(practices.id, id), eq(practices.version, version)))
    .returning({ version: practices.version })
  return row?.version ?? null
}

/**
 * Practice written by this import that something else has touched since: a new version, a timeline
 * entry that is not the import's own, an adoption or a change sent for review.
 */
export async function findEditedSince(db: Db, importId: number) {
  return queryRows<{ id: number; reference: string | null; title: string }>(
    db,
    sql`select p.id, p.reference, p.title
        from import_rows r join practices p on p.id = r.practice_id
        where r.import_id = ${importId} and r.kind in ('create', 'update')
          and (p.version <> r.version_after
            or exists (select 1 from practice_events e where e.practice_id = p.id
                       and e.kind not in ('imported', 'import-updated')
                       and e.id > (select max(i.id) from practice_events i where i.practice_id = p.id
                                   and i.kind in ('imported', 'import-updated')))
            or (r.kind = 'create' and (exists (select 1 from adoptions a where a.practice_id = p.id)
                or exists (select 1 from practice_revisions v where v.practice_id = p.id))))
        order by r.row_number limit 50`,
  )
}

export async function deletePractices(db: Db, ids: number[]) {
  if (ids.length) await db.delete(practices).where(inArray(practices.id, ids))
}

export async function lockImport(db: Db, id: number): Promise<ImportSummary | null> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from imports where id = ${id} for update`)
  return row ? findImportSummary(db, id) : null
}
