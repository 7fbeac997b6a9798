import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('/readyz', () => {
  it('answers 503 when no database connection comes free, and ready again once they do', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    // Every connection of the test pool (five on PostgreSQL, the only one on PGlite) is held in a transaction.
    const holders = Array.from({ length: 5 }, () => t.db.transaction(() => held))
    try {
      const busy = await t.app.inject({ method: 'GET', url: '/readyz' })
      expect(busy.statusCode).toBe(503)
      expect(busy.json()).toMatchObject({ status: 'unavailable' })
    } finally {
      release()
      await Promise.all(holders)
    }
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' })
    expect(ready.statusCode).toBe(200)
  })
})
