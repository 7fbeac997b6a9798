import type { Db } from '../../db/client.js'
import { hasRole, visibilityRuleFor, type Viewer, type VisibilityRule } from '../access/visibility.js'
import type { ResultCache } from '../catalogue/result-cache.js'
import { countAsSearched, type CatalogueService } from '../catalogue/service.js'
import { resolveFilters, type ResolvedFilters } from '../catalogue/facets.js'
import { canRelax, type ParameterError, type SearchClause, type SearchQuery } from '../catalogue/search-query.js'
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
    private readonly catalogue: CatalogueService,
    private readonly cache: ResultCache,
  ) {}

  /**
   * Counts per cell, by the search's own rule for words (CatalogueService: every word; when few have
   * every word, any of them; when none has, the spelling-corrected words), applied cell by cell,
   * because each cell's link is a search of its own. `totalOf` picks the cells that make up the total.
   */
  private async cells(
    base: CountBase,
    rule: VisibilityRule,
    query: SearchQuery,
    filters: ResolvedFilters,
    grouping: Grouping,
    totalOf: (key: string) => boolean = () => true,
  ): Promise<{ cells: CellCounts; total: Cell }> {
    const words = await this.catalogue.readWords(query, rule)
    const count = async (clauses: SearchClause[] | null) => {
      const params = { base, text: clauses, filters, grouping }
      const all = await countPractices(this.db, { ...params, match: 'all' })
      const any = clauses && canRelax(clauses) ? await countPractices(this.db, { ...params, match: 'any' }) : null
      const byKey = (rows: { a: string; b: string | null; n: number }[]) =>
        new Map(rows.map((r) => [cellKey(r.a, r.b), r.n]))
      return { all: byKey(all), any: any ? byKey(any) : null }
    }
    const typed = await count(words.clauses)
    const corrected = words.corrected ? await count(words.corrected) : null
    const keys = new Set([...typed.all.keys(), ...(typed.any?.keys() ?? []), ...(corrected?.any?.keys() ?? [])])
    for (const key of corrected?.all.keys() ?? []) keys.add(key)
    type Counts = Awaited<ReturnType<typeof count>>
    const at = (counts: Counts, pick: (key: string) => boolean) => {
      const sum = (map: Map<string, number>) => [...map].reduce((n, [k, v]) => (pick(k) ? n + v : n), 0)
      return { all: sum(counts.all), any: counts.any ? sum(counts.any) : null }
    }
    const cells: CellCounts = new Map()
    for (const key of keys) {
      const one = (k: string) => k === key
      cells.set(key, countAsSearched(at(typed, one), corrected ? at(corrected, one) : null))
    }
    const total = countAsSearched(at(typed, totalOf), corrected ? at(corrected, totalOf) : null)
    return { cells, total }
  }

  async forceCounts(query: SearchQuery, viewer: Viewer, measure: Measure): Promise<Outcome<ForceCounts>> {
    const key = { query, rule: visibilityRuleFor(viewer), measure }
    return this.cache.through('map', key, () => this.forceCountsNow(query, viewer, measure))
  }

  private async forceCountsNow(query: SearchQuery, viewer: Viewer, measure: Measure): Promise<Outcome<ForceCounts>> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    const base: CountBase =
      measure === 'submissions' ? { kind: 'submissions' } : { kind: 'published', visibility: visibilityRuleFor(viewer) }
    // Every force is drawn, so the organisation filter does not narrow the counts: each hexagon's link
    // replaces it. The total still honours it, so it equals the search's total.
    const chosen = new Set(resolved.filters.organisation.map(String))
    const { cells, total } = await this.cells(
      base,
      visibilityRuleFor(viewer),
      query,
      { ...resolved.filters, organisation: [] },
      measure === 'adoptions' ? 'adopter' : 'organisation',
      (id) => chosen.size === 0 || chosen.has(id),
    )
    return { ok: true, value: { measure, cells, total, ref } }
  }

  async coverage(query: SearchQuery, viewer: Viewer, by: 'region' | 'purpose'): Promise<Outcome<Coverage>> {
    const key = { query, rule: visibilityRuleFor(viewer), by }
    return this.cache.through('coverage', key, () => this.coverageNow(query, viewer, by))
  }

  private async coverageNow(query: SearchQuery, viewer: Viewer, by: 'region' | 'purpose'): Promise<Outcome<Coverage>> {
    const ref = await this.reference.get()
    const resolved = resolveFilters(query, ref)
    if (!resolved.ok) return resolved
    // The rows and columns are the topics and regions (or purposes): each cell's link picks its own.
    const filters = { ...resolved.filters, topic: [], [by]: [] }
    const rule = visibilityRuleFor(viewer)
    const { cells } = await this.cells(
      { kind: 'published', visibility: rule },
      rule,
      query,
      filters,
      by === 'region' ? 'topic-region' : 'topic-purpose',
    )
    return { ok: true, value: { by, cells, ref } }
  }
}
