import type { RelevanceQuery } from './queries.js'

/** Grade of a result for a query: 2 for the practice a good engine puts first, 1 for also right, else 0. */
export function grade(query: RelevanceQuery, key: string): number {
  if (query.best.includes(key)) return 2
  return query.also?.includes(key) ? 1 : 0
}

/** 1 / the rank of the first `best` result; a query that should find nothing scores 1 only if it finds nothing. */
export function reciprocalRank(query: RelevanceQuery, results: string[]): number {
  if (query.best.length === 0) return results.length === 0 ? 1 : 0
  const index = results.findIndex((key) => query.best.includes(key))
  return index < 0 ? 0 : 1 / (index + 1)
}

const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0)

/** Normalised discounted cumulative gain of the first five results. */
export function ndcgAt5(query: RelevanceQuery, results: string[]): number {
  if (query.best.length === 0) return results.length === 0 ? 1 : 0
  const ideal = [...query.best.map(() => 2), ...(query.also ?? []).map(() => 1)].slice(0, 5)
  return dcg(results.slice(0, 5).map((key) => grade(query, key))) / dcg(ideal)
}
