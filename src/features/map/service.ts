import type { Db } from '../../db/client.js'
import { hasRole, visibilityRuleFor, type Viewer } from '../access/visibility.js'
import { resolveFilters, type ResolvedFilters } from '../catalogue/facets.js'
import { canRelax, type ParameterError, type SearchQuery } from '../catalogue/search-query.js'
import type { ReferenceService } from '../reference/service.js'
import type { ReferenceData } from '../reference/types.js'
import { countPractices, type CountBase, type Grouping } from './repository.js'

export const measures = ['published', 'submissions', 'adoptions'] as const
export type Measure = (typeof measures)[number]

/** Submissions include what is not (yet) published, so only reviewers and admins may count them. */
export function measuresFor(viewer: Viewer): Measure[] {
  const staff = hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')
  return staff ? [...measures] : ['published', 'adoptions']
}

export interface Cell {
  n: number
  /** no practice here matched every word, so (as the search does) this counts practice matching any */
  relaxed: boolean
}

export type CellCounts = Map<string, Cell>

export interface ForceCounts {
  measure: Measure
  /** by organisation id */
  cells: CellCounts
  /** what the search finds for the same query string (for the published measure) */
  total: Cell
  ref: ReferenceData
}

export interface Coverage {
  by: 'region' | 'purpose'
  /** keyed `${topicId}|${regionKey or purposeId}` */
  cells: CellCounts
  ref: ReferenceData
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] }

const cellKey = (a: string, b: string | null) => (b === null ? a : `${a}|${b}`)

export class MapService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * Counts per cell, matching the search rule for words: every word must match, and where that finds
   * nothing and the words allow it, any of them. The search applies that rule to its own total, and
   * each cell's link is a search of its own, so each cell applies it too.
   */
  private async cells(
    base: CountBase,
    query: SearchQuery,
    filters: ResolvedFilters,
    grouping: Grouping,
  ): Promise<{ all: CellCounts; any: CellCounts | null }> {
    const params = { base, text: query.q, filters, grouping }
    const toMap = (rows: { a: string; b: string | null; n: number }[], relaxed: boolean): CellCounts =>
      new Map(rows.map((r) => [cellKey(r.a, r.b), { n: r.n, relaxed }]))
    const all = toMap(await countPractices(this.db, { ...params, match: 'all' }), false)
    const any = canRelax(query.q) ? toMap(await countPractices(this.db, { ...params, match: 'any' }), true) : null
    return { all, any }
  }

  private static merge({ all, any }: { all: CellCounts; any: CellCounts | null }): CellCounts {
    if (!any) return all
    const merged = new Map(all)
    for (const [key, cell] of any) if ((all.get(key)?.n ?? 0) === 0) merged.set(key, cell)
    return merged
  }

  async forceCounts(query: SearchQuery, viewer: Viewer, measure: Measure): Promise<Outcome<ForceCounts>> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    const base: CountBase =
      measure === 'submissions' ? { kind: 'submissions' } : { kind: 'published', visibility: visibilityRuleFor(viewer) }
    // Every force is drawn, so the organisation filter does not narrow the counts: each hexagon's link
    // replaces it. The total still honours it, so it equals the search's total.
    const chosen = new Set(resolved.filters.organisation.map(String))
    const counted = await this.cells(
      base,
      query,
      { ...resolved.filters, organisation: [] },
      measure === 'adoptions' ? 'adopter' : 'organisation',
    )
    const sum = (cells: CellCounts | null) =>
      [...(cells ?? new Map<string, Cell>())].reduce(
        (total, [id, cell]) => (chosen.size === 0 || chosen.has(id) ? total + cell.n : total),
        0,
      )
    const allTotal = sum(counted.all)
    const total =
      allTotal === 0 && counted.any ? { n: sum(counted.any), relaxed: true } : { n: allTotal, relaxed: false }
    return { ok: true, value: { measure, cells: MapService.merge(counted), total, ref } }
  }

  async coverage(query: SearchQuery, viewer: Viewer, by: 'region' | 'purpose'): Promise<Outcome<Coverage>> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    // The rows and columns are the topics and regions (or purposes): each cell's link picks its own.
    const filters = { ...resolved.filters, topic: [], [by]: [] }
    const counted = await this.cells(
      { kind: 'published', visibility: visibilityRuleFor(viewer) },
      query,
      filters,
      by === 'region' ? 'topic-region' : 'topic-purpose',
    )
    return { ok: true, value: { by, cells: MapService.merge(counted), ref } }
  }
}
