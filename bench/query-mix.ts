// A mix of distinct searches drawn from the synthetic vocabulary, so that no cache of a few fixed
// addresses can make the benchmark look quicker than the catalogue is (issue: "a benchmark that cannot
// be fooled by a cache"). Deterministic for a seed.

import { organisations, regions, taxonomies } from '../src/db/seed/reference-data.js'
import { sortOrders } from '../src/features/catalogue/search-query.js'
import { mulberry32, type Random } from './synthetic.js'
import { ordinaryWords, policingTerms, topicPhrases } from './vocabulary.js'

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** words that carry meaning: the short function words would be dropped by the search anyway */
const contentWords = ordinaryWords.filter((w) => w.length > 4)
const phrases = Object.values(topicPhrases).flat()
const keysOf = (name: keyof typeof taxonomies) => taxonomies[name].map(([key]) => key as string)

const filterParameters: { name: string; values: readonly string[] }[] = [
  { name: 'region', values: regions.map((r) => r.key) },
  { name: 'topic', values: keysOf('topic') },
  { name: 'purpose', values: keysOf('purpose') },
  { name: 'outcome', values: keysOf('outcome-category') },
  { name: 'stage', values: keysOf('stage') },
  { name: 'organisation', values: organisations.map((o) => o.code) },
  { name: 'year', values: ['2020', '2021', '2022', '2023', '2024', '2025', '2026'] },
]

function words(random: Random): string {
  const parts: string[] = []
  const kind = random()
  if (kind < 0.3) parts.push(`"${pick(random, phrases)}"`)
  else if (kind < 0.55) parts.push(pick(random, policingTerms))
  const more = Math.floor(random() * 3)
  for (let i = 0; i < more; i++) parts.push(pick(random, random() < 0.5 ? contentWords : policingTerms))
  if (parts.length > 1 && random() < 0.08) parts.push(`-${pick(random, contentWords)}`)
  return parts.join(' ')
}

/**
 * `count` distinct query strings for /practices and /api/v1/practices: words or a phrase (or none, for
 * filtered browsing), one to three filters, a sort order, a page from 1 to 5.
 */
export function queryMix(count: number, seed: number): string[] {
  const random = mulberry32(seed)
  const seen = new Set<string>()
  for (let tries = 0; seen.size < count && tries < count * 20; tries++) {
    const params = new URLSearchParams()
    const q = random() < 0.85 ? words(random) : ''
    if (q) params.set('q', q)
    const filters = 1 + Math.floor(random() * 3)
    const used = new Set<string>()
    for (let i = 0; i < filters; i++) {
      const filter = pick(random, filterParameters)
      if (used.has(filter.name)) continue
      used.add(filter.name)
      params.set(filter.name, pick(random, filter.values))
    }
    if (random() < 0.5) params.set('sort', pick(random, sortOrders))
    // most people stay on the first page; some go on
    const page = random() < 0.6 ? 1 : 2 + Math.floor(random() * 4)
    if (page > 1) params.set('page', String(page))
    seen.add(params.toString())
  }
  if (seen.size < count) throw new Error(`only ${seen.size} distinct searches could be drawn`)
  return [...seen]
}
