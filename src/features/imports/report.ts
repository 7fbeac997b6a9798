import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import type { ImportMessage, ImportRowKind } from '../../db/schema/index.js'
import { columnLabel } from './plan.js'

export interface ReportRow {
  rowNumber: number
  kind: ImportRowKind
  committed: boolean
  title: string | null
  fields: string[]
  messages: ImportMessage[]
  duplicateOfRow: number | null
  practiceReference: string | null
  practiceSlug: string | null
  sameAs: { reference: string | null; title: string; organisation: string; summary: string } | null
}

/** The report lines of an import, with the practice each duplicate is of, for the page and the CSV. */
export async function findReportRows(
  db: Db,
  importId: number,
  kind: ImportRowKind | null,
  limit: number,
  offset: number,
) {
  const rows = await queryRows<{
    rowNumber: number
    plannedKind: ImportRowKind
    kind: ImportRowKind | null
    plannedFields: string[]
    changedFields: string[]
    title: string | null
    messages: ImportMessage[]
    duplicateOfRow: number | null
    practiceReference: string | null
    practiceSlug: string | null
    dupReference: string | null
    dupTitle: string | null
    dupOrganisation: string | null
    dupSummary: string | null
  }>(
    db,
    sql`select r.row_number as "rowNumber", r.planned_kind as "plannedKind", r.kind, r.planned_fields as "plannedFields",
               r.changed_fields as "changedFields", r.title, r.messages, r.duplicate_of_row as "duplicateOfRow",
               p.reference as "practiceReference", p.slug as "practiceSlug",
               d.reference as "dupReference", d.title as "dupTitle", o.name as "dupOrganisation", d.summary as "dupSummary"
        from import_rows r
        left join practices p on p.id = r.practice_id
        left join practices d on d.id = r.duplicate_of_practice_id
        left join organisations o on o.id = d.organisation_id
        where r.import_id = ${importId} ${kind ? sql`and coalesce(r.kind, r.planned_kind) = ${kind}` : sql``}
        order by r.row_number limit ${limit} offset ${offset}`,
  )
  return rows.map((r): ReportRow => ({
    rowNumber: r.rowNumber,
    kind: r.kind ?? r.plannedKind,
    committed: r.kind !== null,
    title: r.title,
    fields: (r.kind ? r.changedFields : r.plannedFields).map(columnLabel),
    messages: r.messages,
    duplicateOfRow: r.duplicateOfRow,
    practiceReference: r.practiceReference,
    practiceSlug: r.practiceSlug,
    sameAs: r.dupTitle
      ? {
          reference: r.dupReference,
          title: r.dupTitle,
          organisation: r.dupOrganisation ?? '',
          summary: r.dupSummary ?? '',
        }
      : null,
  }))
}

const planned: Record<ImportRowKind, string> = {
  create: 'Would create',
  update: 'Would update',
  unchanged: 'No change',
  duplicate: 'Duplicate',
  error: 'Error',
}
const done: Record<ImportRowKind, string> = {
  create: 'Created',
  update: 'Updated',
  unchanged: 'No change',
  duplicate: 'Duplicate: not imported',
  error: 'Error: not imported',
}

export const kindLabel = (row: Pick<ReportRow, 'kind' | 'committed' | 'fields'>) =>
  `${(row.committed ? done : planned)[row.kind]}${row.kind === 'update' && row.fields.length ? `: ${row.fields.join(', ')}` : ''}`

/** One CSV line per row: what happened, and every message with its column. */
export function reportCsvRecords(rows: ReportRow[]): string[][] {
  return [
    ['Row', 'Result', 'Title', 'Fields changed', 'Messages', 'Same as row', 'Same as practice', 'Practice reference'],
    ...rows.map((r) => [
      String(r.rowNumber),
      kindLabel(r),
      r.title ?? '',
      r.fields.join('; '),
      r.messages.map((m) => (m.column ? `${m.column}: ${m.text}` : m.text)).join(' | '),
      r.duplicateOfRow ? String(r.duplicateOfRow) : '',
      r.sameAs ? `${r.sameAs.reference ?? ''} ${r.sameAs.title}`.trim() : '',
      r.practiceReference ?? '',
    ]),
  ]
}
