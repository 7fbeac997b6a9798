import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../db/client.js'

/** How often an instance clears out windows that have ended, at most. */
export const RATE_LIMIT_CLEANUP_MS = 60 * 1000

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void

/** What @fastify/rate-limit passes to `child`: the merged limit settings, with the route they are for. */
interface RouteLimitSettings {
  routeInfo?: { method?: string | string[]; url?: string }
  continueExceeding?: boolean
  exponentialBackoff?: boolean
  /** routes sharing a groupId share one count per key (the API's routes: one count per token) */
  groupId?: string
}

/**
 * Counts one request against `key` and returns the count in the current window and the milliseconds
 * left in it. One statement, so two instances counting the same key at once cannot lose a hit; the
 * window starts again at the first request after it ends. Times come from the database's clock, so
 * instances whose clocks differ still agree.
 */
export async function countRateLimitHit(
  db: Db,
  key: string,
  windowMs: number,
  restartWindowWhenOver: { max: number } | null = null,
): Promise<{ current: number; ttl: number }> {
  const restartOver = restartWindowWhenOver?.max ?? null
  const [row] = await queryRows<{ count: number; ttl: number }>(
    db,
    sql`insert into rate_limit_hits as h (key, count, expires_at)
        values (${key}, 1, now() + ${windowMs}::bigint * interval '1 millisecond')
        on conflict (key) do update set
          count = case when h.expires_at <= now() then 1 else h.count + 1 end,
          expires_at = case
            when h.expires_at <= now() then excluded.expires_at
            when ${restartOver}::int is not null and h.count + 1 > ${restartOver}::int then excluded.expires_at
            else h.expires_at
          end
        returning count, greatest(0, ceil(extract(epoch from (expires_at - now())) * 1000))::int as ttl`,
  )
  if (!row) throw new Error('rate limit upsert returned nothing')
  return { current: row.count, ttl: row.ttl }
}

/** Removes counts whose window has ended; the next request starts a new one either way. */
export async function removeExpiredRateLimitHits(db: Db): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`delete from rate_limit_hits where expires_at <= now() returning key`,
  )
  return rows.length
}

/**
 * A store for @fastify/rate-limit that keeps counts in PostgreSQL, so every instance of the service
 * shares one count per address and route. Each route gets its own keys (as with the plugin's memory
 * store); ended windows are cleared at most once a minute per instance, after a request.
 */
export function postgresRateLimitStore(db: Db, onCleanupError: (error: unknown) => void): FastifyRateLimitStoreCtor {
  const cleanup = { nextAt: 0 }

  class PostgresRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string
    private readonly continueExceeding: boolean

    constructor(options: FastifyRateLimitOptions, prefix = 'global') {
      const settings = options as RouteLimitSettings
      if (settings.exponentialBackoff) throw new Error('the PostgreSQL rate limit store has no exponential backoff')
      this.prefix = prefix
      this.continueExceeding = settings.continueExceeding === true
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      countRateLimitHit(db, `${this.prefix}|${key}`, timeWindow, this.continueExceeding ? { max } : null)
        .then(async (result) => {
          await this.cleanUpIfDue()
          callback(null, result)
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))))
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes its settings merged for the route (with the route as `routeInfo`), not the
      // route's own options as its type says.
      const settings = routeOptions as unknown as RouteLimitSettings
      const method = [settings.routeInfo?.method ?? ''].flat().join(',')
      return new PostgresRateLimitStore(
        settings as FastifyRateLimitOptions,
        settings.groupId ? `group ${settings.groupId}` : `${method} ${settings.routeInfo?.url ?? ''}`,
      )
    }

    private async cleanUpIfDue(): Promise<void> {
      if (Date.now() < cleanup.nextAt) return
      cleanup.nextAt = Date.now() + RATE_LIMIT_CLEANUP_MS
      // A failed clean-up must not fail the request: the rows are removed next time.
      await removeExpiredRateLimitHits(db).catch(onCleanupError)
    }
  }

  return PostgresRateLimitStore
}
