import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm'
import { PgTransaction } from 'drizzle-orm/pg-core'
import { queryRows, type Db } from '../../db/client.js'
import { calls, organisations, practices, practiceToolkitLinks, toolkitEntries } from '../../db/schema/index.js'
import { visiblePractice } from '../access/visible-practice.js'
import type { VisibilityRule } from '../access/visibility.js'
import type { FacetCount, FacetValue, ResolvedFilters } from './facets.js'
import { facetNames, type FacetName, type SearchClause, type SearchTerm, type SortOrder } from './search-query.js'

export interface SearchParams {
  /** the words asked for, with their synonyms; null or empty: no words */
  text: SearchClause[] | null
  /** all: every clause must match; any: one or more of them, practice with more of them first */
  match: 'all' | 'any'
  filters: ResolvedFilters
  visibility: VisibilityRule
  sort: SortOrder
  limit: number
  offset: number
}

export interface SearchPage {
  total: number
  /** how many of them match every clause (equals total when match is 'all') */
  totalAll: number
  ids: number[]
  facets: FacetCount[]
}

const intArray = (values: FacetValue[]) => sql`${`{${values.map(Number).join(',')}}`}::int[]`
export const textArray = (values: readonly string[]) => sql`${`{${values.join(',')}}`}::text[]`

/** How each facet is stored on the matched rows `m`: a scalar column or an array column. */
const facetColumns: Record<FacetName, { column: SQL; array: boolean }> = {
  purpose: { column: sql`m.purpose_ids`, array: true },
  topic: { column: sql`m.topic_ids`, array: true },
  recognised: { column: sql`m.recognition_ids`, array: true },
  organisation: { column: sql`m.organisation_id`, array: false },
  region: { column: sql`m.region`, array: false },
  outcome: { column: sql`m.outcome_id`, array: false },
  stage: { column: sql`m.stage_id`, array: false },
  call: { column: sql`m.call_id`, array: false },
  year: { column: sql`m.year`, array: false },
  evidence: { column: sql`m.evidence`, array: false },
}

/** Within a facet the selected values are alternatives (OR); across facets they all apply (AND). */
export function filterConditions(filters: ResolvedFilters, except?: FacetName): SQL {
  const conditions: SQL[] = [sql`true`]
  for (const name of facetNames) {
    const values = filters[name]
    if (name === except || values.length === 0) continue
    const { column, array } = facetColumns[name]
    const list = name === 'region' || name === 'evidence' ? textArray(values.map(String)) : intArray(values)
    conditions.push(array ? sql`${column} && ${list}` : sql`${column} = any(${list})`)
  }
  return sql.join(conditions, sql` and `)
}

/**
 * The rows that can count towards anything when `k` facets have a filter selected: the filtered rows meet
 * all k, and each facet's counts take the rows meeting every filter but its own, so a row failing two or
 * more filters counts nowhere. With two or more filters this leaves out most matches before they are
 * copied; with one or none, every match counts towards something. Columns are read as `m`'s.
 */
function countableRows(filters: ResolvedFilters): SQL {
  const selected = facetNames.filter((name) => filters[name].length > 0)
  if (selected.length < 2) return sql`true`
  const met = selected.map((name) => {
    const only = Object.fromEntries(facetNames.map((n) => [n, n === name ? filters[n] : []])) as ResolvedFilters
    return sql`(${filterConditions(only)})::int`
  })
  return sql`(${sql.join(met, sql` + `)}) >= ${selected.length - 1}`
}

/** One term and, unless `typedOnly`, its synonyms: phrases and synonyms as phrases, typed words as words. */
function termQuery(term: SearchTerm, typedOnly: boolean): SQL {
  const typed = term.phrase
    ? sql`phraseto_tsquery('english', ${term.text})`
    : sql`plainto_tsquery('english', ${term.text})`
  if (typedOnly) return typed
  return sql.join([typed, ...term.synonyms.map((s) => sql`phraseto_tsquery('english', ${s})`)], sql` || `)
}

