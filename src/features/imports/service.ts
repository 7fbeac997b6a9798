import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import type { ImportRowKind, ImportTotals } from '../../db/schema/index.js'
import { recordAuditEvent } from '../audit/repository.js'
import { applyBatch, recordResults, restoreBefore } from './apply.js'
import { fieldByKey, guessMapping, headerKey, ignoreColumn } from './fields.js'
import { parseSpreadsheet } from './parse.js'
import { firstRowsOfKeys, planBatch, sheetRowNumber, type RowPlan, type SheetContext } from './plan.js'
import {
  claimImport,
  clearRows,
  deletePractices,
  findEditedSince,
  findImport,
  findImportSummary,
  findRows,
  findSavedMapping,
  insertImport,
  insertRows,
  listImports,
  loadVocabularySource,
  lockImport,
  saveMapping,
  updateImport,
  type ImportRecord,
} from './repository.js'
import { findReportRows } from './report.js'
import { Vocabulary } from './vocabulary.js'

/** Rows per transaction: small enough that other requests are served between batches, big enough to be quick. */
export const BATCH_SIZE = 250

export type UploadOutcome = { ok: true; id: number } | { ok: false; message: string }
export type MappingOutcome = { ok: true } | { ok: false; message: string; column?: number } | null
export type UndoOutcome =
  | { ok: true; removed: number; restored: number }
  | { ok: false; reason: 'not-committed' }
  | { ok: false; reason: 'edited'; practices: { reference: string | null; title: string }[] }

const asMappingRecord = (mapping: string[]) => Object.fromEntries(mapping.map((key, i) => [String(i), key]))
export const mappingList = (record: Record<string, string>, columns: number) =>
  Array.from({ length: columns }, (_, i) => record[String(i)] ?? ignoreColumn)

/**
 * The legacy import: a spreadsheet is uploaded, its columns mapped, a dry run reports what each row
 * would do, and a commit writes it in batches, one transaction each, yielding between them so the server
 * keeps answering. An import can be undone as a whole while nothing it wrote has been touched since.
 * The same engine serves /admin/imports and `npm run import`.
 */
export class ImportService {
  private readonly running = new Set<Promise<void>>()

  constructor(
    private readonly db: Db,
    private readonly onBackgroundError: (error: unknown) => void = () => {},
  ) {}

  /** Resolves when every job this instance started has finished (for tests and the command line). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running])
  }

  list() {
    return listImports(this.db)
  }

  find(id: number) {
    return findImportSummary(this.db, id)
  }

  findWithRows(id: number) {
    return findImport(this.db, id)
  }

  rows(id: number, kind?: ImportRowKind, limit?: number, offset?: number) {
    return findRows(this.db, id, kind, limit, offset)
  }

  report(id: number, kind: ImportRowKind | null, limit: number, offset: number) {
    return findReportRows(this.db, id, kind, limit, offset)
  }

  async upload(actorUserId: number | null, fileName: string, bytes: Buffer, ip: string | null): Promise<UploadOutcome> {
    const parsed = await parseSpreadsheet(bytes, fileName)
    if (!parsed.ok) return parsed
    const { sheet } = parsed
    const saved = await findSavedMapping(this.db, headerKey(sheet.headers))
    const mapping = saved ?? asMappingRecord(guessMapping(sheet.headers))
    const name = fileName.replace(/[\\/]/g, '_').slice(0, 200) || 'spreadsheet'
    return this.db.transaction(async (tx) => {
      const id = await insertImport(tx, {
        fileName: name,
        fileSha256: sheet.sha256,
        format: sheet.format,
        headers: sheet.headers,
        rows: sheet.rows,
        rowCount: sheet.rows.length,
        mapping,
        createdByUserId: actorUserId,
      })
      await recordAuditEvent(tx, {
        action: 'import-uploaded',
        actorUserId,
        ip,
        details: {
          importId: id,
          fileName: name,
          rows: sheet.rows.length,
          sha256: sheet.sha256,
          mappingSaved: Boolean(saved),
        },
      })
      return { ok: true as const, id }
    })
  }

  /** Checks and saves the mapping (for this file and, by its headers, for the next), then starts the dry run. */
  async setMapping(actorUserId: number | null, id: number, mapping: string[]): Promise<MappingOutcome> {
    const found = await findImportSummary(this.db, id)
    if (!found) return null
    if (!['uploaded', 'analysed'].includes(found.status))
      return { ok: false, message: 'The mapping cannot be changed now: this file is being imported or has been' }
    const problem = mappingProblem(mapping, found.headers)
    if (problem) return { ok: false, ...problem }
    const record = asMappingRecord(mapping)
    await saveMapping(this.db, headerKey(found.headers), record, actorUserId)
    await updateImport(this.db, id, { mapping: record })
    return (await this.startDryRun(id)) ? { ok: true } : { ok: false, message: 'This file is already being checked' }
  }

