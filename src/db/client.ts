import { readFileSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import * as schema from './schema/index.js'

/** A database or a transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  readonly db: Db
  readonly kind: 'pglite' | 'postgres'
  /** applies pending migrations; safe when several instances start at once */
  migrate(): Promise<void>
  /** runs fn while holding a cluster-wide lock, so start-up work is done by one instance at a time */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>
  close(): Promise<void>
  /** embedded only: a snapshot of the data directory (used to give each test file a migrated copy) */
  dumpImage?(): Promise<Blob>
}

export interface OpenOptions {
  databaseUrl: string | undefined
  dataDir: string
  /** embedded only: start from a dumped image in memory instead of the data directory */
  image?: Blob
  /** embedded only: keep the database in memory */
  inMemory?: boolean
  poolSize?: number
}

// From the repository root, so the same line works in src/db/client.ts and in the compiled dist/db/client.js.
export const migrationsFolder = fileURLToPath(new URL('../../src/db/migrations', import.meta.url))
const STARTUP_LOCK = 7_240_311

/** Each driver is loaded only when it is used: an embedded start never loads pg, nor PostgreSQL PGlite. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize) : openPglite(options)
}

/**
 * PGlite runs PostgreSQL in one WebAssembly process with one connection. Its defaults (128MB of shared
 * buffers, room for 100 connections) are all resident in the WebAssembly heap from the first query, about
 * 140 MiB more than the embedded database needs: its tables sit in the data directory, which the operating
 * system caches anyway, and pages not in the buffers are read from there. See docs/performance.md.
 */
const PGLITE_SETTINGS = ['shared_buffers=4MB', 'max_connections=5']

async function openPglite(options: OpenOptions): Promise<Database> {
  let dataDir: string | undefined
  if (!options.inMemory && !options.image) {
    dataDir = path.join(options.dataDir, 'pglite')
    mkdirSync(dataDir, { recursive: true })
  }
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ])
  const client = await PGlite.create({
    dataDir,
    loadDataDir: options.image,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting])],
  })
  const db = drizzlePglite({ client, schema })
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    // PGlite is one process with one connection: there is nobody to race.
    withStartupLock: (fn) => fn(),
    close: () => client.close(),
    dumpImage: () => client.dumpDataDir('none'),
  }
}

/**
 * Defence in depth against a starved pool: waiting for a connection gives up after 30 s (the request gets
 * a 503 "service busy"), a transaction left idle is ended by the server after 15 s, and no statement runs
 * longer than 30 s.
 */
export const POOL_LIMITS = {
  connectionTimeoutMillis: 30_000,
  idleInTransactionSessionTimeoutMillis: 15_000,
  statementTimeoutMillis: 30_000,
}

/**
 * Server settings every connection starts with. The catalogue's statements are short and many; at
 * 100,000 practices their plans cross the server's JIT threshold and compiling them cost more than it
 * saved (docs/performance.md), so JIT is off. They go in the connection's startup `options`, where
 * `options` given in DATABASE_URL would otherwise replace them, so those are kept and ours added.
 */
export function withSessionSettings(connectionString: string): { connectionString: string; options: string } {
  const ours = '-c jit=off'
  const url = new URL(connectionString)
  const given = url.searchParams.get('options')
  if (given === null) return { connectionString, options: ours }
  url.searchParams.delete('options')
  return { connectionString: url.toString(), options: `${given} ${ours}` }
}

async function openPostgres(connectionString: string, poolSize = 20): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ])
  const pool = new pg.Pool({
    ...withSessionSettings(connectionString),
    max: poolSize,
    connectionTimeoutMillis: POOL_LIMITS.connectionTimeoutMillis,
    idle_in_transaction_session_timeout: POOL_LIMITS.idleInTransactionSessionTimeoutMillis,
    statement_timeout: POOL_LIMITS.statementTimeoutMillis,
  })
  // An idle client whose connection the server closed must not crash the process.
  pool.on('error', () => undefined)
  const db = drizzlePg({ client: pool, schema })
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePg(db, { migrationsFolder }),
    async withStartupLock(fn) {
      const client = await pool.connect()
      try {
        await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK])
        return await fn()
      } finally {
        await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined)
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** True when the error is the pool giving up waiting for a free connection. */
export function isPoolTimeout(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const message = (e as { message?: unknown }).message
    if (typeof message === 'string' && /timeout exceeded when trying to connect/i.test(message)) return true
  }
  return false
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

/** True when every migration in the journal has been applied. */
export async function migrationsApplied(db: Db): Promise<boolean> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[]
  }
  try {
    const [row] = await queryRows<{ applied: number }>(
      db,
      sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
    )
    return (row?.applied ?? 0) >= journal.entries.length
  } catch {
    return false
  }
}
