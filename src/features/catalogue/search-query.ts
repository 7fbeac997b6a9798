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
  'evidence',
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
  /** true: search for the words exactly as typed, without correcting their spelling */
  exact?: boolean
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

export const searchQuerySchema = z.object({
  q: z
    .string({ message: 'must appear once' })
    .max(MAX_QUERY_LENGTH, `must be ${MAX_QUERY_LENGTH} characters or fewer`)
    .optional(),
  sort: z.enum(sortOrders, { message: `must be one of ${sortOrders.join(', ')}` }).optional(),
  page: z
    .string({ message: 'must appear once' })
    .regex(/^\d{1,5}$/, 'must be a whole number from 1 to 99999')
    .optional(),
  exact: z.literal('1', { message: 'must be 1 or left out' }).optional(),
  purpose: many(key),
  topic: many(key),
  organisation: many(key),
  region: many(key),
  outcome: many(key),
  stage: many(key),
  recognised: many(key),
  call: many(key),
  year: many(year),
  // "linked to What Works evidence": yes is the one value
  evidence: many(z.string().regex(/^yes$/, 'must be yes')),
})

export type ParseResult = { ok: true; query: SearchQuery } | { ok: false; errors: ParameterError[] }

/** Parses a parsed query string (values may be strings or arrays of strings). Unknown parameters are ignored. */
export function parseSearchQuery(raw: unknown): ParseResult {
  const parsed = searchQuerySchema.safeParse(raw ?? {})
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        parameter: String(issue.path[0] ?? 'query'),
        message: `${String(issue.path[0] ?? 'query')} ${issue.message}`,
      })),
    }
  }
  const { q, sort, page, exact, ...filters } = parsed.data
  const pageNumber = page === undefined ? 1 : Number(page)
  if (pageNumber < 1) {
    return { ok: false, errors: [{ parameter: 'page', message: 'page must be a whole number from 1 to 99999' }] }
  }
  const text = q?.replace(/\s+/g, ' ').trim()
  return {
    ok: true,
    query: { q: text ? text : null, filters, sort: sort ?? null, page: pageNumber, ...(exact ? { exact: true } : {}) },
  }
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
 * When every word must match and few practices do, a search with several plain words also shows practice
 * with some of them ("domestic abuse victims" still finds practice on domestic abuse).
 * Searches that use the query syntax (quotes, or, -exclusion) mean exactly what they say.
 */
export function canRelax(clauses: SearchClause[]): boolean {
  if (clauses.some((c) => c.negated || c.terms.length > 1 || c.terms.some((t) => t.phrase))) return false
  return clauses.length > 1
}

/** One thing asked for: a word or a quoted phrase, with the terms that mean the same (from the synonym list). */
export interface SearchTerm {
  text: string
  phrase: boolean
  synonyms: string[]
}

/** Terms joined by "or": the practice must contain one of them, or with a minus sign none of them. */
export interface SearchClause {
  terms: SearchTerm[]
  negated: boolean
}

const tokenPattern = /(-?)"([^"]*)"?|(\S+)/g

/** The words of a search in the syntax of websearch_to_tsquery: "a phrase", -word, -"phrase", a or b. */
export function parseSearchText(text: string): SearchClause[] {
  const clauses: SearchClause[] = []
  let joinWithPrevious = false
  for (const [, minus, quoted, bare] of text.matchAll(tokenPattern)) {
    if (bare !== undefined && /^or$/i.test(bare)) {
      joinWithPrevious = clauses.length > 0 && !clauses[clauses.length - 1]?.negated
      continue
    }
    const negated = Boolean(minus) || (bare !== undefined && bare.length > 1 && bare.startsWith('-'))
    const words = (quoted ?? bare?.replace(/^-/, '') ?? '').trim()
    if (!/[\p{L}\p{N}]/u.test(words)) continue
    const term = { text: words, phrase: quoted !== undefined, synonyms: [] }
    const previous = clauses[clauses.length - 1]
    if (joinWithPrevious && previous && !negated) previous.terms.push(term)
    else clauses.push({ terms: [term], negated })
    joinWithPrevious = false
  }
  return clauses
}

/** How a term is compared with the synonym list: lower case, hyphens and punctuation as spaces. */
export const normaliseTerm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()

const MAX_TERM_WORDS = 6

/**
 * Adds to each term the other terms of its synonym group. Consecutive plain words that together are a
 * synonym ("domestic violence disclosure scheme") become one term, so the group is found as a whole.
 */
export function expandSynonyms(clauses: SearchClause[], groups: string[][]): SearchClause[] {
  const groupOf = new Map<string, string[]>()
  for (const group of groups) for (const term of group) groupOf.set(normaliseTerm(term), group)
  const others = (text: string) => {
    const key = normaliseTerm(text)
    return (groupOf.get(key) ?? []).filter((t) => normaliseTerm(t) !== key)
  }
  const plainWord = (c: SearchClause | undefined) =>
    c !== undefined && !c.negated && c.terms.length === 1 && !c.terms[0]?.phrase
  const out: SearchClause[] = []
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as SearchClause
    let merged: SearchClause | null = null
    if (plainWord(clause)) {
      for (let end = Math.min(clauses.length, i + MAX_TERM_WORDS); end > i + 1 && !merged; end--) {
        const run = clauses.slice(i, end)
        if (!run.every(plainWord)) continue
        const text = run.map((c) => c.terms[0]?.text).join(' ')
        const synonyms = others(text)
        if (synonyms.length > 0) {
          merged = { negated: false, terms: [{ text, phrase: false, synonyms }] }
          i = end - 1
        }
      }
    }
    out.push(merged ?? { ...clause, terms: clause.terms.map((t) => ({ ...t, synonyms: others(t.text) })) })
  }
  return out
}

/** Plain words typed that the catalogue might not know, lower case: candidates for a spelling correction. */
export function wordsToCheck(clauses: SearchClause[]): string[] {
  const words = clauses.flatMap((c) =>
    c.negated ? [] : c.terms.filter((t) => !t.phrase && t.synonyms.length === 0).map((t) => t.text.toLowerCase()),
  )
  return [...new Set(words.filter((w) => /^\p{L}{3,40}$/u.test(w)))]
}

/** The search with some plain words replaced (corrections maps a lower-case word to its replacement). */
export function correctText(text: string, corrections: ReadonlyMap<string, string>): string {
  return [...text.matchAll(tokenPattern)]
    .map(([token, , quoted, bare]) =>
      quoted === undefined && bare ? (corrections.get(bare.toLowerCase()) ?? bare) : token,
    )
    .join(' ')
}

/** Builds the query string for this search with some parts changed. Page resets unless given. */
export function searchHref(
  query: SearchQuery,
  change: {
    q?: string | null
    sort?: SortOrder | null
    page?: number
    filters?: Partial<Record<FacetName, string[]>>
    exact?: boolean
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
  if (q && (change.exact ?? query.exact)) params.append('exact', '1')
  const text = params.toString()
  return text ? `${basePath}?${text}` : basePath
}

export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Record<FacetName, string[]>
}
