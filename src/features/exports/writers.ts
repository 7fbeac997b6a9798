import { PassThrough, Readable, pipeline } from 'node:stream'
import { stringify } from 'csv-stringify'
import { cellText, neutraliseFormula, type CellValue } from './columns.js'
import type { ExportPlan } from './service.js'

/**
 * Each writer turns an export into a stream that reads the next rows only as the client takes the
 * bytes already written, so an export of any size holds about one page of rows in memory.
 * A failure part-way destroys the stream: the client sees a cut-off download, never a file that
 * looks complete. `onError` logs it.
 */
type OnError = (error: unknown) => void

export function csvStream(plan: ExportPlan, onError: OnError): Readable {
  async function* lines() {
    for await (const row of plan.rows) yield row.map((cell) => neutraliseFormula(cellText(cell)))
  }
  // The byte order mark lets Excel read the file as UTF-8.
  const out = stringify({ header: true, columns: plan.columns.map((c) => c.heading), bom: true })
  pipeline(Readable.from(lines()), out, (error) => {
    if (error) onError(error)
  })
  return out
}

export function jsonLinesStream(plan: ExportPlan): Readable {
  async function* lines() {
    for await (const row of plan.rows) {
      const record = Object.fromEntries(plan.columns.map((column, i) => [column.key, row[i] ?? null]))
      yield `${JSON.stringify(record)}\n`
    }
  }
  return Readable.from(lines())
}

/** XML reads a carriage return as a line feed: written as one, so the workbook reads back as written. */
const xlsxText = (cell: CellValue) => cellText(cell).replace(/\r\n?/g, '\n')

/** How many rows go into the workbook between checks that the client is keeping up. */
const ROWS_BETWEEN_CHECKS = 100

function drainedOrClosed(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })
}

/**
 * An Excel workbook written with exceljs's streaming writer. Cells are plain text (never formulas),
 * so a value starting with = is shown as written.
 */
export function xlsxStream(plan: ExportPlan, onError: OnError): Readable {
  const out = new PassThrough()
  async function write() {
    // exceljs is large: loaded when the first workbook is written, not at start-up (docs/performance.md)
    const { default: excel } = await import('exceljs')
    const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false })
    const sheet = workbook.addWorksheet('Practice')
    sheet.columns = plan.columns.map((column) => ({ header: column.heading, key: column.key }))
    let count = 0
    for await (const row of plan.rows) {
      sheet.addRow(row.map(xlsxText)).commit()
      count += 1
      if (count % ROWS_BETWEEN_CHECKS === 0 && out.writableNeedDrain) await drainedOrClosed(out)
      // the client went away: stop reading the database
      if (out.destroyed) return
    }
    sheet.commit()
    await workbook.commit()
  }
  write().catch((error: unknown) => {
    onError(error)
    out.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return out
}