function clauseQuery(clause: SearchClause, typedOnly = false): SQL {
  const either = sql`(${sql.join(
    clause.terms.map((t) => termQuery(t, typedOnly)),
    sql` || `,
  )})`
  return clause.negated ? sql`!!${either}` : either
}

/** The clauses as one tsquery: all of them, or any of the wanted ones and none of the excluded. */
function tsQuery(clauses: SearchClause[], match: 'all' | 'any', typedOnly = false): SQL {
  // Words with nothing to search for ("or", "&") match nothing, as websearch_to_tsquery's empty query did.
  if (clauses.every((c) => c.negated) && (match === 'any' || clauses.length === 0)) return sql`''::tsquery`
  if (match === 'all')
    return sql`(${sql.join(
      clauses.map((c) => clauseQuery(c, typedOnly)),
      sql` && `,
    )})`
  const wanted = clauses.filter((c) => !c.negated)
  const excluded = clauses.filter((c) => c.negated)
  return sql`(${sql.join(
    [
      sql`(${sql.join(
        wanted.map((c) => clauseQuery(c, typedOnly)),
        sql` || `,
      )})`,
      ...excluded.map((c) => clauseQuery(c, typedOnly)),
    ],
    sql` && `,
  )})`
}

/**
 * ts_rank normalisation 1 divides by 1 + log(length), so a long text that repeats a word does not beat a
 * short one that is about it (see docs/search.md for how it was chosen).
 */
const RANK_NORMALISATION = 1
/**
 * Rank is the rank for the words as typed plus this share of the rank with their synonyms, so the typed
 * word counts a little more than a synonym in the same place.
 */
const SYNONYM_RANK_SHARE = 0.5
/**
 * Relevance for the rows `f` left after filtering (reading each row's search vector again only for them).
 * With match 'any': practice with every clause first, then by how many clauses it contains.
 */
function rankedPage(clauses: SearchClause[], match: 'all' | 'any'): SQL {
  const query = tsQuery(clauses, match)
  const norm = sql.raw(String(RANK_NORMALISATION))
  const share = sql.raw(String(SYNONYM_RANK_SHARE))
  // Without synonyms the two queries are one, so one ts_rank (each call reads the vector out of TOAST again).
  const withSynonyms = clauses.some((c) => c.terms.some((t) => t.synonyms.length > 0))
  const rank = withSynonyms
    ? sql`ts_rank(p.search, ${tsQuery(clauses, match, true)}, ${norm}) + ${share} * ts_rank(p.search, ${query}, ${norm})`
    : sql`(1 + ${share}) * ts_rank(p.search, ${query}, ${norm})`
  const contained =
    match === 'any' && clauses.some((c) => !c.negated)
      ? sql.join(
          clauses.filter((c) => !c.negated).map((c) => sql`(p.search @@ ${clauseQuery(c)})::int`),
          sql` + `,
        )
      : sql`0`
  return sql`select f.id, f.published_at, f.all_match, ${contained} as contained, ${rank} as rank
    from f join practices p on p.id = f.id`
}

const orderBy: Record<SortOrder, SQL> = {
  // Only used with words to rank by: the page query then joins the search vector back (see below).
  relevance: sql`all_match desc, contained desc, rank desc, published_at desc nulls last, id desc`,
  newest: sql`published_at desc nulls last, id desc`,
  title: sql`lower(title), id`,
  'most-viewed': sql`view_count desc, published_at desc nulls last, id desc`,
  'most-adopted': sql`adoption_count desc, published_at desc nulls last, id desc`,
}

/** True when some filter other than `except` is selected: the facet's counts then need a condition. */
function otherFilterSelected(filters: ResolvedFilters, except: FacetName): boolean {
  return facetNames.some((name) => name !== except && filters[name].length > 0)
}

