import { regions } from '../../db/seed/reference-data.js'
import { formatNumber } from '../../web/format.js'
import { searchHref, type SearchQuery } from '../catalogue/search-query.js'
import { mapFilterView } from './filter-view.js'
import type { Coverage } from './service.js'

const GAPS_LISTED = 10

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function regionPhrase(key: string, label: string): string {
  if (key === 'london' || key === 'wales' || key === 'yorkshire-and-the-humber') return `in ${label}`
  if (key === 'eastern') return 'in the East of England'
  return `in the ${label}`
}

/**
 * The coverage grid: topics down, regions (or purposes) across, each cell a count linked to that
 * search. Empty cells say "None" so a gap does not depend on colour. Only the selected topics and
 * regions (or purposes) are shown when the filters pick some.
 */
export function coverageView(coverage: Coverage, query: SearchQuery) {
  const { ref, by, cells } = coverage
  const pickTopics = new Set(query.filters.topic)
  const pickColumns = new Set(query.filters[by])
  const topics = ref.terms
    .filter((t) => t.taxonomy === 'topic' && (pickTopics.size === 0 || pickTopics.has(t.key)))
    .sort((a, b) => a.position - b.position)
  const columns =
    by === 'region'
      ? regions
          .filter((r) => r.key !== 'national')
          .map((r) => ({
            key: r.key,
            value: r.key,
            label: r.label,
            phrase: regionPhrase(r.key, r.label),
          }))
      : ref.terms
          .filter((t) => t.taxonomy === 'purpose')
          .sort((a, b) => a.position - b.position)
          .map((t) => ({
            key: t.key,
            value: String(t.id),
            label: t.label,
            phrase: `with the purpose ${lowerFirst(t.label)}`,
          }))
  const shown = columns.filter((c) => pickColumns.size === 0 || pickColumns.has(c.key))
  const rows = topics.map((topic) => {
    const rowCells = shown.map((column) => {
      const cell = cells.get(`${topic.id}|${column.value}`)
      const n = cell?.n ?? 0
      return {
        n,
        text: n === 0 ? 'None' : formatNumber(n),
        relaxed: (cell?.relaxed ?? false) && n > 0,
        href: searchHref(query, { filters: { topic: [topic.key], [by]: [column.key] }, sort: null }),
        label: `${formatNumber(n)} on ${lowerFirst(topic.label)} ${column.phrase}`,
        column,
      }
    })
    return { topic, cells: rowCells, total: rowCells.reduce((sum, c) => sum + c.n, 0) }
  })
  const columnTotals = new Map(shown.map((c, i) => [c.key, rows.reduce((sum, r) => sum + (r.cells[i]?.n ?? 0), 0)]))
  // The gaps that matter most: a topic with plenty of practice elsewhere, missing in a busy region.
  const gaps = rows
    .flatMap((row) =>
      row.cells
        .filter((c) => c.n === 0)
        .map((c) => ({
          text: `No published practice on ${lowerFirst(row.topic.label)} ${c.column.phrase}`,
          weight: row.total * 1000 + (columnTotals.get(c.column.key) ?? 0),
          elsewhere: row.total,
          href: searchHref(query, { filters: { topic: [row.topic.key] }, sort: null }),
        })),
    )
    .filter((g) => g.elsewhere > 0)
    .sort((a, b) => b.weight - a.weight || a.text.localeCompare(b.text))
  return {
    pageTitle: 'Coverage of practice',
    activeNav: 'map',
    by,
    columns: shown,
    rows,
    gapCount: rows.reduce((sum, r) => sum + r.cells.filter((c) => c.n === 0).length, 0),
    gaps: gaps.slice(0, GAPS_LISTED),
    anyRelaxed: rows.some((r) => r.cells.some((c) => c.relaxed)),
    byItems: [
      { value: 'region', text: 'Topics by region', checked: by === 'region' },
      { value: 'purpose', text: 'Topics by purpose', checked: by === 'purpose' },
    ],
    filters: mapFilterView(query, ref, '/map/coverage'),
  }
}
