/**
 * Charts drawn on the server as inline SVG, so they work with no JavaScript and print. Each chart is an
 * image with a title and a description; the numbers themselves are always in a table beside it, so the
 * chart never has to be read to get them.
 */

export interface ChartBar {
  label: string
  value: number
}

export interface ChartText {
  /** unique on the page: the title and description take ids from it */
  id: string
  title: string
  desc: string
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

const BAR = '#1d70b8'
const INK = '#0b0c0c'
const GRID = '#b1b4b6'

function frame(chart: ChartText, width: number, height: number, body: string): string {
  const id = escapeXml(chart.id)
  return (
    `<svg class="app-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" data-qa="chart" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.desc)}</desc>` +
    body +
    '</svg>'
  )
}

/**
 * Horizontal bars, each label above its bar so that long names need no room beside it and the chart
 * stays readable when it shrinks to a phone's width.
 */
export function horizontalBarChart(chart: ChartText, bars: ChartBar[]): string {
  const width = 400
  const row = 40
  const max = Math.max(1, ...bars.map((b) => b.value))
  const room = width - 48
  const body = bars
    .map((bar, index) => {
      const y = index * row
      const length = bar.value === 0 ? 0 : Math.max(2, Math.round((bar.value / max) * room))
      return (
        `<text x="0" y="${y + 14}" font-size="14" fill="${INK}">${escapeXml(shorten(bar.label, 52))}</text>` +
        `<rect x="0" y="${y + 19}" width="${length}" height="14" fill="${BAR}"/>` +
        `<text x="${length + 6}" y="${y + 31}" font-size="14" font-weight="bold" fill="${INK}">${bar.value}</text>`
      )
    })
    .join('')
  return frame(chart, width, Math.max(row, bars.length * row), body)
}

/** Columns for a time series (one column a month or quarter), with a few labels along the bottom. */
export function columnChart(chart: ChartText, bars: ChartBar[]): string {
  const width = 640
  const height = 220
  const top = 20
  const bottom = 34
  const left = 48
  const plot = height - top - bottom
  const max = Math.max(1, ...bars.map((b) => b.value))
  const slot = bars.length ? (width - left) / bars.length : 0
  const every = Math.max(1, Math.ceil(bars.length / 5))
  const columns = bars
    .map((bar, index) => {
      const h = bar.value === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * plot))
      const x = left + index * slot
      const label =
        index % every === 0
          ? `<text x="${x + slot / 2}" y="${height - 6}" font-size="20" text-anchor="middle" fill="${INK}">${escapeXml(bar.label)}</text>`
          : ''
      return `<rect x="${x + slot * 0.15}" y="${top + plot - h}" width="${Math.max(1, slot * 0.7)}" height="${h}" fill="${BAR}"/>${label}`
    })
    .join('')
  const axis =
    `<line x1="${left}" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="${GRID}"/>` +
    `<text x="${left - 6}" y="${top + 7}" font-size="20" text-anchor="end" fill="${INK}">${max}</text>` +
    `<text x="${left - 6}" y="${top + plot}" font-size="20" text-anchor="end" fill="${INK}">0</text>`
  return frame(chart, width, height, axis + columns)
}
