import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { queryRows, type Database } from '../src/db/client.js'
import { countRateLimitHit, removeExpiredRateLimitHits } from '../src/plugins/rate-limit-store.js'
import { testConfig } from './support/app.js'
import { createTestDatabase } from './support/database.js'

// Two instances of the service on one database, as behind a load balancer.
let database: Database
let first: FastifyInstance
let second: FastifyInstance

beforeAll(async () => {
  database = await createTestDatabase()
  first = await buildApp(testConfig(), { database, logger: false })
  second = await buildApp(testConfig(), { database, logger: false })
})

afterAll(async () => {
  await first?.close()
  await second?.close()
  await database?.close()
})

// The limit is counted before the CSRF check, so posts without a token (403) count as attempts too.
const post = (app: FastifyInstance, url: string, address: string) =>
  app.inject({ method: 'POST', url, remoteAddress: address, payload: { email: 'someone@example.org' } })

const hitsFor = async (address: string) =>
  queryRows<{ key: string; count: number }>(
    database.db,
    sql`select key, count from rate_limit_hits where key like ${`%|${address}`} order by key`,
  )

describe('rate limits shared by every instance', () => {
  it('counts requests to either instance against one limit per address and route', async () => {
    const address = '10.9.0.1'
    const statuses: number[] = []
    const remaining: string[] = []
    for (let i = 0; i < 5; i++) {
      for (const app of [first, second]) {
        const response = await post(app, '/register', address)
        statuses.push(response.statusCode)
        remaining.push(String(response.headers['x-ratelimit-remaining']))
      }
    }
    expect(statuses.every((s) => s === 403)).toBe(true)
    expect(remaining).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0'])

    const overFirst = await post(first, '/register', address)
    const overSecond = await post(second, '/register', address)
    expect([overFirst.statusCode, overSecond.statusCode]).toEqual([429, 429])
    expect(overSecond.body).toContain('Too many attempts')
    expect(await hitsFor(address)).toEqual([{ key: `POST /register|${address}`, count: 12 }])

    // Another route has a count of its own, and so has another address.
    expect((await post(second, '/forgot-password', address)).statusCode).toBe(403)
    expect((await post(first, '/register', '10.9.0.2')).statusCode).toBe(403)
  })

  it('starts a new window once the old one has ended', async () => {
    const address = '10.9.0.3'
    for (let i = 0; i < 11; i++) await post(i % 2 ? first : second, '/register', address)
    expect((await post(first, '/register', address)).statusCode).toBe(429)

    // End the window as if a minute had passed, on the database's clock that both instances share.
    await database.db.execute(
      sql`update rate_limit_hits set expires_at = now() - interval '1 second' where key like ${`%|${address}`}`,
    )
    const after = await post(second, '/register', address)
    expect(after.statusCode).toBe(403)
    expect(after.headers['x-ratelimit-remaining']).toBe('9')
    expect(await hitsFor(address)).toEqual([{ key: `POST /register|${address}`, count: 1 }])
    expect((await post(first, '/register', address)).headers['x-ratelimit-remaining']).toBe('8')
  })

  it('loses no hit when instances count the same key at the same moment', async () => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => countRateLimitHit(database.db, 'test|same-moment', 60_000)),
    )
    expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(counts.every((c) => c.ttl > 0 && c.ttl <= 60_000)).toBe(true)
  })

  it('clears out windows that have ended, and only those', async () => {
    await database.db.execute(
      sql`insert into rate_limit_hits (key, count, expires_at)
          values ('test|ended', 4, now() - interval '1 minute'), ('test|running', 2, now() + interval '1 minute')`,
    )
    expect(await removeExpiredRateLimitHits(database.db)).toBeGreaterThanOrEqual(1)
    const keys = (await queryRows<{ key: string }>(database.db, sql`select key from rate_limit_hits`)).map((r) => r.key)
    expect(keys).toContain('test|running')
    expect(keys).not.toContain('test|ended')
  })

  it('clears ended windows after a request, without being asked', async () => {
    await database.db.execute(
      sql`insert into rate_limit_hits (key, count, expires_at) values ('test|stale', 3, now() - interval '1 hour')`,
    )
    // A fresh instance clears at its first counted request, then at most once a minute.
    const third = await buildApp(testConfig(), { database, logger: false })
    try {
      await post(third, '/forgot-password', '10.9.0.4')
      const stale = await queryRows(database.db, sql`select key from rate_limit_hits where key = 'test|stale'`)
      expect(stale).toEqual([])
    } finally {
      await third.close()
    }
  })
})
