import type { TheoryOfChangeContent } from '../../db/schema/index.js'
import { modelColumns } from './content.js'

const COLUMN_WIDTH = 170
const GAP = 30
const BOX_PADDING = 8
const LINE_HEIGHT = 15
const CHARS_PER_LINE = 22
const MARGIN = 10
const HEADING_HEIGHT = 40

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

/** Breaks text into lines of about `width` characters at spaces (long words are cut). */
export function wrapText(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (rest.length > width) {
      if (line) lines.push(line)
      line = ''
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
    }
    if (!line) line = rest
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The theory of change as a left-to-right logic model in SVG, drawn on the server: one column per
 * stage, a box per item, arrows between the columns, and assumptions and risks beneath. The figure
 * is an image to screen readers (its title and description name it); the page beside it carries the
 * same content as text.
 */
export function logicModelSvg(toc: TheoryOfChangeContent, titleText: string): string {
  const columns = modelColumns(toc)
  const parts: string[] = []
  let height = 0
  columns.forEach((column, index) => {
    const x = MARGIN + index * (COLUMN_WIDTH + GAP)
    parts.push(
      `<text x="${x + COLUMN_WIDTH / 2}" y="${MARGIN + 20}" text-anchor="middle" class="app-toc-heading" font-weight="bold" font-size="14">${escapeXml(column.heading)}</text>`,
    )
    let y = MARGIN + HEADING_HEIGHT
    const boxes = column.boxes.length ? column.boxes : [{ text: 'Not given yet', detail: [] }]
    for (const box of boxes) {
      const lines = [...wrapText(box.text), ...box.detail.flatMap((d) => wrapText(d, CHARS_PER_LINE + 4))]
      const boxHeight = lines.length * LINE_HEIGHT + BOX_PADDING * 2
      const empty = column.boxes.length === 0
      parts.push(
        `<g class="app-toc-box" data-column="${column.key}"><rect x="${x}" y="${y}" width="${COLUMN_WIDTH}" height="${boxHeight}" rx="4" fill="${empty ? '#f3f2f1' : '#ffffff'}" stroke="#0b0c0c" stroke-width="${empty ? 1 : 2}"${empty ? ' stroke-dasharray="4 3"' : ''}/>`,
      )
      lines.forEach((line, i) => {
        const isDetail = i >= wrapText(box.text).length
        parts.push(
          `<text x="${x + BOX_PADDING}" y="${y + BOX_PADDING + (i + 1) * LINE_HEIGHT - 3}" font-size="${isDetail ? 11 : 13}" fill="#0b0c0c">${escapeXml(line)}</text>`,
        )
      })
      parts.push('</g>')
      y += boxHeight + 10
    }
    height = Math.max(height, y)
    if (index < columns.length - 1) {
      const ax = x + COLUMN_WIDTH + 4
      const ay = MARGIN + HEADING_HEIGHT + 20
      parts.push(
        `<path d="M${ax} ${ay} H${ax + GAP - 10}" stroke="#0b0c0c" stroke-width="2" marker-end="url(#app-toc-arrow)"/>`,
      )
    }
  })
  const width = MARGIN * 2 + columns.length * COLUMN_WIDTH + (columns.length - 1) * GAP
  const bands: [string, string, string[]][] = [
    ['assumptions', 'Assumptions', toc.assumptions],
    ['risks', 'Risks', toc.risks],
  ]
  let y = height + 10
  for (const [key, heading, items] of bands) {
    const lines = items.length ? items.flatMap((item) => wrapText(`• ${item}`, 150)) : ['None given yet']
    const bandHeight = (lines.length + 1) * LINE_HEIGHT + BOX_PADDING * 2
    parts.push(
      `<g class="app-toc-box" data-column="${key}"><rect x="${MARGIN}" y="${y}" width="${width - MARGIN * 2}" height="${bandHeight}" rx="4" fill="#f3f2f1" stroke="#0b0c0c"/>`,
      `<text x="${MARGIN + BOX_PADDING}" y="${y + BOX_PADDING + LINE_HEIGHT - 3}" font-weight="bold" font-size="13">${heading}</text>`,
      ...lines.map(
        (line, i) =>
          `<text x="${MARGIN + BOX_PADDING}" y="${y + BOX_PADDING + (i + 2) * LINE_HEIGHT - 3}" font-size="12">${escapeXml(line)}</text>`,
      ),
      '</g>',
    )
    y += bandHeight + 10
  }
  const title = escapeXml(titleText)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" role="img" aria-labelledby="app-toc-title app-toc-desc" class="app-toc-svg" font-family="Arial, sans-serif">`,
    `<title id="app-toc-title">${title}</title>`,
    `<desc id="app-toc-desc">A logic model read from left to right: problem, inputs, activities, outputs, short-, medium- and long-term outcomes and impact, with assumptions and risks beneath. The same content follows as text.</desc>`,
    `<defs><marker id="app-toc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#0b0c0c"/></marker></defs>`,
    ...parts,
    '</svg>',
  ].join('')
}