/**
 * Every facet's counts over the matches, each applying every filter but its own. A facet with no filter
 * selected applies every filter, so it counts the filtered rows `f`; a facet with a filter selected counts
 * the rows of `m` meeting the other facets' filters (all of `m` when no other filter is selected). The
 * scalar facets are counted by grouping sets on their own columns, one pass over `f` and one over `m`; each
 * array facet is one pass over its unnested values. So with filters selected the facets without one count
 * only the filtered rows, not every match. A new facet is one more entry in `facetColumns`: a scalar column
 * (a boolean too) or an array column.
 */
function facetCountsSql(filters: ResolvedFilters): SQL {
  const selected = (name: FacetName) => filters[name].length > 0
  const guard = (name: FacetName) =>
    selected(name) && otherFilterSelected(filters, name) ? filterConditions(filters, name) : null
  const source = (name: FacetName) => (selected(name) ? sql`m` : sql`f`)
  const arrays = facetNames.filter((name) => facetColumns[name].array)
  const scalarGroups = [false, true]
    .map((filtered) => facetNames.filter((name) => !facetColumns[name].array && selected(name) === filtered))
    .filter((group) => group.length > 0)
  const scalarCounts = scalarGroups.map((group) => {
    const inSet = (name: FacetName) => sql`grouping(${facetColumns[name].column}) = 0`
    const pick = (value: (name: FacetName) => SQL) =>
      sql`case ${sql.join(
        group.map((name) => sql`when ${inSet(name)} then ${value(name)}`),
        sql` `,
      )} end`
    return sql`select ${pick((name) => sql`${name}::text`)} as facet,
        ${pick((name) => sql`${facetColumns[name].column}::text`)} as value,
        ${pick((name) => {
          const condition = guard(name)
          return condition ? sql`count(*) filter (where ${condition})` : sql`count(*)`
        })}::int as n
      from ${source(group[0] as FacetName)} m group by grouping sets (${sql.join(
        group.map((name) => sql`(${facetColumns[name].column})`),
        sql`, `,
      )})`
  })
  const arrayCounts = arrays.map((name) => {
    const condition = guard(name)
    const values = condition
      ? sql`case when ${condition} then ${facetColumns[name].column} end`
      : facetColumns[name].column
    return sql`select ${name}::text as facet, v::text as value, count(*)::int as n
      from (select unnest(${values}) as v from ${source(name)} m) u group by v`
  })
  return sql`select c.facet, c.value, c.n from (${sql.join([...scalarCounts, ...arrayCounts], sql` union all `)}) c
    where c.value is not null and c.n > 0`
}

/**
 * `rows` (with an id) and their page views as `view_count`, for the most-viewed order: views are kept in
 * `practice_views` (none until a practice is first viewed), and joined only where that order needs them.
 */
export const withViewCounts = (rows: SQL) =>
  sql`select r.*, coalesce(v.view_count, 0) as view_count from ${rows} r
      left join practice_views v on v.practice_id = r.id`

/**
 * The rows `m` a search filters, counts and pages: practice meeting `where`, with the columns the
 * facets use (and `extra` columns). Exported with the conditions below so that the practice map and
 * the insight pages count exactly what the search counts.
 */
export function searchRows(where: SQL, extra: SQL = sql``): SQL {
  return sql`
    select p.id, p.title, p.published_at, p.adoption_count, p.organisation_id, o.region, p.outcome_id,
           p.stage_id, p.call_id, p.purpose_ids, p.topic_ids, p.recognition_ids ${extra},
           extract(year from coalesce(p.submitted_at, p.published_at) at time zone 'Europe/London')::int as year,
           case when exists (select 1 from practice_toolkit_links l where l.practice_id = p.id) then 'yes' end
             as evidence
    from practices p join organisations o on o.id = p.organisation_id
    where ${where}`
}

/** The words of a search (with their synonyms) as a condition on practices `p`: true when there are none. */
export function textMatches(clauses: SearchClause[] | null, match: 'all' | 'any'): SQL {
  return clauses ? sql`p.search @@ ${tsQuery(clauses, match)}` : sql`true`
}

