import type { ImportMessage } from '../../db/schema/index.js'
import { fieldByKey, ignoreColumn, type ImportField } from './fields.js'
import { normalise, readConsent, readDate, readEmail, readText, readYesNo, splitList } from './values.js'
import type { Vocabulary } from './vocabulary.js'

/** A practice column's value read from a row: text, a date, an id, ids, a consent or yes/no. */
export type FieldValue = string | number | number[] | boolean | null

export interface ReadRow {
  rowNumber: number
  title: string | null
  /** practice column → value, for the mapped fields only */
  values: Record<string, FieldValue>
  sourceReference: string | null
  /** finds the practice again next time: the sheet's reference, or the title and organisation */
  sourceKey: string | null
  messages: ImportMessage[]
}

const labelOf = (field: ImportField) => field.label

/** Reads one spreadsheet row through the mapping. Errors name the column and the reason. */
export function readRow(
  rowNumber: number,
  cells: string[],
  headers: string[],
  mapping: string[],
  vocabulary: Vocabulary,
): ReadRow {
  const values: Record<string, FieldValue> = {}
  const messages: ImportMessage[] = []
  let sourceReference: string | null = null
  const error = (column: string, text: string) => messages.push({ column, text, level: 'error' })
  const note = (column: string, text: string) => messages.push({ column, text, level: 'note' })

  mapping.forEach((key, index) => {
    if (key === ignoreColumn) return
    const field = fieldByKey.get(key)
    if (!field) return
    const column = headers[index] ?? `Column ${index + 1}`
    const cell = cells[index] ?? ''
    if (field.key === 'reference') {
      sourceReference = cell.trim() === '' ? null : cell.trim()
      return
    }
    const target = field.column ?? field.key
    switch (field.kind) {
      case 'text': {
        const read = readText(field.key, cell)
        if (read.ok) values[target] = read.value
        else error(column, `${labelOf(field)} ${read.reason}`)
        break
      }
      case 'email': {
        const read = readEmail(cell)
        if (read.ok) values[target] = read.value
        else error(column, read.reason)
        break
      }
      case 'date': {
        const read = readDate(cell)
        if (read.ok) values[target] = read.value
        else error(column, read.reason)
        break
      }
      case 'consent': {
        const read = readConsent(cell)
        if (read.ok) values[target] = read.value
        else error(column, read.reason)
        break
      }
      case 'yes-no': {
        const read = readYesNo(cell)
        if (read.ok) values[target] = read.value
        else error(column, read.reason)
        break
      }
      case 'organisation': {
        if (cell.trim() === '') break
        const match = vocabulary.organisation(cell)
        if (match.ok) values[target] = match.id
        else
          error(
            column,
            `Organisation ‘${cell.trim()}’ not recognised${match.suggestion ? ` — did you mean ${match.suggestion}?` : ''}`,
          )
        break
      }
      case 'topics':
      case 'purposes': {
        const taxonomy = field.kind === 'topics' ? 'topic' : 'purpose'
        const ids: number[] = []
        for (const item of splitList(cell)) {
          const match = vocabulary.term(taxonomy, item)
          if (match.ok) {
            if (!ids.includes(match.id)) ids.push(match.id)
          } else
            error(
              column,
              `${taxonomy === 'topic' ? 'Topic' : 'Purpose'} ‘${item}’ not recognised${match.suggestion ? ` — did you mean ${match.suggestion}?` : ''}`,
            )
        }
        values[target] = ids.sort((a, b) => a - b)
        break
      }
      case 'term': {
        if (cell.trim() === '') {
          values[target] = null
          break
        }
        const match = vocabulary.term(field.taxonomy ?? '', cell)
        if (match.ok) values[target] = match.id
        else
          error(
            column,
            `${labelOf(field)} ‘${cell.trim()}’ not recognised${match.suggestion ? ` — did you mean ${match.suggestion}?` : ''}`,
          )
        break
      }
      case 'call': {
        const match = vocabulary.call(cell)
        if (match.ok) {
          values[target] = match.id
          if (match.note) note(column, match.note)
        } else error(column, match.reason)
        break
      }
    }
  })

  const title = typeof values.title === 'string' ? values.title : null
  const titleColumn = headers[mapping.indexOf('title')] ?? 'Title'
  const organisationColumn = headers[mapping.indexOf('organisation')] ?? 'Organisation'
  if (title === null && !messages.some((m) => m.column === titleColumn))
    error(titleColumn, 'Enter the title of the practice')
  const organisationId = typeof values.organisationId === 'number' ? values.organisationId : null
  if (organisationId === null && !messages.some((m) => m.column === organisationColumn))
    error(organisationColumn, 'Enter the force or organisation')
  const start = values.startDate
  const end = values.endDate
  if (typeof start === 'string' && typeof end === 'string' && end < start)
    error(headers[mapping.indexOf('endDate')] ?? 'End date', 'The end date must be the same as or after the start date')
  if (values.summary === null || (values.summary === undefined && mapping.includes('summary')))
    note(headers[mapping.indexOf('summary')] ?? 'Summary', 'No summary: the reviewer will need to add one')

  const reference: string | null = sourceReference
  const sourceKey = reference
    ? `ref:${normalise(reference)}`
    : title && organisationId !== null
      ? `title:${normalise(title)}|org:${organisationId}`
      : null
  return { rowNumber, title, values, sourceReference: reference, sourceKey, messages }
}
