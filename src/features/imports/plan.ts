import type { Db } from '../../db/client.js'
import type { ImportMessage, ImportRowKind } from '../../db/schema/index.js'
import { widestVisibility } from '../access/consent.js'
import { importFields } from './fields.js'
import {
  findBySourceKeys,
  findSimilarTitles,
  importableColumns,
  type ExistingPractice,
  type ImportableColumn,
  type SimilarPractice,
} from './repository.js'
import { readRow, type FieldValue, type ReadRow } from './row-reader.js'
import type { Vocabulary } from './vocabulary.js'

export interface SheetContext {
  importId: number
  fileName: string
  headers: string[]
  mapping: string[]
  vocabulary: Vocabulary
  publish: boolean
  /** the first row of the file with each source key: a later row with the same key is its duplicate */
  firstRowOfKey: Map<string, number>
}

/** What one row would do (dry run) or does (commit). */
export interface RowPlan {
  rowNumber: number
  kind: ImportRowKind
  read: ReadRow
  /** for updates: the practice columns that change */
  changedFields: ImportableColumn[]
  messages: ImportMessage[]
  existing?: ExistingPractice
  duplicateOf?: SimilarPractice
  duplicateOfRow?: number
}

/** The spreadsheet row number of data row `index` (row 1 holds the headings). */
export const sheetRowNumber = (index: number) => index + 2

/** Reads every row once to find the first row of each source key, so duplicates inside the file are known up front. */
export function firstRowsOfKeys(rows: string[][], headers: string[], mapping: string[], vocabulary: Vocabulary) {
  const first = new Map<string, number>()
  rows.forEach((cells, index) => {
    const read = readRow(sheetRowNumber(index), cells, headers, mapping, vocabulary)
    if (read.sourceKey && !read.messages.some((m) => m.level === 'error') && !first.has(read.sourceKey))
      first.set(read.sourceKey, read.rowNumber)
  })
  return first
}

const fieldLabel = new Map(importFields.filter((f) => f.column).map((f) => [f.column as string, f.label]))
export const columnLabel = (column: string) => fieldLabel.get(column) ?? column

function same(a: unknown, b: FieldValue | undefined): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === ''
  if (blank(a) && blank(b)) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = [...((a as number[] | null) ?? [])].sort((p, q) => p - q)
    const y = [...((b as number[] | null) ?? [])].sort((p, q) => p - q)
    return x.length === y.length && x.every((v, i) => v === y[i])
  }
  return a === b
}

/** The mapped columns whose value in the row differs from the practice in the bank. */
export function changedColumns(existing: ExistingPractice, values: Record<string, FieldValue>): ImportableColumn[] {
  return importableColumns.filter((column) => column in values && !same(existing[column], values[column]))
}

function publicationNote(ctx: SheetContext, read: ReadRow): ImportMessage | null {
  if (!ctx.publish) return null
  const consent = (read.values.consentPublication ?? null) as 'public' | 'policing' | 'none' | null
  const visibility = widestVisibility(consent)
  return {
    column: null,
    level: 'note',
    text:
      visibility === 'public'
        ? 'Will be published for everyone, with the imported classification'
        : visibility === 'policing'
          ? 'Will be published to policing only (the consent allows no wider)'
          : 'The consent column does not allow publication: it will wait for review',
  }
}

/**
 * What each row of a batch would do, judged against the bank as it is now: an error, a duplicate of an
 * earlier row or of practice already in the bank, an update of practice imported before (by its source
 * key), no change, or a new practice.
 */
export async function planBatch(
  db: Db,
  ctx: SheetContext,
  batch: { rowNumber: number; cells: string[] }[],
): Promise<RowPlan[]> {
  const reads = batch.map((r) => readRow(r.rowNumber, r.cells, ctx.headers, ctx.mapping, ctx.vocabulary))
  const valid = reads.filter((r) => !r.messages.some((m) => m.level === 'error'))
  const keys = [...new Set(valid.map((r) => r.sourceKey).filter((k): k is string => k !== null))]
  const existing = new Map((await findBySourceKeys(db, keys)).map((p) => [p.sourceKey, p]))
  const unmatched = valid.filter(
    (r) => r.sourceKey && !existing.has(r.sourceKey) && ctx.firstRowOfKey.get(r.sourceKey) === r.rowNumber,
  )
  const similar = new Map(
    (
      await findSimilarTitles(
        db,
        unmatched.map((r) => ({
          n: r.rowNumber,
          title: r.title ?? '',
          organisationId: r.values.organisationId as number,
        })),
        ctx.importId,
      )
    ).map((s) => [s.n, s]),
  )

  return reads.map((read): RowPlan => {
    const base = { rowNumber: read.rowNumber, read, changedFields: [], messages: [...read.messages] }
    if (read.messages.some((m) => m.level === 'error') || !read.sourceKey) return { ...base, kind: 'error' }
    const firstRow = ctx.firstRowOfKey.get(read.sourceKey)
    if (firstRow !== undefined && firstRow !== read.rowNumber) {
      base.messages.push({
        column: null,
        level: 'note',
        text: `The same practice as row ${firstRow}${read.sourceReference ? ` (reference ${read.sourceReference})` : ''}: not imported twice`,
      })
      return { ...base, kind: 'duplicate', duplicateOfRow: firstRow }
    }
    const found = existing.get(read.sourceKey)
    if (found) {
      const changed = changedColumns(found, read.values)
      if (changed.length === 0) return { ...base, kind: 'unchanged', existing: found }
      if (found.status !== 'imported') {
        base.messages.push({
          column: null,
          level: 'note',
          text: `Already in the bank as ${found.reference ?? 'a practice'} and reviewed since it was imported: ${changed.map(columnLabel).join(', ')} not changed (change them through review)`,
        })
        return { ...base, kind: 'duplicate', existing: found, duplicateOf: undefined }
      }
      return { ...base, kind: 'update', existing: found, changedFields: changed }
    }
    const twin = similar.get(read.rowNumber)
    if (twin) {
      base.messages.push({
        column: null,
        level: 'note',
        text: `Looks like ${twin.reference ?? 'a practice'} “${twin.title}” from ${twin.organisationName}, already in the bank: not imported`,
      })
      return { ...base, kind: 'duplicate', duplicateOf: twin }
    }
    const note = publicationNote(ctx, read)
    if (note) base.messages.push(note)
    return { ...base, kind: 'create' }
  })
}