  async startDryRun(id: number): Promise<boolean> {
    if (!(await claimImport(this.db, id, ['uploaded', 'analysed'], 'analysing', 'analysing'))) return false
    await clearRows(this.db, id)
    await updateImport(this.db, id, { processedRows: 0, summary: {} })
    this.track(this.runDryRun(id))
    return true
  }

  /** Starts (or carries on with) the commit; false if it is not ready or already running. */
  async startCommit(actorUserId: number | null, id: number, publish: boolean, ip: string | null): Promise<boolean> {
    const found = await findImportSummary(this.db, id)
    if (!found) return false
    if (!(await claimImport(this.db, id, ['analysed'], 'committing', 'committing'))) return false
    await updateImport(this.db, id, { publish, summary: {} })
    this.track(this.runCommit(id, actorUserId, ip))
    return true
  }

  private track(job: Promise<void>) {
    const tracked = job.catch(this.onBackgroundError).finally(() => this.running.delete(tracked))
    this.running.add(tracked)
  }

  private async context(found: ImportRecord, mapping: string[]): Promise<SheetContext> {
    const vocabulary = new Vocabulary(await loadVocabularySource(this.db))
    return {
      importId: found.id,
      fileName: found.fileName,
      headers: found.headers,
      mapping,
      vocabulary,
      publish: found.publish,
      firstRowOfKey: firstRowsOfKeys(found.rows, found.headers, mapping, vocabulary),
    }
  }

  private batches(found: ImportRecord, from: number) {
    const batches: { rowNumber: number; cells: string[] }[][] = []
    for (let start = from; start < found.rows.length; start += BATCH_SIZE)
      batches.push(
        found.rows
          .slice(start, start + BATCH_SIZE)
          .map((cells, i) => ({ rowNumber: sheetRowNumber(start + i), cells })),
      )
    return batches
  }

  private async runDryRun(id: number): Promise<void> {
    const found = await findImport(this.db, id)
    if (!found) return
    try {
      const ctx = await this.context(found, mappingList(found.mapping, found.headers.length))
      let done = 0
      for (const batch of this.batches(found, 0)) {
        const plans = await planBatch(this.db, ctx, batch)
        await insertRows(
          this.db,
          plans.map((plan) => plannedRow(id, plan)),
        )
        done += batch.length
        await updateImport(this.db, id, { processedRows: done })
        await yieldToEventLoop()
      }
      await updateImport(this.db, id, { status: 'analysed', analysedAt: new Date(), summary: await this.totals(id) })
    } catch (error) {
      await updateImport(this.db, id, {
        status: 'uploaded',
        summary: { failure: 'The check stopped part way: check the file again' },
      })
      throw error
    }
  }

