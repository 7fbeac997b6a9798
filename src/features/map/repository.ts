import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import type { VisibilityRule } from '../access/visibility.js'
import type { ResolvedFilters } from '../catalogue/facets.js'
import type { SearchClause } from '../catalogue/search-query.js'
// The map counts with the search's own SQL (its rows, words, visibility and filters), so that a
// hexagon or a grid cell always says how many results its link to the search will find.
import { visiblePractice } from '../access/visible-practice.js'
import { filterConditions, searchRows, textMatches, withIndexedTextMatch } from '../catalogue/repository.js'

/** What is counted: published practice the viewer may read, or every submission sent to a call. */
export type CountBase = { kind: 'published'; visibility: VisibilityRule } | { kind: 'submissions' }

/**
 * organisation: practice by its organisation; adopter: adoptions (adopted or adapted, not removed) of
 * the matching practice, by the adopting force; topic-region and topic-purpose: the coverage grid.
 */
export type Grouping = 'organisation' | 'adopter' | 'topic-region' | 'topic-purpose'

export interface CountParams {
  base: CountBase
  /** the words as the search reads them (see CatalogueService.readWords) */
  text: SearchClause[] | null
  match: 'all' | 'any'
  filters: ResolvedFilters
  grouping: Grouping
}

export interface GroupCount {
  /** organisation id or topic id */
  a: string
  /** region key or purpose id; null for one-way groupings */
  b: string | null
  n: number
}

function baseCondition(base: CountBase): SQL {
  return base.kind === 'published'
    ? visiblePractice(base.visibility)
    : sql`p.status <> 'draft' and p.submitted_at is not null and p.call_id is not null`
}

const groupings: Record<Grouping, SQL> = {
  organisation: sql`select organisation_id::text as a, null as b, count(*)::int as n from f group by 1`,
  adopter: sql`select ad.organisation_id::text as a, null as b, count(*)::int as n
    from f join adoptions ad on ad.practice_id = f.id
    where ad.removed_at is null and ad.kind in ('adopted', 'adapted') group by 1`,
  'topic-region': sql`select t::text as a, f.region as b, count(*)::int as n from f, unnest(f.topic_ids) t group by 1, 2`,
  'topic-purpose': sql`select t::text as a, pu::text as b, count(*)::int as n
    from f, unnest(f.topic_ids) t, unnest(f.purpose_ids) pu group by 1, 2`,
}

/** Counts in one statement: the search's matched rows, its filters, then the grouping. */
export async function countPractices(db: Db, params: CountParams): Promise<GroupCount[]> {
  const where = sql`${baseCondition(params.base)} and ${textMatches(params.text, params.match)}`
  // The matches are read once, by f, so the filters go into that one scan (nothing is copied first), and
  // words are matched through the index as the search does.
  return withIndexedTextMatch(db, params.text !== null, (q) =>
    queryRows<GroupCount>(
      q,
      sql`with m as not materialized (${searchRows(where)}),
          f as (select * from m where ${filterConditions(params.filters)})
          ${groupings[params.grouping]}`,
    ),
  )
}
