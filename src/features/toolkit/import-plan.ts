import { createHash } from 'node:crypto'
import { slugify } from '../catalogue/slug.js'
import { csvColumns, MAX_SOURCE_ID, SOURCE_ID_COLUMN, type CsvRecord } from './csv-file.js'
import { fieldKeys, fieldLabels, fieldsOf, type ToolkitFields } from './emmie.js'
import { toolkitFieldSchemas } from './forms.js'

export interface CellError {
  /** the CSV column the problem is in; null for the row as a whole */
  column: string | null
  message: string
}

export interface FieldChange {
  field: keyof ToolkitFields
  label: string
}

export type PlanRow =
  | { row: number; kind: 'new'; sourceId: string; slug: string; fields: ToolkitFields }
  | {
      row: number
      kind: 'changed'
      sourceId: string
      entryId: number
      title: string
      changes: FieldChange[]
      fields: Partial<ToolkitFields>
    }
  | { row: number; kind: 'unchanged'; sourceId: string; entryId: number; title: string }
  | { row: number; kind: 'error'; sourceId: string | null; errors: CellError[] }

export type PlanKind = PlanRow['kind']
export const planKinds: readonly PlanKind[] = ['new', 'changed', 'unchanged', 'error']

export interface ImportPlan {
  rows: PlanRow[]
  counts: Record<PlanKind, number>
  /** a digest of what the commit would do: it refuses when the plan is no longer this */
  digest: string
}

export interface ExistingEntry extends ToolkitFields {
  id: number
  slug: string
  sourceId: string | null
}

/** One cell through the form's own schema, so an import accepts and refuses what the form does. */
function parseCell<K extends keyof ToolkitFields>(
  field: K,
  raw: string | undefined,
): { ok: true; value: ToolkitFields[K] } | { ok: false; message: string } {
  const trimmed = raw?.trim()
  const parsed = toolkitFieldSchemas[field].safeParse(trimmed === '' ? undefined : trimmed)
  if (parsed.success) return { ok: true, value: parsed.data as ToolkitFields[K] }
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'This value cannot be used' }
}

/** The fields a row sets: every column present in the file (a column left out is left alone). */
function rowFields(record: CsvRecord, width: number): { fields: Partial<ToolkitFields>; errors: CellError[] } {
  const errors: CellError[] = []
  if (record.width > width)
    errors.push({ column: null, message: `The row has ${record.width} cells but the header has ${width} columns` })
  const fields: Partial<Record<keyof ToolkitFields, unknown>> = {}
  for (const { column, field } of csvColumns) {
    if (!record.cells.has(column)) continue
    const parsed = parseCell(field, record.cells.get(column))
    if (parsed.ok) fields[field] = parsed.value
    else errors.push({ column, message: parsed.message })
  }
  return { fields: fields as Partial<ToolkitFields>, errors }
}

/** A new entry's fields: what the row gives, the form's defaults for columns the file leaves out. */
function completeFields(fields: Partial<ToolkitFields>): ToolkitFields {
  const out = {} as Record<string, unknown>
  for (const key of fieldKeys) {
    if (key in fields) out[key] = fields[key]
    else {
      const parsed = toolkitFieldSchemas[key].safeParse(undefined)
      out[key] = parsed.success ? parsed.data : null
    }
  }
  return out as unknown as ToolkitFields
}

function uniqueSlug(title: string, taken: Set<string>): string {
  const base = slugify(title, 90)
  let slug = base
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
  taken.add(slug)
  return slug
}

/**
 * What importing the rows would do to the Toolkit as it is now, row by row: a new entry, the fields that
 * would change, nothing, or why the row cannot be imported. Rows are matched on source_id only, so the
 * samples and entries admins typed in are never overwritten by a file.
 */
export function planImport(records: CsvRecord[], columns: string[], existing: ExistingEntry[]): ImportPlan {
  const bySourceId = new Map(existing.filter((e) => e.sourceId !== null).map((e) => [e.sourceId as string, e]))
  const takenSlugs = new Set(existing.map((e) => e.slug))
  const seen = new Map<string, number>()
  const rows: PlanRow[] = records.map((record): PlanRow => {
    const { fields, errors } = rowFields(record, columns.length)
    const sourceId = record.cells.get(SOURCE_ID_COLUMN)?.trim() ?? ''
    if (sourceId === '')
      errors.unshift({ column: SOURCE_ID_COLUMN, message: 'Enter the source_id of the intervention' })
    else if (sourceId.length > MAX_SOURCE_ID)
      errors.unshift({
        column: SOURCE_ID_COLUMN,
        message: `The source_id must be ${MAX_SOURCE_ID} characters or fewer`,
      })
    else if (seen.has(sourceId))
      errors.unshift({
        column: SOURCE_ID_COLUMN,
        message: `The source_id ‘${sourceId}’ is also on row ${seen.get(sourceId)}`,
      })
    if (sourceId !== '' && !seen.has(sourceId)) seen.set(sourceId, record.row)
    if (errors.length) return { row: record.row, kind: 'error', sourceId: sourceId || null, errors }
    const entry = bySourceId.get(sourceId)
    if (!entry) {
      const complete = completeFields(fields)
      return { row: record.row, kind: 'new', sourceId, slug: uniqueSlug(complete.title, takenSlugs), fields: complete }
    }
    const current = fieldsOf(entry)
    const changed = (Object.keys(fields) as (keyof ToolkitFields)[]).filter((key) => fields[key] !== current[key])
    if (changed.length === 0)
      return { row: record.row, kind: 'unchanged', sourceId, entryId: entry.id, title: entry.title }
    const ordered = fieldKeys.filter((key) => changed.includes(key))
    const update: Partial<Record<keyof ToolkitFields, unknown>> = {}
    for (const key of ordered) update[key] = fields[key]
    return {
      row: record.row,
      kind: 'changed',
      sourceId,
      entryId: entry.id,
      title: entry.title,
      changes: ordered.map((field) => ({ field, label: fieldLabels[field] })),
      fields: update as Partial<ToolkitFields>,
    }
  })
  const counts: Record<PlanKind, number> = { new: 0, changed: 0, unchanged: 0, error: 0 }
  for (const row of rows) counts[row.kind] += 1
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex')
  return { rows, counts, digest }
}
