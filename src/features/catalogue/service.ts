import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { visibilityRuleFor, type Viewer, type VisibilityRule } from '../access/visibility.js'
import { findAttachmentLinks } from '../attachments/service.js'
import type { ReferenceService } from '../reference/service.js'
import { buildFacets, resolveFilters, type FacetView } from './facets.js'
import type { ResultCache } from './result-cache.js'
import { toPracticeDetail, toPracticeSummary, type PracticeDetail, type PracticeSummary } from './practice-view.js'
import {
  findEvidenceLinks,
  findPracticeSummaries,
  findPublishedPracticeBySlug,
  findSearchOrder,
  findSimilarPractices,
  matchedPracticesSql,
  searchPublishedPractices,
  type PublishedPracticeRow,
  type SearchPage,
  type SearchParams,
} from './repository.js'
import {
  canRelax,
  correctText,
  effectiveSort,
  expandSynonyms,
  PAGE_SIZE,
  parseSearchText,
  wordsToCheck,
  type ParameterError,
  type SearchClause,
  type SearchQuery,
  type SortOrder,
} from './search-query.js'
import type { ViewCounter } from './view-counter.js'
import { findSpellingCorrections, findSynonymGroups } from './vocabulary-repository.js'

export interface SearchResult {
  query: SearchQuery
  sort: SortOrder
  total: number
  page: number
  totalPages: number
  results: PracticeSummary[]
  facets: FacetView[]
  /** true when few practices matched every word, so practice matching some of them follows */
  relaxed: boolean
  /** how many of the results match every word (equals total unless relaxed) */
  totalAll: number
  /** the words actually searched for when they are a spelling correction of what was typed, else null */
  correctedQuery: string | null
  /** a spelling correction to offer when the words as typed found few results, else null */
  didYouMean: string | null
  /** the synonyms the search also looked for */
  alsoSearchedFor: string[]
  pageSize: number
  /** true when the page asked for lies past the last page of results */
  pageOutOfRange: boolean
}

export interface VisiblePractice {
  id: number
  slug: string
  title: string
  organisationId: number
  submittedByUserId: number | null
}

/** What a search matches, for counting elsewhere: the search's own total and the matched rows as subqueries. */
export interface MatchedSet {
  total: number
  relaxed: boolean
  /** the published practice this viewer may see that the search matches */
  visible: SQL
  /** every submission (any status but draft, any visibility) with the same words and filters: for staff figures */
  submissions: SQL
}

export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; errors: ParameterError[] }

/** Fewer results than this with every word counts as "few": add partial matches, offer a correction. */
export const FEW_RESULTS = 5

/** How many a search finds, from its counts with every word and with any (null: the words cannot be relaxed). */
export function relaxedCount(all: number, any: number | null): { n: number; relaxed: boolean } {
  return any !== null && all < FEW_RESULTS && any > all ? { n: any, relaxed: true } : { n: all, relaxed: false }
}

/**
 * How many a search finds, given its counts for the words as typed and, when a spelling correction
 * exists, for the corrected words: the rule `search` follows, for features that count a search's
 * results group by group (the map, the coverage grid), where each group's link is a search of its own.
 */
export function countAsSearched(
  typed: { all: number; any: number | null },
  corrected: { all: number; any: number | null } | null,
): { n: number; relaxed: boolean } {
  const first = relaxedCount(typed.all, typed.any)
  if (typed.all > 0 || !corrected) return first
  const second = relaxedCount(corrected.all, corrected.any)
  return corrected.all > 0 || second.n > first.n ? { n: second.n, relaxed: true } : first
}

/** The words of a search as it reads them: with synonyms, and corrected for spelling (null: nothing to correct). */
export interface SearchWords {
  clauses: SearchClause[] | null
  corrected: SearchClause[] | null
}

interface Attempt {
  clauses: SearchClause[] | null
  page: SearchPage
  relaxed: boolean
}

