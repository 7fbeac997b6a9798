import { stringify } from 'csv-stringify/sync'
import { columnChart, horizontalBarChart } from '../../web/charts.js'

export type Cell = string | number

/** One set of figures: shown as a chart (when it has one), as a table, and downloadable as CSV, all from this. */
export interface DataTable {
  /** the CSV's file name without .csv, unique on its page */
  key: string
  title: string
  /** one sentence on what the figures count */
  desc: string
  columns: string[]
  rows: Cell[][]
  chart: 'bar' | 'column' | null
  /** which column the chart draws (the first column labels it) */
  chartColumn?: number
  /** inline SVG, drawn from the rows */
  svg?: string
  /** a link for each row's first cell, where there is one */
  links?: (string | null)[]
}

export function withChart(table: DataTable): DataTable {
  if (!table.chart || table.rows.length === 0) return table
  const column = table.chartColumn ?? 1
  const bars = table.rows.map((row) => ({ label: String(row[0]), value: Number(row[column]) || 0 }))
  const text = { id: `chart-${table.key}`, title: table.title, desc: table.desc }
  return { ...table, svg: table.chart === 'bar' ? horizontalBarChart(text, bars) : columnChart(text, bars) }
}

/** The table as CSV: a header row of the column names, then its rows, exactly as the page shows them. */
export function toCsv(table: DataTable): string {
  return stringify([table.columns, ...table.rows.map((row) => row.map(String))])
}

export function findTable(tables: DataTable[], file: string): DataTable | null {
  const match = /^([a-z0-9-]{1,60})\.csv$/.exec(file)
  return match ? (tables.find((t) => t.key === match[1]) ?? null) : null
}
