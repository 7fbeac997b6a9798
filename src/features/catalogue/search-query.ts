import { z } from 'zod'

export const facetNames = [
  'purpose',
  'topic',
  'organisation',
  'region',
  'outcome',
  'stage',
  'recognised',
  'call',
  'year',
] as const
export type FacetName = (typeof facetNames)[number]

export const sortOrders = ['relevance', 'newest', 'title', 'most-viewed', 'most-adopted'] as const
export type SortOrder = (typeof sortOrders)[number]

export const PAGE_SIZE = 20
export const MAX_QUERY_LENGTH = 200

/** What a visitor asked for: everything lives in the query string, so a search can be shared as a URL. */
export interface SearchQuery {
  q: string | null
  filters: Record<FacetName, string[]>
  /** as requested; null means "the default for this search" (relevance with words, newest without) */
  sort: SortOrder | null
  page: number
}

export interface ParameterError {
  parameter: string
  message: string
}

const key = z.string().regex(/^[a-z0-9-]{1,80}$/, 'must be lowercase letters, numbers and hyphens')
const year = z.string().regex(/^(19|20)\d\d$/, 'must be a four-digit year')
const many = (item: z.ZodString) =>
  z
    .union([item, z.array(item).max(50, 'must have 50 values or fewer')])
    .optional()
    .transform((value) => (value === undefined ? [] : [...new Set(Array.isArray(value) ? value : [value])]))

const querySchema = z.object({
  q: z
    .string({ message: 'must appear once' })
    .max(MAX_QUERY_LENGTH, `must be ${MAX_QUERY_LENGTH} characters or fewer`)
    .optional(),
  sort: z.enum(sortOrders, { message: `must be one of ${sortOrders.join(', ')}` }).optional(),
  page: z
    .string({ message: 'must appear once' })
    .regex(/^\d{1,5}$/, 'must be a whole number from 1 to 99999')
    .optional(),
  purpose: many(key),
  topic: many(key),
  organisation: many(key),
  region: many(key),
  outcome: many(key),
  stage: many(key),
  recognised: many(key),
  call: many(key),
  year: many(year),
})

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; errors: ParameterError[] }

/** Parses a parsed query string (values may be strings or arrays of strings). Unknown parameters are ignored. */
export function parseSearchQuery(raw: unknown): ParseResult {
  const parsed = querySchema.safeParse(raw ?? {})
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        parameter: String(issue.path[0] ?? 'query'),
        message: `${String(issue.path[0] ?? 'query')} ${issue.message}`,
      })),
    }
  }
  const { q, sort, page, ...filters } = parsed.data
  const pageNumber = page === undefined ? 1 : Number(page)
  if (pageNumber < 1) {
    return { ok: false, errors: [{ parameter: 'page', message: 'page must be a whole number from 1 to 99999' }] }
  }
  const text = q?.replace(/\s+/g, ' ').trim()
  return { ok: true, query: { q: text ? text : null, filters, sort: sort ?? null, page: pageNumber } }
}

export const MAX_PAGE_SIZE = 100

/** The API's `pageSize`: a whole number from 1 to 100, PAGE_SIZE when left out. */
export function parsePageSize(raw: unknown): { ok: true; value: number } | { ok: false; error: ParameterError } {
  const value = typeof raw === 'object' && raw !== null ? (raw as { pageSize?: unknown }).pageSize : undefined
  if (value === undefined) return { ok: true, value: PAGE_SIZE }
  const size = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : NaN
  if (!(size >= 1 && size <= MAX_PAGE_SIZE)) {
    return {
      ok: false,
      error: { parameter: 'pageSize', message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` },
    }
  }
  return { ok: true, value: size }
}

export function effectiveSort(query: SearchQuery): SortOrder {
  if (query.sort === 'relevance' && !query.q) return 'newest'
  return query.sort ?? (query.q ? 'relevance' : 'newest')
}

export function hasFilters(query: SearchQuery): boolean {
  return facetNames.some((name) => query.filters[name].length > 0)
}

/**
 * When every word must match and nothing does, a search with several plain words is retried
 * matching any of them ("domestic abuse victims" still finds practice on domestic abuse).
 * Searches that use the query syntax (quotes, or, -exclusion) mean exactly what they say.
 */
export function canRelax(text: string | null): boolean {
  if (!text) return false
  if (/["-]|\bor\b/i.test(text)) return false
  return text.split(' ').filter((word) => /\w/.test(word)).length > 1
}

/** Builds the query string for this search with some parts changed. Page resets unless given. */
export function searchHref(
  query: SearchQuery,
  change: {
    q?: string | null
    sort?: SortOrder | null
    page?: number
    filters?: Partial<Record<FacetName, string[]>>
  } = {},
  basePath = '/practices',
): string {
  const params = new URLSearchParams()
  const q = change.q === undefined ? query.q : change.q
  if (q) params.append('q', q)
  for (const name of facetNames) {
    for (const value of change.filters?.[name] ?? query.filters[name]) params.append(name, value)
  }
  const sort = change.sort === undefined ? query.sort : change.sort
  if (sort) params.append('sort', sort)
  const page = change.page ?? 1
  if (page > 1) params.append('page', String(page))
  const text = params.toString()
  return text ? `${basePath}?${text}` : basePath
}

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Record<FacetName, string[]>
}
