// The search statement on its own, without HTTP or templates: timed through the repository function the
// app uses, and explained with EXPLAIN (ANALYZE, BUFFERS) on exactly the statement that function sends.

import { performance } from 'node:perf_hooks'
import { SQL, sql, type SQLWrapper } from 'drizzle-orm'
import { queryRows, type Db } from '../src/db/client.js'
import { visibilityRuleFor, visitor } from '../src/features/access/visibility.js'
import { resolveFilters } from '../src/features/catalogue/facets.js'
import { searchPublishedPractices, type SearchParams } from '../src/features/catalogue/repository.js'
import { effectiveSort, PAGE_SIZE, parseSearchQuery, parseSearchText } from '../src/features/catalogue/search-query.js'
import type { ReferenceService } from '../src/features/reference/service.js'

/** A query string as Fastify hands it to the route: repeated keys become arrays. */
function rawQuery(queryString: string): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(queryString)) {
    const existing = raw[key]
    raw[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return raw
}

/**
 * The parameters CatalogueService.search gives the repository for this query string, for a visitor,
 * on the first page and before any "match any word" retry.
 */
export async function searchParamsFor(queryString: string, reference: ReferenceService): Promise<SearchParams> {
  const parsed = parseSearchQuery(rawQuery(queryString))
  if (!parsed.ok) throw new Error(`bad query ${queryString}: ${JSON.stringify(parsed.errors)}`)
  const resolved = resolveFilters(parsed.query, await reference.get())
  if (!resolved.ok) throw new Error(`bad filters ${queryString}: ${JSON.stringify(resolved.errors)}`)
  return {
    // Without the synonym list, which lives in the database being measured.
    text: parsed.query.q ? parseSearchText(parsed.query.q) : null,
    match: 'all',
    filters: resolved.filters,
    visibility: visibilityRuleFor(visitor),
    sort: effectiveSort(parsed.query),
    limit: PAGE_SIZE,
    offset: (parsed.query.page - 1) * PAGE_SIZE,
  }
}

export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sortedAscending.length)
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export interface RawTiming {
  runs: number
  p50: number
  p97_5: number
  total: number
}

/** Calls the repository function `runs` times in a row (after a few unmeasured calls) and times each. */
export async function timeSearch(db: Db, params: SearchParams, runs: number): Promise<RawTiming> {
  let total = 0
  for (let i = 0; i < 3; i++) total = (await searchPublishedPractices(db, params)).total
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await searchPublishedPractices(db, params)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { runs, p50: percentile(times, 50), p97_5: percentile(times, 97.5), total }
}

/**
 * The statement a repository function sends through `db.execute`, captured by a proxy, and whether it ran
 * with table scans discouraged: a search with words runs in a transaction of three statements (setting,
 * search, setting put back; `withIndexedTextMatch` in the repository), whose middle one is the search.
 */
async function captureStatement(
  db: Db,
  call: (db: Db) => Promise<unknown>,
): Promise<{ statement: SQL; indexed: boolean }> {
  const captured: SQL[] = []
  let indexed = false
  const record = (target: Db): Db =>
    new Proxy(target, {
      get(inner, property, receiver) {
        if (property === 'transaction') {
          return (fn: (tx: Db) => Promise<unknown>) =>
            inner.transaction((tx) => {
              indexed = true
              return fn(record(tx))
            })
        }
        if (property !== 'execute') return Reflect.get(inner, property, receiver)
        return (query: SQLWrapper | string) => {
          if (query instanceof SQL) captured.push(query)
          return inner.execute(query)
        }
      },
    })
  await call(record(db))
  // steered to the index: the planner setting, then the statement (withIndexedTextMatch)
  const statement = indexed ? captured[1] : captured[0]
  if (captured.length !== (indexed ? 2 : 1) || !statement)
    throw new Error(`expected one statement, captured ${captured.length}`)
  return { statement, indexed }
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'CTE Name'?: string
  'Subplan Name'?: string
  'Actual Total Time': number
  'Actual Rows': number
  'Actual Loops': number
  Plans?: PlanNode[]
}

