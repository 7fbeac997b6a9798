// Prepares one migrated database per test run; each test file then gets its own copy of it:
// on PGlite a data-directory image (loads in about a second), on PostgreSQL a template database.
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { databaseUrlFor } from './database-url.js'
import { openDatabase } from '../../src/db/client.js'
import { prepareDatabase } from '../../src/db/prepare.js'

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; imagePath: string } | { kind: 'postgres'; url: string; template: string }
  }
}

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    const dir = path.join(os.tmpdir(), `practice-bank-test-${process.pid}`)
    mkdirSync(dir, { recursive: true })
    const database = await openDatabase({ databaseUrl: undefined, dataDir: dir, inMemory: true })
    await prepareDatabase(database)
    if (!database.dumpImage) throw new Error('an embedded database can always be dumped')
    const image = await database.dumpImage()
    await database.close()
    const imagePath = path.join(dir, 'migrated.tar')
    writeFileSync(imagePath, Buffer.from(await image.arrayBuffer()))
    project.provide('testDatabase', { kind: 'pglite', imagePath })
    return () => rmSync(dir, { recursive: true, force: true })
  }

  const template = `pb_test_template_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`create database ${template}`)
  const database = await openDatabase({ databaseUrl: databaseUrlFor(databaseUrl, template), dataDir: '', poolSize: 2 })
  await prepareDatabase(database)
  await database.close()
  project.provide('testDatabase', { kind: 'postgres', url: databaseUrl, template })
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'pb_test_%'`,
    )
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`)
    await admin.end()
  }
}