/**
 * The search's matches as `m` (before filters, for the facets) and `f` (filtered), and `ranked`: the rows
 * of `f` with what the search's sort orders them by (ordered with `orderBy[params.sort]`).
 */
function searchMatches(
  params: Omit<SearchParams, 'limit' | 'offset'>,
  options: { onlyFiltered?: boolean } = {},
): { ctes: SQL; ranked: SQL } {
  const clauses = params.text
  const counted = options.onlyFiltered ? filterConditions(params.filters) : countableRows(params.filters)
  const allMatch = clauses && params.match === 'any' ? sql`p.search @@ ${tsQuery(clauses, 'all')}` : sql`true`
  return {
    ctes: sql`
      with matches as not materialized (${searchRows(
        sql`${visiblePractice(params.visibility)} and ${textMatches(clauses, params.match)}`,
        sql`, ${allMatch} as all_match`,
      )}),
      m as materialized (select * from matches m where ${counted}),
      f as not materialized (select * from m where ${filterConditions(params.filters)})`,
    ranked:
      clauses && params.sort === 'relevance'
        ? rankedPage(clauses, params.match)
        : params.sort === 'most-viewed'
          ? withViewCounts(sql`f`)
          : sql`select * from f`,
  }
}

/** True when `db` is a transaction (a plain boolean, so `db` keeps its schema's type). */
const isTransaction = (db: Db): boolean => db instanceof PgTransaction

/**
 * Runs a statement that matches words with the planner steered to the GIN index instead of a table scan.
 * The planner counts a text match as almost free, so for a word most practice uses it scans the table and
 * reads each practice's search vector out of TOAST (some 10 µs a row); the index answers a query without
 * phrases or weights without reading any vector (docs/performance.md, "Matching words through the index").
 * The setting is local to the transaction. When `db` is a caller's transaction the setting is put back as
 * it was afterwards; otherwise the statement gets a transaction of its own, whose end undoes the setting,
 * so a search on its own sends three statements besides itself, not four.
 */
