import { stringify } from 'csv-stringify/sync'
import { exampleSheetRows } from './example-sheet.js'

/** The example sheet as CSV (UTF-8 with a byte-order mark, as spreadsheet programs save it). */
export function exampleCsv(): string {
  return `\ufeff${stringify(exampleSheetRows(), { record_delimiter: '\r\n' })}`
}

/** The example sheet as an Excel workbook; dates written as 2021-03-14 become real date cells, as Excel keeps them. */
export async function exampleXlsx(): Promise<Buffer> {
  // exceljs is large: loaded when the first workbook is made, not at start-up (docs/performance.md)
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  workbook.creator = 'Practice Bank'
  workbook.created = new Date(Date.UTC(2026, 0, 1))
  workbook.modified = new Date(Date.UTC(2026, 0, 1))
  const sheet = workbook.addWorksheet('Practice map')
  const [headers = [], ...rows] = exampleSheetRows()
  sheet.addRow(headers).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(row.map((cell) => (/^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)))
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