export class CatalogueService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly views: ViewCounter,
    private readonly cache: ResultCache,
  ) {}

  /** A page of results with its facets, as this viewer may see them (remembered while nothing changes). */
  async search(query: SearchQuery, viewer: Viewer, pageSize: number = PAGE_SIZE): Promise<SearchOutcome> {
    const key = { query, rule: visibilityRuleFor(viewer), pageSize }
    return this.cache.through('search', key, () => this.searchNow(query, viewer, pageSize))
  }

  private async searchNow(query: SearchQuery, viewer: Viewer, pageSize: number): Promise<SearchOutcome> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    const sort = effectiveSort(query)
    const base = {
      filters: resolved.filters,
      visibility: visibilityRuleFor(viewer),
      sort,
      limit: pageSize,
      offset: (query.page - 1) * pageSize,
    }
    const synonyms = query.q ? await findSynonymGroups(this.db) : []
    const run = (text: string | null) => this.attempt(text, synonyms, base)

    let attempt = await run(query.q)
    let correctedQuery: string | null = null
    let didYouMean: string | null = null
    if (query.q && !query.exact && attempt.clauses && attempt.page.totalAll < FEW_RESULTS) {
      const corrections = await findSpellingCorrections(this.db, wordsToCheck(attempt.clauses), base.visibility)
      if (corrections.size > 0) {
        const corrected = correctText(query.q, corrections)
        if (attempt.page.totalAll > 0) {
          didYouMean = corrected
        } else {
          // Nothing has every word as typed: show the corrected search if it finds more.
          const second = await run(corrected)
          if (second.page.totalAll > 0 || second.page.total > attempt.page.total) {
            attempt = second
            correctedQuery = corrected
          }
        }
      }
    }
    const { page } = attempt
    const rows = await findPracticeSummaries(this.db, page.ids)
    const totalPages = Math.max(1, Math.ceil(page.total / pageSize))
    return {
      ok: true,
      result: {
        query,
        sort,
        total: page.total,
        page: query.page,
        totalPages,
        results: rows.map((row) => toPracticeSummary(row, ref)),
        facets: buildFacets(query, page.facets, ref),
        relaxed: attempt.relaxed,
        totalAll: page.totalAll,
        correctedQuery,
        didYouMean,
        alsoSearchedFor: [
          ...new Set((attempt.clauses ?? []).flatMap((c) => (c.negated ? [] : c.terms.flatMap((t) => t.synonyms)))),
        ],
        pageSize,
        pageOutOfRange: query.page > totalPages,
      },
    }
  }

  /** The words of a query as `search` reads them, for features that count with the search's own SQL. */
  async readWords(query: SearchQuery, rule: VisibilityRule): Promise<SearchWords> {
    if (!query.q) return { clauses: null, corrected: null }
    const synonyms = await findSynonymGroups(this.db)
    const clauses = expandSynonyms(parseSearchText(query.q), synonyms)
    if (query.exact) return { clauses, corrected: null }
    const corrections = await findSpellingCorrections(this.db, wordsToCheck(clauses), rule)
    if (corrections.size === 0) return { clauses, corrected: null }
    return { clauses, corrected: expandSynonyms(parseSearchText(correctText(query.q, corrections)), synonyms) }
  }

  /**
   * Who a practice is and where it came from, if this viewer may see it; not counted as a view. For
   * features that hang their own records on published practice (adoptions, the map's spread).
   */
  async findVisiblePractice(slug: string, viewer: Viewer): Promise<VisiblePractice | null> {
    const row = await findPublishedPracticeBySlug(this.db, slug, visibilityRuleFor(viewer))
    return row ? visiblePracticeOf(row) : null
  }

  /** Every word together; if that finds few, practice with any of them (those with every word first). */
  private async attempt(
    text: string | null,
    synonyms: string[][],
    base: Omit<SearchParams, 'text' | 'match'>,
  ): Promise<Attempt> {
    const clauses = text ? expandSynonyms(parseSearchText(text), synonyms) : null
    const page = await searchPublishedPractices(this.db, { ...base, text: clauses, match: 'all' })
    if (clauses && page.total < FEW_RESULTS && canRelax(clauses)) {
      const any = await searchPublishedPractices(this.db, { ...base, text: clauses, match: 'any' })
      if (relaxedCount(page.total, any.total).relaxed) return { clauses, page: any, relaxed: true }
    }
    return { clauses, page, relaxed: false }
  }

  /** The practice if this viewer may see it, else null: hidden and unknown practice look the same. */
  async findPractice(
    slug: string,
    viewer: Viewer,
  ): Promise<{ practice: PracticeDetail; visible: VisiblePractice; similar: PracticeSummary[] } | null> {
    const rule = visibilityRuleFor(viewer)
    const row = await findPublishedPracticeBySlug(this.db, slug, rule)
    if (!row) return null
    this.views.record(row.practice.id)
    const { id, topicIds } = row.practice
    const [ref, similar, attachments, evidence] = await Promise.all([
      this.reference.get(),
      // The costliest read of the page, and the same for everyone with this visibility until the catalogue changes.
      this.cache.through('similar', { id, topicIds, rule }, () => findSimilarPractices(this.db, id, topicIds, rule)),
      findAttachmentLinks(this.db, id),
      findEvidenceLinks(this.db, id),
    ])
    return {
      practice: toPracticeDetail(row, ref, attachments, evidence),
      visible: visiblePracticeOf(row),
      similar: similar.map((s) => toPracticeSummary(s, ref)),
    }
  }

  /**
   * The practice a search for this query matches for this viewer, as SQL other features count from.
   * It runs the search itself for the total, and matches any word exactly when the search does.
   */
  async matchedSet(
    query: SearchQuery,
    viewer: Viewer,
  ): Promise<{ ok: true; set: MatchedSet } | { ok: false; errors: ParameterError[] }> {
    const searched = await this.searchedAs(query, viewer)
    if (!searched.ok) return searched
    const { result, base, filters } = searched
    return {
      ok: true,
      set: {
        total: result.total,
        relaxed: result.relaxed,
        visible: matchedPracticesSql({ ...base, filters, scope: { kind: 'visible', rule: visibilityRuleFor(viewer) } }),
        submissions: matchedPracticesSql({ ...base, filters, scope: { kind: 'submissions' } }),
      },
    }
  }

  /**
   * Every practice a search finds for this viewer, all its pages, as ids in the order the search lists
   * them (its sort, or the default for its words): what an export writes, in the same order.
   */
  async matchedInOrder(
    query: SearchQuery,
    viewer: Viewer,
  ): Promise<{ ok: true; ids: number[]; sort: SortOrder } | { ok: false; errors: ParameterError[] }> {
    const searched = await this.searchedAs(query, viewer)
    if (!searched.ok) return searched
    const { result, base, filters } = searched
    const ids = await findSearchOrder(this.db, {
      ...base,
      filters,
      visibility: visibilityRuleFor(viewer),
      sort: result.sort,
    })
    return { ok: true, ids, sort: result.sort }
  }

  /** The search as it ran (its first page), with the words and match it ended with and its resolved filters. */
  private async searchedAs(query: SearchQuery, viewer: Viewer) {
    const outcome = await this.search({ ...query, page: 1 }, viewer, 1)
    if (!outcome.ok) return outcome
    const resolved = resolveFilters(query, await this.reference.get())
    if (!resolved.ok) return resolved
    // the words the search ended with: as typed, or corrected for spelling when it showed those results
    const words = await this.readWords(query, visibilityRuleFor(viewer))
    const text = outcome.result.correctedQuery ? words.corrected : words.clauses
    const base = { text, match: outcome.result.relaxed ? ('any' as const) : ('all' as const) }
    return { ok: true as const, result: outcome.result, base, filters: resolved.filters }
  }

  /**
   * The published practice this viewer may see that every word of the query (as typed, with synonyms)
   * and its filters match, as a subquery: for saved-search alerts, which must neither relax to any word
   * nor correct spelling, so an alert never widens the search someone saved.
   */
  async strictMatchSql(
    query: SearchQuery,
    viewer: Viewer,
  ): Promise<{ ok: true; matched: SQL } | { ok: false; errors: ParameterError[] }> {
    const resolved = resolveFilters(query, await this.reference.get())
    if (!resolved.ok) return resolved
    const rule = visibilityRuleFor(viewer)
    const words = await this.readWords({ ...query, exact: true }, rule)
    return {
      ok: true,
      matched: matchedPracticesSql({
        text: words.clauses,
        match: 'all',
        filters: resolved.filters,
        scope: { kind: 'visible', rule },
      }),
    }
  }
}

/** Who a published practice is and where it came from, for features that hang records on it. */
function visiblePracticeOf({ practice: p }: PublishedPracticeRow): VisiblePractice {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    organisationId: p.organisationId,
    submittedByUserId: p.submittedByUserId,
  }
}