export async function withIndexedTextMatch<T>(db: Db, hasText: boolean, run: (q: Db) => Promise<T>): Promise<T> {
  if (!hasText) return run(db)
  if (!isTransaction(db))
    return db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`)
      return run(tx)
    })
  return db.transaction(async (tx) => {
    const [before] = await queryRows<{ value: string }>(
      tx,
      sql`select current_setting('enable_seqscan') as value, set_config('enable_seqscan', 'off', true)`,
    )
    const result = await run(tx)
    await tx.execute(sql`select set_config('enable_seqscan', ${before?.value ?? 'on'}, true)`)
    return result
  })
}

/**
 * The kept counts (facet, value, n) of every published practice this viewer may read: the sums over the
 * visibility levels they may read, plus, for a contributor, their own internal practice counted with the
 * same definition (`catalogue_count_entries`).
 */
function keptCounts(rule: VisibilityRule, facet: FacetName | null = null): SQL {
  const { visibilities, ownerUserId } = rule
  const owned =
    ownerUserId !== null && !visibilities.includes('internal')
      ? sql`union all
          select e.facet, e.value, count(*)::int from catalogue_count_entries(array(
            select id from practices where status = 'published' and visibility = 'internal'
              and submitted_by_user_id = ${ownerUserId})) e
          group by e.facet, e.value`
      : sql``
  return sql`select facet, value, sum(n)::int as n from (
      select facet, value, n from catalogue_facet_counts where visibility = any(${textArray(visibilities)})
      ${owned}
    ) counted where ${facet === null ? sql`true` : sql`facet = ${facet}`} group by facet, value`
}

/** A search with no words and no filters: every practice the viewer may read (browse all). */
const isBrowseAll = (params: SearchParams) =>
  params.text === null && params.sort !== 'relevance' && facetNames.every((name) => params.filters[name].length === 0)

/**
 * Browse all from the counts the database keeps as practice changes (migration 0042): the total and every
 * facet's counts are the sums over the visibility levels the viewer may read, plus, for a contributor,
 * their own internal practice, counted with the same definition (`catalogue_count_entries`). Only the page
 * of ids is read from practices, along an index in the page's order. The same answer as counting the
 * matches (test/catalogue-counts.test.ts), without reading every published practice.
 */
async function browseAll(db: Db, params: SearchParams): Promise<SearchPage> {
  const visibleRows = sql`(select * from practices p where ${visiblePractice(params.visibility)})`
  const [row] = await queryRows<{ total: number; ids: number[]; facets: [FacetName, string, number][] }>(
    db,
    sql`with c as (${keptCounts(params.visibility)})
        select
          (select coalesce(sum(n), 0)::int from c where facet = 'total') as total,
          (select coalesce(json_agg(id), '[]'::json) from
            (select id from (${params.sort === 'most-viewed' ? withViewCounts(visibleRows) : visibleRows}) p
             order by ${orderBy[params.sort]} limit ${params.limit} offset ${params.offset}) page
          ) as ids,
          (select coalesce(json_agg(json_build_array(facet, value, n)), '[]'::json) from c
            where facet <> 'total' and n > 0) as facets`,
  )
  if (!row) throw new Error('browse all returned no row')
  return {
    total: row.total,
    totalAll: row.total,
    ids: row.ids,
    facets: row.facets.map(([facet, value, count]) => ({ facet, value, count })),
  }
}

/**
 * One statement: match the text once, then count, page and count every facet on that set. Each facet's
 * counts apply every filter but its own, so a visitor sees how many they would get by adding an option.
 * Browse all (no words, no filters) reads the counts kept by the database instead, and a page without
 * words filtered on one facet reads that facet's counts from them.
 */
export async function searchPublishedPractices(db: Db, params: SearchParams): Promise<SearchPage> {
  if (isBrowseAll(params)) return browseAll(db, params)
  const only = onlyFilter(params)
  return only ? oneFilter(db, params, only) : countMatches(db, params)
}

/** The one facet filtered, when a search has no words and a filter on exactly one facet (one topic, one force). */
function onlyFilter(params: SearchParams): FacetName | null {
  const selected = facetNames.filter((name) => params.filters[name].length > 0)
  return params.text === null && params.sort !== 'relevance' && selected.length === 1 ? (selected[0] ?? null) : null
}

/**
 * One topic, one force, one region…: the filtered facet's own counts ignore its filter, so they are browse
 * all's kept counts; everything else counts only the practice the filter keeps, so nothing else is read.
 */
async function oneFilter(db: Db, params: SearchParams, facet: FacetName): Promise<SearchPage> {
  const [page, own] = await Promise.all([
    countMatches(db, params, { onlyFiltered: true }),
    queryRows<{ facet: FacetName; value: string; n: number }>(
      db,
      sql`select facet, value, n from (${keptCounts(params.visibility, facet)}) c where n > 0`,
    ),
  ])
  return {
    ...page,
    facets: [
      ...page.facets.filter((f) => f.facet !== facet),
      ...own.map((c) => ({ facet: c.facet, value: c.value, count: c.n })),
    ],
  }
}

/**
 * The search as one statement over its matches (also browse all and one filter, for the test that the
 * kept counts agree). `onlyFiltered`: count only the filtered rows (the facets then apply every filter).
 */
export async function countMatches(
  db: Db,
  params: SearchParams,
  options: { onlyFiltered?: boolean } = {},
): Promise<SearchPage> {
  const { ctes, ranked: page } = searchMatches(params, options)
  const statement = sql`
      ${ctes}
      select
        (select count(*)::int from f) as total,
        (select count(*)::int from f where all_match) as total_all,
        (select coalesce(json_agg(id), '[]'::json) from
          (select id from (${page}) ranked order by ${orderBy[params.sort]} limit ${params.limit} offset ${params.offset}) page
        ) as ids,
        (select coalesce(json_agg(json_build_array(facet, value, n)), '[]'::json) from (${facetCountsSql(params.filters)}) c
        ) as facets`
  const [row] = await withIndexedTextMatch(db, params.text !== null, (q) =>
    queryRows<{ total: number; total_all: number; ids: number[]; facets: [FacetName, string, number][] }>(q, statement),
  )
  if (!row) throw new Error('search returned no row')
  return {
    total: row.total,
    totalAll: row.total_all,
    ids: row.ids,
    facets: row.facets.map(([facet, value, count]) => ({ facet, value, count })),
  }
}

/**
 * Every practice the search matches, as ids in exactly the order its pages list them (the same matches,
 * the same sort and the same tie-breaks as `searchPublishedPractices`), without counting facets: for
 * exports, which then read the rows a page at a time.
 */
export async function findSearchOrder(db: Db, params: Omit<SearchParams, 'limit' | 'offset'>): Promise<number[]> {
  const { ctes, ranked } = searchMatches(params)
  const [row] = await withIndexedTextMatch(db, params.text !== null, (q) =>
    queryRows<{ ids: number[] }>(
      q,
      sql`${ctes}
        select coalesce(json_agg(id order by ${orderBy[params.sort]}), '[]'::json) as ids from (${ranked}) ranked`,
    ),
  )
  return row?.ids ?? []
}

const summaryColumns = {
  id: practices.id,
  slug: practices.slug,
  title: practices.title,
  summary: practices.summary,
  outcomeId: practices.outcomeId,
  stageId: practices.stageId,
  topicIds: practices.topicIds,
  visibility: practices.visibility,
  isDemo: practices.isDemo,
  adoptionCount: practices.adoptionCount,
  publishedAt: practices.publishedAt,
  submittedAt: practices.submittedAt,
  organisationId: practices.organisationId,
}

async function selectSummaries(db: Db, ids: number[]) {
  return db.select(summaryColumns).from(practices).where(inArray(practices.id, ids))
}

export type PracticeSummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number]

/** The listed practices for a page of results, in the order of `ids`. */
export async function findPracticeSummaries(db: Db, ids: number[]): Promise<PracticeSummaryRow[]> {
  if (ids.length === 0) return []
  const rows = await selectSummaries(db, ids)
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

// Every column but the search vector, which the page never shows and which doubles the row's size.
const { search: _search, ...practiceColumns } = getTableColumns(practices)

export async function findPublishedPracticeBySlug(db: Db, slug: string, rule: VisibilityRule) {
  const [row] = await db
    .select({
      practice: practiceColumns,
      organisation: { code: organisations.code, name: organisations.name, region: organisations.region },
      call: { slug: calls.slug, title: calls.title, year: calls.year },
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .leftJoin(calls, eq(calls.id, practices.callId))
    .where(and(eq(practices.slug, slug), visiblePractice(rule, sql.raw('"practices"'))))
    .limit(1)
  return row ?? null
}

export type PublishedPracticeRow = NonNullable<Awaited<ReturnType<typeof findPublishedPracticeBySlug>>>

/** Visible published practice sharing the most topics with this one. */
export async function findSimilarPractices(
  db: Db,
  practiceId: number,
  topicIds: number[],
  rule: VisibilityRule,
  limit = 3,
): Promise<PracticeSummaryRow[]> {
  if (topicIds.length === 0) return []
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select p.id from practices p
        where ${visiblePractice(rule)}
          and p.id <> ${practiceId} and p.topic_ids && ${intArray(topicIds)}
        order by ${sql.join(
          topicIds.map((id) => sql`(p.topic_ids @> ${intArray([id])})::int`),
          sql` + `,
        )} desc, p.published_at desc nulls last
        limit ${limit}`,
  )
  return findPracticeSummaries(
    db,
    rows.map((r) => r.id),
  )
}

