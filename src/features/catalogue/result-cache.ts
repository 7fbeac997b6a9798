import { LRUCache } from 'lru-cache'
import type { Db } from '../../db/client.js'
import { readCatalogueGeneration } from './generation-repository.js'

interface Entry {
  generation: string
  value: unknown
}

export interface ResultCacheOptions {
  /** answers remembered at once on one instance */
  max?: number
  /**
   * The longest an answer is reused even though nothing changed: the figures that move without a
   * change to practice (views counted, the age of the review queue) are at most this old.
   */
  maxAgeMs?: number
}

/**
 * Answers of the catalogue's costly reads (a search page with its facets, the map's counts, the insight
 * dashboard), remembered on this instance with the catalogue generation they were computed at. Every
 * read takes the generation from the database first, so an answer is reused only while nothing it
 * depends on has changed, whichever instance made the change; and the key always holds the viewer's
 * visibility rule, so one viewer's answer is never another's. Remembered values are shared: callers must
 * not change what they are given.
 */
export class ResultCache {
  private readonly entries: LRUCache<string, Entry>
  hits = 0
  misses = 0
  /** off only to measure what an answer costs to compute (npm run bench -- --no-cache) */
  enabled = true

  constructor(
    private readonly db: Db,
    options: ResultCacheOptions = {},
  ) {
    this.entries = new LRUCache<string, Entry>({ max: options.max ?? 2000, ttl: options.maxAgeMs ?? 60_000 })
  }

  async through<T>(scope: string, key: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute()
    const generation = await readCatalogueGeneration(this.db)
    const id = `${scope}\u0000${JSON.stringify(key)}`
    const entry = this.entries.get(id)
    if (entry && entry.generation === generation) {
      this.hits++
      return entry.value as T
    }
    this.misses++
    const value = await compute()
    this.entries.set(id, { generation, value })
    return value
  }

  clear(): void {
    this.entries.clear()
  }
}
