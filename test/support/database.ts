import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { databaseUrlFor } from './database-url.js'
import { openDatabase, type Database } from '../../src/db/client.js'

/** A fresh, migrated database with reference data, for one test file. */
export async function createTestDatabase(): Promise<Database> {
  const target = inject('testDatabase')
  if (target.kind === 'pglite') {
    const image = new Blob([readFileSync(target.imagePath)])
    return openDatabase({ databaseUrl: undefined, dataDir: '', image })
  }
  const name = `pb_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: target.url })
  await admin.connect()
  try {
    await admin.query(`create database ${name} template ${target.template}`)
  } finally {
    await admin.end()
  }
  // Dropped by the global teardown once every test file has finished with its connections.
  return openDatabase({ databaseUrl: databaseUrlFor(target.url, name), dataDir: '', poolSize: 5 })
}