/** Adds buffered page views; `counts` maps practice id to the number of views since the last flush. */
export async function addPracticeViews(db: Db, counts: Map<number, number>): Promise<void> {
  if (counts.size === 0) return
  const ids = [...counts.keys()]
  const views = ids.map((id) => counts.get(id) ?? 0)
  // Practice deleted since its views were counted is left out (the views of a practice go with it).
  await db.execute(
    sql`insert into practice_views (practice_id, view_count)
        select v.id, v.n from unnest(${intArray(ids)}, ${intArray(views)}) as v(id, n)
        where exists (select 1 from practices p where p.id = v.id)
        order by v.id
        on conflict (practice_id) do update set view_count = practice_views.view_count + excluded.view_count`,
  )
}

/** The What Works Toolkit interventions a reviewer linked to a practice, with the reviewer's note. */
export async function findEvidenceLinks(db: Db, practiceId: number) {
  return db
    .select({
      slug: toolkitEntries.slug,
      title: toolkitEntries.title,
      summary: toolkitEntries.summary,
      overallEffect: toolkitEntries.overallEffect,
      effect: toolkitEntries.effect,
      effectStrength: toolkitEntries.effectStrength,
      evidenceStrength: toolkitEntries.evidenceStrength,
      mechanism: toolkitEntries.mechanism,
      mechanismStrength: toolkitEntries.mechanismStrength,
      moderators: toolkitEntries.moderators,
      moderatorsStrength: toolkitEntries.moderatorsStrength,
      implementation: toolkitEntries.implementation,
      implementationStrength: toolkitEntries.implementationStrength,
      economicCost: toolkitEntries.economicCost,
      economicCostStrength: toolkitEntries.economicCostStrength,
      url: toolkitEntries.url,
      isSample: toolkitEntries.isSample,
      retired: sql<boolean>`${toolkitEntries.retiredAt} is not null`,
      note: practiceToolkitLinks.note,
    })
    .from(practiceToolkitLinks)
    .innerJoin(toolkitEntries, eq(toolkitEntries.id, practiceToolkitLinks.toolkitEntryId))
    .where(eq(practiceToolkitLinks.practiceId, practiceId))
    .orderBy(asc(toolkitEntries.title))
}

