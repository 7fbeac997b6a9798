import { parse } from 'csv-parse/sync'
import { dimensions, fieldLabels, type ToolkitFields } from './emmie.js'

/** The largest Toolkit file accepted: the whole Toolkit is a few hundred rows of text. */
export const MAX_TOOLKIT_CSV_BYTES = 1024 * 1024
export const MAX_TOOLKIT_ROWS = 2000

/** The key column: it says which intervention a row is, so an import can be run again safely. */
export const SOURCE_ID_COLUMN = 'source_id'
export const MAX_SOURCE_ID = 100

/** Each CSV column and the field it fills, in the order of the form and the example file. */
export const csvColumns: readonly { column: string; field: keyof ToolkitFields }[] = [
  { column: 'title', field: 'title' },
  { column: 'summary', field: 'summary' },
  { column: 'overall_effect', field: 'overallEffect' },
  { column: 'evidence_strength', field: 'evidenceStrength' },
  { column: 'problem', field: 'problem' },
  { column: 'population', field: 'population' },
  ...dimensions.flatMap((d) => [
    { column: d.csv, field: d.key },
    { column: `${d.csv}_strength`, field: d.strength },
  ]),
  { column: 'url', field: 'url' },
]

export const knownColumns = [SOURCE_ID_COLUMN, ...csvColumns.map((c) => c.column)]

export interface CsvRecord {
  /** the row as a spreadsheet numbers it: the header is row 1 */
  row: number
  cells: Map<string, string>
  /** how many cells the row has, to tell a short or long row from a blank cell */
  width: number
}

export type ParsedCsv = { ok: true; columns: string[]; records: CsvRecord[] } | { ok: false; message: string }

const NOT_CSV =
  'The selected file must be a CSV file: in your spreadsheet program, save it as ‘CSV UTF-8’ and try again'

/** True for bytes that are a binary file (a workbook, a PDF, an image) rather than text. */
function looksBinary(bytes: Buffer): boolean {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return true
  return bytes.includes(0)
}

function decode(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const headerKey = (header: string) => header.trim().toLowerCase().replace(/\s+/g, '_')

/**
 * Reads a Toolkit CSV: UTF-8 text with a header row naming known columns, source_id and title among them.
 * Anything else is refused as a whole with a message saying what to change; problems in single cells are
 * left to the plan, which names the row and column.
 */
export function readToolkitCsv(bytes: Buffer): ParsedCsv {
  if (bytes.length === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.length > MAX_TOOLKIT_CSV_BYTES)
    return { ok: false, message: `The selected file must be smaller than ${MAX_TOOLKIT_CSV_BYTES / 1024 / 1024} MB` }
  if (looksBinary(bytes)) return { ok: false, message: NOT_CSV }
  const text = decode(bytes)
  if (text === null) return { ok: false, message: NOT_CSV }
  let rows: string[][]
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    return {
      ok: false,
      message: `The selected file could not be read as CSV${line ? ` at line ${line}` : ''}: check for a quotation mark that is not closed`,
    }
  }
  const [header, ...body] = rows
  if (!header || header.every((h) => h.trim() === ''))
    return { ok: false, message: 'The selected file has no header row' }
  const columns = header.map(headerKey)
  const unknown = columns.filter((c) => !knownColumns.includes(c))
  if (unknown.length)
    return {
      ok: false,
      message: `The header row has ${unknown.length === 1 ? 'a column' : 'columns'} the Toolkit import does not know (${unknown.map((c) => `‘${c || 'blank'}’`).join(', ')}): use the columns of the example file`,
    }
  const twice = columns.find((c, i) => columns.indexOf(c) !== i)
  if (twice) return { ok: false, message: `The header row has the column ‘${twice}’ more than once` }
  for (const required of [SOURCE_ID_COLUMN, 'title'])
    if (!columns.includes(required)) return { ok: false, message: `The header row must have a ‘${required}’ column` }
  const records: CsvRecord[] = []
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return
    records.push({
      row: index + 2,
      width: cells.length,
      cells: new Map(columns.map((column, i) => [column, (cells[i] ?? '').replace(/\r\n?/g, '\n')])),
    })
  })
  if (records.length === 0) return { ok: false, message: 'The selected file has no rows below the header' }
  if (records.length > MAX_TOOLKIT_ROWS)
    return {
      ok: false,
      message: `The selected file must have ${MAX_TOOLKIT_ROWS.toLocaleString('en-GB')} rows or fewer`,
    }
  return { ok: true, columns, records }
}

/** The column heading for a field, for messages ("row 4, column effect_strength"). */
export function columnOf(field: keyof ToolkitFields): string {
  return csvColumns.find((c) => c.field === field)?.column ?? fieldLabels[field]
}
