import { createHash } from 'node:crypto'
import { parse as csvParse } from 'csv-parse/sync'
import type ExcelJS from 'exceljs'

/** Generous for a spreadsheet of 10,000 practice examples; a bigger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000
export const MAX_COLUMNS = 100
/** characters in one row; a longer one is almost certainly not a row of practice */
export const MAX_ROW_CHARS = 200_000

export interface ParsedSheet {
  format: 'csv' | 'xlsx'
  sha256: string
  headers: string[]
  /** data rows, every one as long as the headers, cells as trimmed text ('' for blank) */
  rows: string[][]
}

export type ParseOutcome = { ok: true; sheet: ParsedSheet } | { ok: false; message: string }

const refuse = (message: string): ParseOutcome => ({ ok: false, message })
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50
/** Files people upload by mistake, recognised by their first bytes. */
const notSpreadsheets: [Buffer, string][] = [
  [Buffer.from('%PDF'), 'a PDF document'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a PNG image'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'a JPEG image'],
  [Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'an old Excel (.xls) or Word (.doc) file'],
]

/** Reads a CSV or XLSX file into headers and rows of text, or says plainly why it cannot. */
export async function parseSpreadsheet(bytes: Buffer, fileName: string): Promise<ParseOutcome> {
  if (bytes.length === 0) return refuse('The selected file is empty')
  if (bytes.length > MAX_IMPORT_BYTES)
    return refuse(
      `The selected file must be smaller than ${megabytes(MAX_IMPORT_BYTES)} (it is ${megabytes(bytes.length)})`,
    )
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  for (const [magic, what] of notSpreadsheets) {
    if (bytes.subarray(0, magic.length).equals(magic))
      return refuse(`The selected file is ${what}, not a spreadsheet: upload a CSV or an Excel (.xlsx) file`)
  }
  const parsed = isZip(bytes) ? await readWorkbook(bytes) : /\.xlsx$/i.test(fileName) ? notXlsx() : readCsv(bytes)
  if (!parsed.ok) return parsed
  return checkShape({ ...parsed.sheet, sha256 })
}

const notXlsx = (): ParseOutcome =>
  refuse('The selected file is called .xlsx but is not an Excel workbook: save it again from your spreadsheet program')

function readCsv(bytes: Buffer): ParseOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse('The selected file is in UTF-16: save it as “CSV UTF-8 (comma delimited)” and upload it again')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse(
      'The selected file is not in UTF-8 (letters such as é or ’ cannot be read): save it as “CSV UTF-8 (comma delimited)” and upload it again',
    )
  }
  if (text.includes('\u0000'))
    return refuse('The selected file is not a spreadsheet: upload a CSV or an Excel (.xlsx) file')
  return parseCsvText(text)
}

/** Parsed with csv-parse; its errors become a message with the line. */
function parseCsvText(text: string): ParseOutcome {
  let records: string[][]
  try {
    records = csvParse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_ROW_CHARS,
      delimiter: sniffDelimiter(text),
    })
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string }
    if (e.code === 'CSV_MAX_RECORD_SIZE')
      return refuse(
        `Line ${e.lines ?? '?'} is longer than ${MAX_ROW_CHARS.toLocaleString('en-GB')} characters: check the file is a spreadsheet of practice, one example a row`,
      )
    if (
      e.code === 'CSV_QUOTE_NOT_CLOSED' ||
      e.code === 'INVALID_OPENING_QUOTE' ||
      e.code === 'CSV_INVALID_CLOSING_QUOTE'
    )
      return refuse(`The file cannot be read as CSV: a quotation mark is not closed near line ${e.lines ?? '?'}`)
    return refuse('The file cannot be read as CSV: save it again from your spreadsheet program as “CSV UTF-8”')
  }
  const formula = findCsvFormula(records)
  if (formula) return refuse(formula)
  const [headers = [], ...rows] = records
  return { ok: true, sheet: { format: 'csv', sha256: '', headers, rows } }
}

/** Semicolons where a spreadsheet program set for another locale saved the file; commas otherwise. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  const count = (c: string) => firstLine.split(c).length - 1
  return count(';') > count(',') && count(';') > count('\t') ? ';' : count('\t') > count(',') ? '\t' : ','
}

/** A CSV cell that a spreadsheet program would run as a formula: the import takes values only. */
function findCsvFormula(records: string[][]): string | null {
  for (const [r, record] of records.entries()) {
    const c = record.findIndex((cell) => /^\s*=/.test(cell) || /^\s*[+@]\s*[A-Z]+\(/i.test(cell))
    if (c >= 0)
      return `Row ${r + 1}, column ${c + 1} holds a formula (${truncate(record[c] ?? '', 30)}): replace formulas with their values and upload the file again`
  }
  return null
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text)

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** One cell's text; a formula anywhere is reported, not evaluated or trusted. */
function cellText(value: ExcelJS.CellValue): string | { formula: true } {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoDate(value)
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true }
    if ('richText' in value) return value.richText.map((t) => t.text).join('')
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
    return ''
  }
  return String(value)
}

async function readWorkbook(bytes: Buffer): Promise<ParseOutcome> {
  // exceljs is large: loaded when the first workbook is read, not at start-up (docs/performance.md)
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    return refuse('The selected file is not an Excel workbook that can be read: save it again as .xlsx or as CSV UTF-8')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return refuse('The workbook has no worksheet')
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1)
    return refuse(
      `The sheet has ${sheet.rowCount.toLocaleString('en-GB')} rows: import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} at a time`,
    )
  if (sheet.columnCount > MAX_COLUMNS)
    return refuse(`The sheet has ${sheet.columnCount} columns: at most ${MAX_COLUMNS} can be read`)
  const records: string[][] = []
  let problem: string | null = null
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (problem) return
    const cells: string[] = []
    let length = 0
    for (let c = 1; c <= sheet.columnCount; c += 1) {
      const text = cellText(row.getCell(c).value)
      if (typeof text !== 'string') {
        problem = `Cell ${row.getCell(c).address} holds a formula: replace formulas with their values and upload the file again`
        return
      }
      length += text.length
      cells.push(text)
    }
    if (length > MAX_ROW_CHARS) {
      problem = `Row ${rowNumber} is longer than ${MAX_ROW_CHARS.toLocaleString('en-GB')} characters: check the file is a spreadsheet of practice, one example a row`
      return
    }
    records.push(cells)
  })
  if (problem) return refuse(problem)
  const [headers = [], ...rows] = records
  return { ok: true, sheet: { format: 'xlsx', sha256: '', headers, rows } }
}

/** Every row as long as the headers, cells trimmed, blank rows dropped; at least a header and one row. */
function checkShape(sheet: ParsedSheet): ParseOutcome {
  const headers = sheet.headers.map((h) => h.trim())
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop()
  if (headers.length === 0) return refuse('The first row must hold the column headings: it is empty')
  if (headers.length > MAX_COLUMNS)
    return refuse(`The file has ${headers.length} columns: at most ${MAX_COLUMNS} can be read`)
  const rows = sheet.rows
    .map((row) => headers.map((_, i) => (row[i] ?? '').trim()))
    .filter((row) => row.some((cell) => cell !== ''))
  if (rows.length === 0) return refuse('The file has column headings but no rows of practice under them')
  if (rows.length > MAX_IMPORT_ROWS)
    return refuse(
      `The file has ${rows.length.toLocaleString('en-GB')} rows: import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} at a time`,
    )
  return { ok: true, sheet: { ...sheet, headers, rows } }
}
