import { z } from 'zod'
import { alertFrequencies } from '../../db/schema/index.js'
import { parseSearchQuery, searchHref, type ParseResult, type SearchQuery } from '../catalogue/search-query.js'

export const MAX_NAME_LENGTH = 100
export const MAX_QUERY_TEXT_LENGTH = 2000

const name = z
  .string({ message: 'Enter a name for this search' })
  .max(MAX_NAME_LENGTH, `The name must be ${MAX_NAME_LENGTH} characters or fewer`)
  .transform((text) => text.replace(/\s+/g, ' '))
const frequency = z.enum(alertFrequencies, { message: 'Select how often you want an e-mail about new practice' })

/** Saving a search: its query string comes from the search page in a hidden field. */
export const newSavedSearchForm = z.object({
  name,
  frequency,
  search: z
    .string()
    .max(MAX_QUERY_TEXT_LENGTH, 'This search is too long to save: use fewer words or filters')
    .optional()
    .transform((text) => text ?? ''),
})

export const editSavedSearchForm = z.object({ name, frequency })

export const deleteSavedSearchForm = z.object({
  confirm: z.enum(['yes', 'no'], { message: 'Select yes to delete the saved search, or no to keep it' }),
})

/** A query string read as Fastify reads one: a parameter given more than once becomes a list. */
export function queryObject(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const before = out[key]
    out[key] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value]
  }
  return out
}

/** The stored form of a search: its query string without page or sort, in the search page's own order. */
export function canonicalQuery(query: SearchQuery): string {
  return searchHref({ ...query, page: 1 }, { sort: null }, '').replace(/^\?/, '')
}

/** Reads a stored or posted query string with the catalogue's own parser. */
export function parseQueryText(text: string): ParseResult {
  return parseSearchQuery(queryObject(text))
}
