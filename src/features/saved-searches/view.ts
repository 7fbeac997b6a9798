import type { AlertFrequency } from '../../db/schema/index.js'
import { facetLabels, labelFor } from '../catalogue/facets.js'
import { facetNames, type SearchQuery } from '../catalogue/search-query.js'
import type { ReferenceData } from '../reference/types.js'
import { parseQueryText } from './forms.js'
import type { SavedSearchRow } from './repository.js'

export const frequencyLabels: Record<AlertFrequency, string> = {
  none: 'No e-mails',
  daily: 'Daily',
  weekly: 'Weekly',
}

/** The search in words, one row per part, for a summary list: what was typed and each filter chosen. */
export function describeSearch(
  query: SearchQuery,
  ref: ReferenceData,
): { key: { text: string }; value: { text: string } }[] {
  const rows = [{ key: { text: 'Words' }, value: { text: query.q ?? 'Any' } }]
  for (const name of facetNames) {
    const keys = query.filters[name]
    if (keys.length > 0)
      rows.push({
        key: { text: facetLabels[name] },
        value: { text: keys.map((k) => labelFor(name, k, ref)).join(', ') },
      })
  }
  return rows
}

export function searchLink(queryText: string): string {
  return queryText ? `/practices?${queryText}` : '/practices'
}

/** A saved search as its list and pages show it. */
export function savedSearchView(row: SavedSearchRow, ref: ReferenceData) {
  const parsed = parseQueryText(row.query)
  return {
    id: row.id,
    name: row.name,
    frequency: row.frequency,
    frequencyLabel: frequencyLabels[row.frequency],
    href: searchLink(row.query),
    description: parsed.ok ? describeSearch(parsed.query, ref) : [],
    lastAlertSentAt: row.lastAlertSentAt,
  }
}

export function frequencyItems(selected: string | undefined) {
  return [
    { value: 'weekly', text: 'Weekly', hint: { text: 'One e-mail a week at most, only when there is something new' } },
    { value: 'daily', text: 'Daily', hint: { text: 'One e-mail a day at most, only when there is something new' } },
    { value: 'none', text: 'No e-mails', hint: { text: 'Keep the search here to run it yourself' } },
  ].map((item) => ({ ...item, checked: item.value === selected }))
}