  private async runCommit(id: number, actorUserId: number | null, ip: string | null): Promise<void> {
    const found = await findImport(this.db, id)
    if (!found) return
    try {
      const ctx = await this.context(found, mappingList(found.mapping, found.headers.length))
      // Rows already written by an earlier attempt (each batch is one transaction) are not written again.
      const [row] = await queryRows<{ n: number }>(
        this.db,
        sql`select count(*)::int n from import_rows where import_id = ${id} and kind is not null`,
      )
      let done = row?.n ?? 0
      for (const batch of this.batches(found, done)) {
        await this.db.transaction(async (tx) => {
          const plans = await planBatch(tx, ctx, batch)
          const results = await applyBatch(tx, ctx, plans, actorUserId)
          await recordResults(tx, id, results)
          done += batch.length
          await updateImport(tx, id, { processedRows: done })
        })
        await yieldToEventLoop()
      }
      await this.db.transaction(async (tx) => {
        const totals = await this.totals(id, tx)
        await updateImport(tx, id, { status: 'committed', committedAt: new Date(), summary: totals })
        await recordAuditEvent(tx, {
          action: 'import-committed',
          actorUserId,
          ip,
          details: { importId: id, fileName: found.fileName, publish: found.publish, ...totals },
        })
      })
    } catch (error) {
      await updateImport(this.db, id, {
        status: 'analysed',
        summary: {
          ...(await this.totals(id)),
          failure: 'The import stopped part way: what was written is kept; import again to carry on',
        },
      })
      throw error
    }
  }

  private async totals(id: number, db: Db = this.db): Promise<ImportTotals> {
    const rows = await queryRows<{ kind: ImportRowKind; n: number }>(
      db,
      sql`select coalesce(kind, planned_kind) as kind, count(*)::int as n from import_rows where import_id = ${id} group by 1`,
    )
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]))
  }

  /** Removes what the import created and puts back what it changed, if none of it has been touched since. */
  async undo(actorUserId: number | null, id: number, ip: string | null): Promise<UndoOutcome | null> {
    return this.db.transaction(async (tx) => {
      const found = await lockImport(tx, id)
      if (!found) return null
      if (found.status !== 'committed') return { ok: false, reason: 'not-committed' }
      const edited = await findEditedSince(tx, id)
      if (edited.length) return { ok: false, reason: 'edited', practices: edited }
      const rows = await findRows(tx, id)
      const created = rows
        .filter((r) => r.kind === 'create' && r.practiceId !== null)
        .map((r) => r.practiceId as number)
      const updated = rows.filter((r) => r.kind === 'update' && r.practiceId !== null && r.before)
      await deletePractices(tx, created)
      for (const row of updated) await restoreBefore(tx, row.practiceId as number, row.before ?? {})
      await updateImport(tx, id, { status: 'undone', undoneAt: new Date() })
      await recordAuditEvent(tx, {
        action: 'import-undone',
        actorUserId,
        ip,
        details: { importId: id, fileName: found.fileName, removed: created.length, restored: updated.length },
      })
      return { ok: true, removed: created.length, restored: updated.length }
    })
  }
}

function plannedRow(importId: number, plan: RowPlan) {
  return {
    importId,
    rowNumber: plan.rowNumber,
    plannedKind: plan.kind,
    plannedFields: plan.changedFields,
    title: plan.read.title,
    messages: plan.messages,
    duplicateOfPracticeId: plan.duplicateOf?.id ?? (plan.kind === 'duplicate' ? (plan.existing?.id ?? null) : null),
    duplicateOfRow: plan.duplicateOfRow ?? null,
    practiceId: plan.kind === 'update' || plan.kind === 'unchanged' ? (plan.existing?.id ?? null) : null,
  }
}

/** Why a mapping cannot be used: a required field not mapped, or a field mapped twice. */
export function mappingProblem(mapping: string[], headers: string[]): { message: string; column?: number } | null {
  if (mapping.length !== headers.length) return { message: 'Choose a field for every column' }
  for (const [i, key] of mapping.entries()) {
    if (key !== ignoreColumn && !fieldByKey.has(key))
      return { message: `Choose a field for ‘${headers[i]}’`, column: i }
    const again = mapping.indexOf(key, i + 1)
    if (key !== ignoreColumn && again !== -1)
      return {
        message: `‘${headers[i]}’ and ‘${headers[again]}’ are both mapped to ${fieldByKey.get(key)?.label}: choose one`,
        column: again,
      }
  }
  for (const key of ['title', 'organisation']) {
    if (!mapping.includes(key))
      return { message: `Choose the column that holds the ${fieldByKey.get(key)?.label.toLowerCase()}` }
  }
  return null
}