export type EvidenceLinkRow = Awaited<ReturnType<typeof findEvidenceLinks>>[number]

/** Which rows a matched set starts from: the published practice a viewer may see, or every submission. */
export type MatchScope = { kind: 'visible'; rule: VisibilityRule } | { kind: 'submissions' }

/**
 * For counts shown elsewhere (insight, briefings): the practice a search with these words and filters
 * matches, with the same conditions as the search itself, so a dashboard's total is the search's total.
 * The result is a subquery to select from, one row per practice with the facet columns and a few more.
 */
export function matchedPracticesSql(params: {
  text: SearchClause[] | null
  match: 'all' | 'any'
  filters: ResolvedFilters
  scope: MatchScope
}): SQL {
  const scope =
    params.scope.kind === 'visible'
      ? visiblePractice(params.scope.rule)
      : sql`p.status <> 'draft' and p.submitted_at is not null`
  return sql`(select * from (
      select p.id, p.slug, p.title, p.summary, p.status, p.visibility, p.published_at, p.submitted_at, p.decided_at,
             coalesce(v.view_count, 0) as view_count, p.consent_government, p.organisation_id, o.region, p.outcome_id,
             p.stage_id, p.call_id,
             p.purpose_ids, p.topic_ids, p.recognition_ids, p.challenge_ids, p.implementation_challenges, p.adoption_count,
             extract(year from coalesce(p.submitted_at, p.published_at) at time zone 'Europe/London')::int as year
      from practices p join organisations o on o.id = p.organisation_id
        left join practice_views v on v.practice_id = p.id
      where ${scope} and ${textMatches(params.text, params.match)}
    ) m where ${filterConditions(params.filters)})`
}
