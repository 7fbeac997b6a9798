import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { visibilityRuleFor, type Viewer } from '../access/visibility.js'
import { findAttachmentLinks } from '../attachments/service.js'
import type { ReferenceService } from '../reference/service.js'
import { buildFacets, resolveFilters, type FacetView } from './facets.js'
import { toPracticeDetail, toPracticeSummary, type PracticeDetail, type PracticeSummary } from './practice-view.js'
import {
  findEvidenceLinks,
  findPracticeSummaries,
  findPublishedPracticeBySlug,
  findSimilarPractices,
  matchedPracticesSql,
  searchPublishedPractices,
} from './repository.js'
import {
  canRelax,
  effectiveSort,
  PAGE_SIZE,
  type ParameterError,
  type SearchQuery,
  type SortOrder,
} from './search-query.js'
import type { ViewCounter } from './view-counter.js'

export interface SearchResult {
  query: SearchQuery
  sort: SortOrder
  total: number
  page: number
  totalPages: number
  results: PracticeSummary[]
  facets: FacetView[]
  /** true when no practice matched every word, so the results match any of them */
  relaxed: boolean
  pageSize: number
  /** true when the page asked for lies past the last page of results */
  pageOutOfRange: boolean
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

export class CatalogueService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly views: ViewCounter,
  ) {}

  async search(query: SearchQuery, viewer: Viewer, pageSize: number = PAGE_SIZE): Promise<SearchOutcome> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    const sort = effectiveSort(query)
    const params = {
      text: query.q,
      match: 'all' as const,
      filters: resolved.filters,
      visibility: visibilityRuleFor(viewer),
      sort,
      limit: pageSize,
      offset: (query.page - 1) * pageSize,
    }
    let page = await searchPublishedPractices(this.db, params)
    let relaxed = false
    if (page.total === 0 && canRelax(query.q)) {
      page = await searchPublishedPractices(this.db, { ...params, match: 'any' })
      relaxed = page.total > 0
    }
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
        relaxed,
        pageSize,
        pageOutOfRange: query.page > totalPages,
      },
    }
  }

  /** The practice if this viewer may see it, else null: hidden and unknown practice look the same. */
  async findPractice(
    slug: string,
    viewer: Viewer,
  ): Promise<{ practice: PracticeDetail; similar: PracticeSummary[] } | null> {
    const rule = visibilityRuleFor(viewer)
    const row = await findPublishedPracticeBySlug(this.db, slug, rule)
    if (!row) return null
    this.views.record(row.practice.id)
    const ref = await this.reference.get()
    const similar = await findSimilarPractices(this.db, row.practice.id, row.practice.topicIds, rule)
    return {
      practice: toPracticeDetail(
        row,
        ref,
        await findAttachmentLinks(this.db, row.practice.id),
        await findEvidenceLinks(this.db, row.practice.id),
      ),
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
    const outcome = await this.search({ ...query, page: 1 }, viewer, 1)
    if (!outcome.ok) return outcome
    const resolved = resolveFilters(query, await this.reference.get())
    if (!resolved.ok) return resolved
    const base = { text: query.q, match: outcome.result.relaxed ? ('any' as const) : ('all' as const) }
    return {
      ok: true,
      set: {
        total: outcome.result.total,
        relaxed: outcome.result.relaxed,
        visible: matchedPracticesSql({
          ...base,
          filters: resolved.filters,
          scope: { kind: 'visible', rule: visibilityRuleFor(viewer) },
        }),
        submissions: matchedPracticesSql({ ...base, filters: resolved.filters, scope: { kind: 'submissions' } }),
      },
    }
  }
}
