import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { practices, type ConsentPublication } from '../../db/schema/index.js'
import { widestVisibility } from '../access/consent.js'
import { slugify } from '../catalogue/slug.js'
import { columnLabel, type RowPlan, type SheetContext } from './plan.js'
import {
  findTakenSlugs,
  insertEvents,
  insertPractices,
  insertSources,
  reserveReferenceNumbers,
  updatePracticeAt,
  type ImportableColumn,
} from './repository.js'

const formatReference = (year: number, number: number) => `PB-${year}-${String(number).padStart(4, '0')}`

/** What the commit did with one row, as the report records it. */
export interface RowResult {
  plan: RowPlan
  practiceId: number | null
  versionAfter: number | null
  before: Record<string, unknown> | null
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const base = slugify(title)
  let slug = base
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
  taken.add(slug)
  return slug
}

/**
 * Writes one batch, inside the caller's transaction: new practice in one insert (with its source and a
 * timeline entry), changed practice column by column at the version the plan saw.
 */
export async function applyBatch(
  tx: Db,
  ctx: SheetContext,
  plans: RowPlan[],
  actorUserId: number | null,
): Promise<RowResult[]> {
  const results = new Map<number, RowResult>(
    plans.map((plan) => [plan.rowNumber, { plan, practiceId: null, versionAfter: null, before: null }]),
  )
  const creates = plans.filter((p) => p.kind === 'create')
  if (creates.length) {
    const now = new Date()
    const year = now.getUTCFullYear()
    const first = await reserveReferenceNumbers(tx, year, creates.length)
    const taken = await findTakenSlugs(tx, [...new Set(creates.map((p) => slugify(p.read.title ?? '')))])
    const rows = creates.map((plan, i) => {
      const values = plan.read.values
      const consent = (values.consentPublication ?? null) as ConsentPublication | null
      const visibility = ctx.publish ? widestVisibility(consent) : 'internal'
      const published = visibility !== 'internal'
      return {
        ...(values as Partial<typeof practices.$inferInsert>),
        title: plan.read.title ?? '',
        summary: typeof values.summary === 'string' ? values.summary : '',
        organisationId: values.organisationId as number,
        slug: uniqueSlug(plan.read.title ?? '', taken),
        reference: formatReference(year, first + i),
        status: published ? ('published' as const) : ('imported' as const),
        visibility,
        submittedAt: now,
        ...(published ? { publishedAt: now, decidedAt: now, contentUpdatedAt: now } : {}),
      }
    })
    const inserted = await insertPractices(tx, rows)
    await insertSources(
      tx,
      creates.map((plan, i) => ({
        practiceId: inserted[i]?.id as number,
        sourceKey: plan.read.sourceKey as string,
        sourceReference: plan.read.sourceReference,
        importId: ctx.importId,
        sourceFile: ctx.fileName,
        sourceRow: plan.rowNumber,
      })),
    )
    await insertEvents(
      tx,
      creates.map((plan, i) => ({
        practiceId: inserted[i]?.id as number,
        kind: 'imported',
        body: `Imported from ${ctx.fileName}, row ${plan.rowNumber}${rows[i]?.status === 'published' ? ', and published with the imported classification' : ''}`,
        details: { importId: ctx.importId, row: plan.rowNumber, status: rows[i]?.status },
        internal: true,
        actorUserId,
      })),
    )
    creates.forEach((plan, i) => {
      const result = results.get(plan.rowNumber)
      if (result && inserted[i])
        Object.assign(result, { practiceId: inserted[i].id, versionAfter: inserted[i].version })
    })
  }
  for (const plan of plans.filter((p) => p.kind === 'update')) {
    const existing = plan.existing
    if (!existing) continue
    const set = Object.fromEntries(
      plan.changedFields.map((c) => [c, plan.read.values[c] ?? (c === 'summary' ? '' : null)]),
    )
    const before: Record<string, unknown> = Object.fromEntries(
      plan.changedFields.map((c: ImportableColumn) => [c, existing[c]]),
    )
    before.version = existing.version
    before.updatedAt = existing.updatedAt.toISOString()
    const version = await updatePracticeAt(tx, existing.id, existing.version, set)
    const result = results.get(plan.rowNumber)
    if (!result) continue
    if (version === null) {
      plan.kind = 'error'
      plan.messages.push({
        column: null,
        level: 'error',
        text: 'The practice changed while the file was being imported: import it again',
      })
      continue
    }
    Object.assign(result, { practiceId: existing.id, versionAfter: version, before })
    await insertEvents(tx, [
      {
        practiceId: existing.id,
        kind: 'import-updated',
        body: `Updated from ${ctx.fileName}, row ${plan.rowNumber}: ${plan.changedFields.map(columnLabel).join(', ')}`,
        details: { importId: ctx.importId, row: plan.rowNumber, fields: plan.changedFields },
        internal: true,
        actorUserId,
      },
    ])
  }
  return [...results.values()]
}

/** Writes what the commit did into the report, one statement for the whole batch. */
export async function recordResults(tx: Db, importId: number, results: RowResult[]) {
  if (results.length === 0) return
  const json = JSON.stringify(
    results.map((r) => ({
      row_number: r.plan.rowNumber,
      kind: r.plan.kind,
      changed: r.plan.changedFields,
      pid: r.practiceId,
      ver: r.versionAfter,
      before: r.before,
      messages: r.plan.messages,
    })),
  )
  await queryRows(
    tx,
    sql`update import_rows r set kind = v.kind, changed_fields = v.changed, practice_id = v.pid,
               version_after = v.ver, before = v.before, messages = v.messages
        from jsonb_to_recordset(${json}::jsonb) as v(row_number int, kind text, changed text[], pid int, ver int, before jsonb, messages jsonb)
        where r.import_id = ${importId} and r.row_number = v.row_number`,
  )
}

/** Puts back the columns an import changed, and the version and time they had. */
export async function restoreBefore(tx: Db, practiceId: number, before: Record<string, unknown>) {
  const { version, updatedAt, ...columns } = before
  await tx
    .update(practices)
    .set({
      ...(columns as Partial<typeof practices.$inferInsert>),
      version: Number(version),
      updatedAt: new Date(String(updatedAt)),
    })
    .where(sql`${practices.id} = ${practiceId}`)
}
