import { regions } from '../../db/seed/reference-data.js'
import { facetOptions } from '../catalogue/facets.js'
import { searchHref, type FacetName, type SearchQuery } from '../catalogue/search-query.js'
import type { ReferenceData } from '../reference/types.js'
import type { Breakdown, BreakdownName, TurnaroundRow } from './repository.js'
import { withChart, type DataTable } from './tables.js'

/** Shared shaping of counts into tables for the insight pages. */

const oneDecimal = (value: number | null) => (value === null ? '' : Math.round(value * 10) / 10)
export const days = oneDecimal

const facetOf: Record<BreakdownName, FacetName> = {
  purpose: 'purpose',
  topic: 'topic',
  outcome: 'outcome',
  stage: 'stage',
  region: 'region',
  organisation: 'organisation',
  call: 'call',
}

export interface BreakdownSpec {
  key: string
  name: BreakdownName
  title: string
  heading: string
  /** keep options with no practice (gaps worth seeing); forces with none are left out */
  zeros: boolean
}

/** A breakdown as a bar chart and table, largest first; each row links to the search for it. */
export function breakdownTable(
  spec: BreakdownSpec,
  counts: Breakdown[],
  ref: ReferenceData,
  query: SearchQuery,
  noun = 'Practice examples',
): DataTable {
  const facet = facetOf[spec.name]
  const byValue = new Map(counts.filter((c) => c.name === spec.name).map((c) => [c.value, c.n]))
  const options =
    spec.name === 'region'
      ? regions.map((r) => ({ key: r.key, value: r.key, label: r.label }))
      : facetOptions(facet, ref)
  const rows = options
    .map((o) => ({ key: o.key, label: o.label, n: byValue.get(String(o.value)) ?? 0 }))
    .filter((r) => spec.zeros || r.n > 0)
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
  return withChart({
    key: spec.key,
    title: spec.title,
    desc: `${noun} matching the filters, by ${spec.heading.toLowerCase()}, largest first.`,
    columns: [spec.heading, noun],
    rows: rows.map((r) => [r.label, r.n]),
    links: rows.map((r) => searchHref(query, { filters: { [facet]: [r.key] } })),
    chart: 'bar',
  })
}

/** Every month from the first to the last with data, so a quiet month shows as a gap and not as nothing. */
export function fillMonths(counts: { month: string; n: number }[]): { month: string; n: number }[] {
  if (counts.length === 0) return []
  const byMonth = new Map(counts.map((c) => [c.month, c.n]))
  const [first, last] = [counts[0]?.month ?? '', counts[counts.length - 1]?.month ?? '']
  const months: { month: string; n: number }[] = []
  let [year, month] = first.split('-').map(Number) as [number, number]
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    months.push({ month: key, n: byMonth.get(key) ?? 0 })
    if (key >= last) break
    month += 1
    if (month > 12) [year, month] = [year + 1, 1]
  }
  return months
}

export function byQuarter(months: { month: string; n: number }[]): { quarter: string; n: number }[] {
  const quarters = new Map<string, number>()
  for (const { month, n } of months) {
    const [year, m] = month.split('-').map(Number) as [number, number]
    const key = `${year} Q${Math.ceil(m / 3)}`
    quarters.set(key, (quarters.get(key) ?? 0) + n)
  }
  return [...quarters].map(([quarter, n]) => ({ quarter, n }))
}

/** Turnaround to decision and to publication side by side, one row a month. */
export function turnaroundTable(decided: TurnaroundRow[], published: TurnaroundRow[]): DataTable {
  const months = [...new Set([...decided, ...published].map((r) => r.month))].sort()
  const find = (rows: TurnaroundRow[], month: string) => rows.find((r) => r.month === month)
  return withChart({
    key: 'turnaround',
    title: 'Review turnaround by month',
    desc: 'Median days from submission to a decision, by the month of the decision.',
    columns: [
      'Month',
      'Median days to decision',
      '90th percentile days to decision',
      'Decisions',
      'Median days to publication',
      '90th percentile days to publication',
      'Published',
    ],
    rows: months.map((month) => {
      const d = find(decided, month)
      const p = find(published, month)
      return [
        month,
        d ? oneDecimal(d.median) : '',
        d ? oneDecimal(d.p90) : '',
        d?.n ?? 0,
        p ? oneDecimal(p.median) : '',
        p ? oneDecimal(p.p90) : '',
        p?.n ?? 0,
      ]
    }),
    chart: 'column',
  })
}
