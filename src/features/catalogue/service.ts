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

export interface VisiblePractice {
  id: number
  slug: string
  title: string
  organisationId: number
  submittedByUserId: number | null
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

  /**
   * Who a practice is and where it came from, if this viewer may see it; not counted as a view. For
   * features that hang their own records on published practice (adoptions, the map's spread).
   */
  async findVisiblePractice(slug: string, viewer: Viewer): Promise<VisiblePractice | null> {
    const row = await findPublishedPracticeBySlug(this.db, slug, visibilityRuleFor(viewer))
    if (!row) return null
    const p = row.practice
    return {
      id: p.id,
      slug: p.slug,
      title: p.title,
      organisationId: p.organisationId,
      submittedByUserId: p.submittedByUserId,
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
}
