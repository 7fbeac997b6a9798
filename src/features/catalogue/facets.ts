import { regions } from '../../db/seed/reference-data.js'
import type { ReferenceData } from '../reference/types.js'
import { facetNames, type FacetName, type ParameterError, type SearchQuery } from './search-query.js'

/** A facet value as stored: a row id, a region key or a year. */
export type FacetValue = number | string

export type ResolvedFilters = Record<FacetName, FacetValue[]>

interface FacetOption {
  key: string
  value: FacetValue
  label: string
}

export const facetLabels: Record<FacetName, string> = {
  purpose: 'Purpose',
  topic: 'Topic',
  organisation: 'Organisation',
  region: 'Region',
  outcome: 'Outcome',
  stage: 'Stage of practice',
  recognised: 'Recognised practice',
  call: 'Call for practice',
  year: 'Year submitted',
  evidence: 'What Works evidence',
}

const taxonomyOf: Partial<Record<FacetName, string>> = {
  purpose: 'purpose',
  topic: 'topic',
  outcome: 'outcome-category',
  stage: 'stage',
  recognised: 'recognised-practice',
}

/** The options a facet can offer, in display order. Years are open-ended and come from the data. */
export function facetOptions(name: FacetName, ref: ReferenceData): FacetOption[] {
  const taxonomy = taxonomyOf[name]
  if (taxonomy) {
    return ref.terms.filter((t) => t.taxonomy === taxonomy).map((t) => ({ key: t.key, value: t.id, label: t.label }))
  }
  switch (name) {
    case 'organisation':
      return ref.organisations.map((o) => ({ key: o.code, value: o.id, label: o.name }))
    case 'region':
      return regions.map((r) => ({ key: r.key, value: r.key, label: r.label }))
    case 'call':
      return ref.calls.map((c) => ({ key: c.slug, value: c.id, label: `${c.title} (${c.year})` }))
    case 'evidence':
      return [{ key: 'yes', value: 'yes', label: 'Linked to What Works evidence' }]
    default:
      return []
  }
}

/** Turns the keys in a query into stored values; a key that names nothing is an error, not an empty result. */
export function resolveFilters(
  query: SearchQuery,
  ref: ReferenceData,
): { ok: true; filters: ResolvedFilters } | { ok: false; errors: ParameterError[] } {
  const errors: ParameterError[] = []
  const filters = {} as ResolvedFilters
  for (const name of facetNames) {
    const selected = query.filters[name]
    if (name === 'year') {
      filters.year = selected.map(Number)
      continue
    }
    const byKey = new Map(facetOptions(name, ref).map((o) => [o.key, o.value]))
    filters[name] = []
    for (const key of selected) {
      const value = byKey.get(key)
      if (value === undefined) {
        errors.push({ parameter: name, message: `${name} '${key}' is not a known ${facetLabels[name].toLowerCase()}` })
      } else {
        filters[name].push(value)
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, filters }
}

export interface FacetCount {
  facet: FacetName
  value: string
  count: number
}

export interface FacetView {
  name: FacetName
  label: string
  options: { key: string; label: string; count: number; selected: boolean }[]
  selectedCount: number
}

/**
 * Builds each facet's options with live counts. Options with no matches are hidden unless selected,
 * so a visitor can always see and remove what they chose.
 */
export function buildFacets(query: SearchQuery, counts: FacetCount[], ref: ReferenceData): FacetView[] {
  return facetNames.map((name) => {
    const countByValue = new Map(counts.filter((c) => c.facet === name).map((c) => [c.value, c.count]))
    const selected = new Set(query.filters[name])
    const options =
      name === 'year'
        ? [...new Set([...countByValue.keys(), ...selected])]
            .sort((a, b) => b.localeCompare(a))
            .map((year) => ({ key: year, value: year, label: year }))
        : facetOptions(name, ref)
    return {
      name,
      label: facetLabels[name],
      options: options
        .map((o) => ({
          key: o.key,
          label: o.label,
          count: countByValue.get(String(o.value)) ?? 0,
          selected: selected.has(o.key),
        }))
        .filter((o) => o.count > 0 || o.selected),
      selectedCount: selected.size,
    }
  })
}

/** Label for a selected key, for the removable filter tags. */
export function labelFor(name: FacetName, key: string, ref: ReferenceData): string {
  return facetOptions(name, ref).find((o) => o.key === key)?.label ?? key
}
