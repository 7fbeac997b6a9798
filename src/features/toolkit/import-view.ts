import type { PlanRow } from './import-plan.js'

const kindLabels: Record<PlanRow['kind'], string> = {
  new: 'New',
  changed: 'Changed',
  unchanged: 'Unchanged',
  error: 'Error',
}

const kindTags: Record<PlanRow['kind'], string> = {
  new: 'govuk-tag--green',
  changed: 'govuk-tag--blue',
  unchanged: 'govuk-tag--grey',
  error: 'govuk-tag--red',
}

/** One row of the dry-run report: what will happen to it and, for changes and errors, the details. */
export function planRowView(row: PlanRow) {
  const base = { row: row.row, kind: row.kind, label: kindLabels[row.kind], tag: kindTags[row.kind] }
  switch (row.kind) {
    case 'new':
      return {
        ...base,
        sourceId: row.sourceId,
        title: row.fields.title,
        details: [`Will be added as /toolkit/${row.slug}`],
      }
    case 'changed':
      return {
        ...base,
        sourceId: row.sourceId,
        title: row.title,
        details: [`Will change: ${row.changes.map((c) => c.label.toLowerCase()).join(', ')}`],
      }
    case 'unchanged':
      return { ...base, sourceId: row.sourceId, title: row.title, details: ['Already as the file says'] }
    case 'error':
      return {
        ...base,
        sourceId: row.sourceId ?? '',
        title: '',
        details: row.errors.map((e) =>
          e.column ? `Row ${row.row}, column ${e.column}: ${e.message}` : `Row ${row.row}: ${e.message}`,
        ),
      }
  }
}
