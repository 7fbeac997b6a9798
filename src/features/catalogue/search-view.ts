import type { ReferenceData } from '../reference/types.js'
import { labelFor } from './facets.js'
import { buildPagination } from './pagination.js'
import {
  emptyFilters,
  facetNames,
  PAGE_SIZE,
  searchHref,
  sortOrders,
  type ParameterError,
  type SortOrder,
} from './search-query.js'
import type { SearchResult } from './service.js'

const sortLabels: Record<SortOrder, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  title: 'Title (A to Z)',
  'most-viewed': 'Most viewed',
  'most-adopted': 'Most adopted by other forces',
}

/** Everything the search page shows, shaped for the GOV.UK and MoJ macros. */
export function searchPageView(result: SearchResult, ref: ReferenceData) {
  const { query } = result
  const selectedCategories = facetNames
    .filter((name) => query.filters[name].length > 0)
    .map((name) => ({
      heading: { text: result.facets.find((f) => f.name === name)?.label ?? name },
      items: query.filters[name].map((key) => ({
        text: labelFor(name, key, ref),
        href: searchHref(query, { filters: { [name]: query.filters[name].filter((k) => k !== key) } }),
      })),
    }))
  return {
    pageTitle: query.q ? `${result.correctedQuery ?? query.q} – Find practice` : 'Find practice',
    activeNav: 'practices',
    q: query.q ?? '',
    result,
    facets: result.facets.filter((f) => f.options.length > 0),
    selectedFilters: selectedCategories.length
      ? {
          heading: { text: 'Selected filters' },
          clearLink: { text: 'Clear filters', href: searchHref(query, { filters: emptyFilters() }) },
          categories: selectedCategories,
        }
      : null,
    sortItems: sortOrders
      .filter((sort) => sort !== 'relevance' || query.q)
      .map((sort) => ({ value: sort, text: sortLabels[sort], selected: sort === result.sort })),
    pagination: buildPagination(result.page, result.totalPages, (page) => searchHref(query, { page })),
    firstShown: result.total === 0 ? 0 : (result.page - 1) * PAGE_SIZE + 1,
    lastShown: (result.page - 1) * PAGE_SIZE + result.results.length,
    shownQuery: result.correctedQuery ?? query.q,
    correction: result.correctedQuery
      ? { text: result.correctedQuery, asTypedHref: searchHref(query, { exact: true }) }
      : null,
    didYouMean: result.didYouMean
      ? { text: result.didYouMean, href: searchHref(query, { q: result.didYouMean }) }
      : null,
    alsoSearchedFor: result.alsoSearchedFor.join(', '),
    clearTextHref: searchHref(query, { q: null }),
    lastPageHref: result.pageOutOfRange ? searchHref(query, { page: result.totalPages }) : null,
    clearAllHref: '/practices',
    mapHref: searchHref(query, { sort: null }, '/map'),
    exportCsvHref: searchHref(query, {}, '/practices/export.csv'),
    exportXlsxHref: searchHref(query, {}, '/practices/export.xlsx'),
    feedHref: searchHref(query, { sort: null }, '/practices/feed.atom'),
    saveSearchHref: searchHref(query, { sort: null }, '/account/saved-searches/new'),
  }
}

/** A search whose address could not be understood: say what is wrong and keep what can be kept. */
export function searchErrorView(errors: ParameterError[], raw: unknown) {
  const q =
    typeof raw === 'object' && raw !== null && typeof (raw as { q?: unknown }).q === 'string'
      ? (raw as { q: string }).q
      : ''
  return {
    pageTitle: 'Find practice',
    activeNav: 'practices',
    q,
    errors: errors.map((e) => ({ text: capitalise(e.message), href: e.parameter === 'q' ? '#q' : '#search-form' })),
    qError: errors.find((e) => e.parameter === 'q')?.message,
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
