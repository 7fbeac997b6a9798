import type ExcelJS from 'exceljs'
import type { Briefing } from './briefing.js'
import type { DataTable } from './tables.js'

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Pick<DataTable, 'columns' | 'rows'>) {
  const sheet = workbook.addWorksheet(name)
  sheet.addRow(table.columns).font = { bold: true }
  for (const row of table.rows) sheet.addRow(row)
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...[table.columns[index] ?? '', ...table.rows.map((r) => r[index] ?? '')].map((v) => String(v).length),
    )
    column.width = Math.min(80, Math.max(10, longest + 2))
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The briefing as a workbook: one sheet for the numbers and one for each table on the page. */
export async function briefingWorkbook(briefing: Briefing, filters: string[]): Promise<Buffer> {
  // exceljs is large: loaded when the first workbook is asked for, not at start-up (docs/performance.md)
  const { default: excel } = await import('exceljs')
  const workbook = new excel.Workbook()
  workbook.creator = 'Practice Bank'
  addSheet(workbook, 'Numbers', {
    columns: ['Measure', 'Value'],
    rows: [
      ['Filters', filters.length ? filters.join('; ') : 'None: all practice'],
      ['Practice examples matching the filters', briefing.total],
      ['Included: contributors agreed to discussion with government', briefing.included],
      ['Left out: no agreement to discussion with government', briefing.leftOut],
    ],
  })
  addSheet(workbook, 'Outcome mix', briefing.outcomes)
  addSheet(workbook, 'Gaps', briefing.gaps)
  addSheet(workbook, 'Examples', briefing.examples)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
