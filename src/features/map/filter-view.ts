import { facetLabels, facetOptions, labelFor } from '../catalogue/facets.js'
import { emptyFilters, facetNames, searchHref, type FacetName, type SearchQuery } from '../catalogue/search-query.js'
import type { ReferenceData } from '../reference/types.js'

/** Facets the map's filter form asks about; any other filter in the address is carried in hidden fields. */
const formFacets: FacetName[] = ['topic', 'purpose', 'outcome', 'stage', 'region', 'call']

/** The filter form and the links shared by the map and the coverage grid: the query string of the search. */
export function mapFilterView(query: SearchQuery, ref: ReferenceData, basePath: string) {
  const facets = formFacets.map((name) => {
    const selected = new Set(query.filters[name])
    return {
      name,
      label: facetLabels[name],
      selectedCount: selected.size,
      items: facetOptions(name, ref).map((o) => ({ value: o.key, text: o.label, checked: selected.has(o.key) })),
    }
  })
  const hidden = facetNames
    .filter((name) => !formFacets.includes(name))
    .flatMap((name) => query.filters[name].map((value) => ({ name, value })))
  const chosen = facetNames.flatMap((name) =>
    query.filters[name].map((key) => `${facetLabels[name]}: ${labelFor(name, key, ref)}`),
  )
  return {
    q: query.q ?? '',
    facets,
    hidden,
    chosen: query.q ? [`Words: ‘${query.q}’`, ...chosen] : chosen,
    clearHref: searchHref(query, { q: null, filters: emptyFilters(), sort: null }, basePath),
    searchHref: searchHref(query, { sort: null }),
    mapHref: searchHref(query, { sort: null }, '/map'),
    coverageHref: searchHref(query, { sort: null }, '/map/coverage'),
  }
}
