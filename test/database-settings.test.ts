import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, withSessionSettings } from '../src/db/client.js'
import { createTestApp, type TestApp } from './support/app.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('the settings of the service’s database connections', () => {
  // PGlite is built without JIT, so only PostgreSQL has something to switch off.
  it.runIf(Boolean(process.env.DATABASE_URL))(
    'runs every statement on PostgreSQL without JIT compilation',
    async () => {
      // As many transactions at once as the test pool has connections, so each connection is asked.
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.db.transaction(async (tx) => {
            const [row] = await queryRows<{ jit: string }>(tx, sql`select current_setting('jit') as jit`)
            return row?.jit
          }),
        ),
      )
      expect(answers).toEqual(Array.from({ length: 5 }, () => 'off'))
    },
  )

  it('keeps the options a DATABASE_URL gives and adds its own after them', () => {
    expect(withSessionSettings('postgres://u:p%40ss@db.example:5432/bank?sslmode=require')).toEqual({
      connectionString: 'postgres://u:p%40ss@db.example:5432/bank?sslmode=require',
      options: '-c jit=off',
    })
    const given = withSessionSettings('postgres://u@db.example/bank?options=-c%20search_path%3Dbank&sslmode=require')
    expect(given.options).toBe('-c search_path=bank -c jit=off')
    expect(new URL(given.connectionString).searchParams.get('options')).toBeNull()
    expect(new URL(given.connectionString).searchParams.get('sslmode')).toBe('require')
  })
})
