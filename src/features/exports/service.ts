import type { Db } from '../../db/client.js'
import { visibilityRuleFor, visitor, type Viewer, type VisibilityRule } from '../access/visibility.js'
import type { CatalogueService } from '../catalogue/service.js'
import { searchHref, type ParameterError, type SearchQuery } from '../catalogue/search-query.js'
import type { ReferenceService } from '../reference/service.js'
import { atomFeed } from './feed.js'
import { exportColumns, type CellValue, type ExportAudience, type ExportColumn } from './columns.js'
import { findExportPage, findNewestMatched, findVisibleIds, type ExportSourceRow } from './repository.js'

/** How many practices an export reads from the database at a time. */
export const EXPORT_PAGE_SIZE = 500
/** How many of a search's newest practices its feed carries. */
export const FEED_SIZE = 50

/** An export ready to write: its columns and its rows, read page by page as the writer asks. */
export interface ExportPlan {
  columns: ExportColumn[]
  rows: AsyncIterable<CellValue[]>
}

export type ExportOutcome = { ok: true; plan: ExportPlan } | { ok: false; errors: ParameterError[] }

export interface FeedEntry {
  url: string
  title: string
  summary: string
  organisation: string
  topics: string[]
  published: Date | null
  updated: Date
}

export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly catalogue: CatalogueService,
    private readonly baseUrl: string,
  ) {}

  /**
   * Every practice a search finds for this viewer (all of its pages), with every field they may read, in
   * the order the search lists them.
   */
  async searchExport(query: SearchQuery, viewer: Viewer): Promise<ExportOutcome> {
    const matched = await this.catalogue.matchedInOrder({ ...query, page: 1 }, viewer)
    if (!matched.ok) return matched
    const ids = matched.ids
    return { ok: true, plan: this.plan('viewer', async () => ids, visibilityRuleFor(viewer)) }
  }

  /** All public practice, without contact details, in id order: the open-data files on /data. */
  openData(): ExportPlan {
    const rule = visibilityRuleFor(visitor)
    return this.plan('open-data', () => findVisibleIds(this.db, rule), rule)
  }

  /** The open-data columns, for the field list on /data. */
  openDataColumns(): ExportColumn[] {
    return exportColumns('open-data', this.baseUrl)
  }

  /**
   * An Atom feed of a search's newest public practice, as a feed reader sees it. Feeds are read without a session,
   * so whoever asks, the feed is the one a visitor would get.
   */
  async feed(asked: SearchQuery): Promise<{ ok: true; xml: string } | { ok: false; errors: ParameterError[] }> {
    // newest first whatever the search page's order
    const query = { ...asked, sort: null, page: 1 }
    const found = await this.feedEntries(query)
    if (!found.ok) return found
    const xml = atomFeed(
      {
        selfUrl: this.baseUrl + searchHref(query, {}, '/practices/feed.atom'),
        searchUrl: this.baseUrl + searchHref(query),
        title: query.q ? `Practice Bank: practice matching ‘${query.q}’` : 'Practice Bank: newest practice',
      },
      found.entries,
    )
    return { ok: true, xml }
  }

  private async feedEntries(
    query: SearchQuery,
  ): Promise<{ ok: true; entries: FeedEntry[] } | { ok: false; errors: ParameterError[] }> {
    const matched = await this.catalogue.matchedSet(query, visitor)
    if (!matched.ok) return matched
    const ref = await this.reference.get()
    const rows = await findNewestMatched(this.db, matched.set.visible, FEED_SIZE)
    return {
      ok: true,
      entries: rows.map((row) => ({
        url: `${this.baseUrl}/practices/${row.practice.slug}`,
        title: row.practice.title,
        summary: row.practice.summary,
        organisation: row.organisation.name,
        topics: row.practice.topicIds
          .map((id) => ref.termById.get(id))
          .filter((t) => t !== undefined)
          .sort((a, b) => a.position - b.position)
          .map((t) => t.label),
        published: row.practice.publishedAt,
        updated: row.practice.contentUpdatedAt ?? row.practice.publishedAt ?? row.practice.updatedAt,
      })),
    }
  }

  /**
   * The order is read first, as ids only (a few bytes a practice); the rows are then read a page at a time
   * as the writer asks, so the export holds one page of rows whatever its size.
   */
  private plan(audience: ExportAudience, order: () => Promise<number[]>, rule: VisibilityRule): ExportPlan {
    const columns = exportColumns(audience, this.baseUrl)
    return { columns, rows: this.rowsOf(order, rule, columns) }
  }

  private async *rowsOf(
    order: () => Promise<number[]>,
    rule: VisibilityRule,
    columns: ExportColumn[],
  ): AsyncGenerator<CellValue[]> {
    const ref = await this.reference.get()
    const ids = await order()
    for (let start = 0; start < ids.length; start += EXPORT_PAGE_SIZE) {
      const page: ExportSourceRow[] = await findExportPage(this.db, ids.slice(start, start + EXPORT_PAGE_SIZE), rule)
      for (const row of page) yield columns.map((column) => column.value(row, ref))
    }
  }
}