interface ExplainJson {
  Plan: PlanNode
  'Planning Time': number
  'Execution Time': number
}

export interface PlanHotspot {
  node: string
  /** time in this node alone, without its children, in ms (all loops) */
  selfMs: number
  rows: number
  loops: number
}

export interface Explained {
  /** median of the runs */
  executionMs: number
  planningMs: number
  hotspots: PlanHotspot[]
  text: string
}

function describe(node: PlanNode): string {
  const on = node['Relation Name'] ?? node['CTE Name'] ?? ''
  const index = node['Index Name'] ? ` using ${node['Index Name']}` : ''
  const subplan = node['Subplan Name'] ? ` [${node['Subplan Name']}]` : ''
  return `${node['Node Type']}${on ? ` on ${on}` : ''}${index}${subplan}`
}

/**
 * Self time of every node: its total (times loops) less its children's. A materialised CTE runs inside
 * whichever CTE Scan reads it first, so the CTE's own time is taken off the slowest scan of it.
 */
function hotspots(root: PlanNode): PlanHotspot[] {
  const spots: (PlanHotspot & { cte?: string })[] = []
  const cteTotals = new Map<string, number>()
  const walk = (node: PlanNode) => {
    const own = node['Actual Total Time'] * node['Actual Loops']
    const children = (node.Plans ?? []).reduce((sum, c) => sum + c['Actual Total Time'] * c['Actual Loops'], 0)
    const subplan = node['Subplan Name']
    if (subplan?.startsWith('CTE ')) cteTotals.set(subplan.slice(4), own)
    spots.push({
      node: describe(node),
      selfMs: Math.max(0, own - children),
      rows: node['Actual Rows'],
      loops: node['Actual Loops'],
      ...(node['Node Type'] === 'CTE Scan' && node['CTE Name'] ? { cte: node['CTE Name'] } : {}),
    })
    for (const child of node.Plans ?? []) walk(child)
  }
  walk(root)
  for (const [cte, total] of cteTotals) {
    const first = spots.filter((s) => s.cte === cte).sort((a, b) => b.selfMs - a.selfMs)[0]
    if (first) first.selfMs = Math.max(0, first.selfMs - total)
  }
  return spots.map(({ cte: _cte, ...spot }) => spot).sort((a, b) => b.selfMs - a.selfMs)
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statement searchPublishedPractices sends for these parameters. */
export async function explainSearch(db: Db, params: SearchParams, runs = 5): Promise<Explained> {
  const { statement, indexed } = await captureStatement(db, (recording) => searchPublishedPractices(recording, params))
  // under the same planner setting as the repository gives it
  const explain = <T>(query: SQL) =>
    db.transaction(async (tx) => {
      if (indexed) await tx.execute(sql`set local enable_seqscan = off`)
      return queryRows<T>(tx, query)
    })
  const plans: ExplainJson[] = []
  for (let i = 0; i < runs; i++) {
    const [row] = await explain<{ 'QUERY PLAN': ExplainJson[] | string }>(
      sql`explain (analyze, buffers, format json) ${statement}`,
    )
    const value = row?.['QUERY PLAN']
    const [plan] = (typeof value === 'string' ? JSON.parse(value) : value) as ExplainJson[]
    if (!plan) throw new Error('EXPLAIN returned no plan')
    plans.push(plan)
  }
  const textRows = await explain<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${statement}`)
  const byExecution = [...plans].sort((a, b) => a['Execution Time'] - b['Execution Time'])
  const median = byExecution[Math.floor(byExecution.length / 2)] ?? byExecution[0]
  if (!median) throw new Error('no plans')
  return {
    executionMs: median['Execution Time'],
    planningMs: median['Planning Time'],
    hotspots: hotspots(median.Plan).slice(0, 5),
    text: textRows.map((r) => r['QUERY PLAN']).join('\n'),
  }
}
