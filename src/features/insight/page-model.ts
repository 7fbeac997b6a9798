import { facetLabels, facetOptions, labelFor } from '../catalogue/facets.js'
import {
  facetNames,
  searchHref,
  type FacetName,
  type ParameterError,
  type SearchQuery,
} from '../catalogue/search-query.js'
import type { ReferenceData } from '../reference/types.js'

/** The filters the insight pages offer: one choice each here, though an address may carry several. */
const offered: FacetName[] = ['topic', 'purpose', 'outcome', 'stage', 'region', 'organisation', 'call', 'year']

function yearOptions(): { key: string; label: string }[] {
  const now = new Date().getUTCFullYear()
  return Array.from({ length: now - 2017 }, (_, i) => String(now - i)).map((y) => ({ key: y, label: y }))
}

/** The filter form: the same parameters as the search, so an insight address and a search address agree. */
export function filterForm(query: SearchQuery | null, ref: ReferenceData) {
  return offered.map((name) => {
    const selected = query?.filters[name] ?? []
    const options = name === 'year' ? yearOptions() : facetOptions(name, ref)
    return {
      name,
      id: `filter-${name}`,
      label: facetLabels[name],
      items: [
        { value: '', text: 'Any', selected: selected.length === 0 },
        ...options.map((o) => ({ value: o.key, text: o.label, selected: selected.includes(o.key) })),
      ],
    }
  })
}

/** What the filters are, in words, for headings and the printed briefing. */
export function filterSummary(query: SearchQuery, ref: ReferenceData): string[] {
  const parts = query.q ? [`Words: ${query.q}`] : []
  for (const name of facetNames) {
    const keys = query.filters[name]
    if (keys.length) parts.push(`${facetLabels[name]}: ${keys.map((k) => labelFor(name, k, ref)).join(' or ')}`)
  }
  return parts
}

/** The query string of these filters (no sort or page), to carry onto CSV and XLSX links. */
export function filterQueryString(query: SearchQuery): string {
  const href = searchHref({ ...query, sort: null, page: 1 }, {}, '')
  return href.startsWith('?') ? href : ''
}

export function errorList(errors: ParameterError[]) {
  return errors.map((e) => ({ text: e.message.charAt(0).toUpperCase() + e.message.slice(1), href: '#insight-filters' }))
}
