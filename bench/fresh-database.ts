import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, type Database } from '../src/db/client.js'

export interface FreshDatabase {
  database: Database
  /** what the app is pointed at: a URL without credentials, or the embedded database */
  description: string
  /** the URL of the new database (PostgreSQL only) */
  url: string | undefined
  /** for the app's DATA_DIR: nothing is written there, but the config wants one */
  dataDir: string
  /** closes the database, then drops it unless asked to keep it */
  dispose(): Promise<void>
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * With a server URL: a new database `pb_bench_<timestamp>` on that server. Without one: an in-memory PGlite.
 * Either way it is empty and `prepareDatabase` has not yet run.
 */
export async function openFreshDatabase(
  serverUrl: string | undefined,
  keep: boolean,
  /** the name of a database an earlier `--keep` run left, to measure again without loading it */
  reuse?: string,
): Promise<FreshDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pb-bench-'))
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true })

  if (!serverUrl) {
    if (reuse) throw new Error('--reuse needs DATABASE_URL: only a server keeps a database between runs')
    const database = await openDatabase({ databaseUrl: undefined, dataDir, inMemory: true })
    return {
      database,
      description: 'PGlite (in memory)',
      url: undefined,
      dataDir,
      async dispose() {
        await database.close()
        removeDataDir()
      },
    }
  }

  const name = reuse ?? `pb_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`
  if (!reuse) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    try {
      await admin.query(`create database ${quoteIdent(name)}`)
    } finally {
      await admin.end()
    }
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir })
  const shown = new URL(url)
  shown.password = ''
  return {
    database,
    description: `PostgreSQL ${shown.host}${shown.pathname}`,
    url: url.toString(),
    dataDir,
    async dispose() {
      await database.close()
      removeDataDir()
      if (keep || reuse) {
        console.log(`kept database ${name}`)
        return
      }
      const cleaner = new pg.Client({ connectionString: serverUrl })
      await cleaner.connect()
      try {
        await cleaner.query(`drop database if exists ${quoteIdent(name)} with (force)`)
      } finally {
        await cleaner.end()
      }
    },
  }
}
