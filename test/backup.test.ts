// Backup and restore through the command line (`npm run backup` / `npm run restore` as child processes):
// a seeded database with practice, users, attachments and audit rows goes into one file and comes back
// into an empty target identical table by table (checksums of ordered rows) and file by file (SHA-256),
// on the database this run uses (PGlite, or PostgreSQL when DATABASE_URL is set) and, with PostgreSQL,
// from PGlite into PostgreSQL.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { max, sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import pg from 'pg'
import * as tar from 'tar-stream'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../src/app.js'
import {
  migrationsApplied,
  migrationsFolder,
  openDatabase,
  queryRows,
  type Database,
  type Db,
} from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { attachments, auditEvents } from '../src/db/schema/index.js'
import { LocalFileStore, newStorageKey } from '../src/features/attachments/file-store.js'
import { hashFile, objectPath, storedKeys } from '../src/features/backup/files.js'
import { applyMigrations } from '../src/features/backup/restore.js'
import { listTables, tableChecksums, userTableCount } from '../src/features/backup/tables.js'
import { testConfig } from './support/app.js'
import { databaseUrlFor } from './support/database-url.js'
import { aPractice } from './support/factories.js'
import { minimalPdf, minimalPng } from './support/files.js'
import { aUser } from './support/users.js'

const repository = path.resolve(import.meta.dirname, '..')
const serverUrl = process.env.DATABASE_URL
const work = mkdtempSync(path.join(os.tmpdir(), 'pb-backup-test-'))
const createdDatabases: string[] = []

/** Where a command runs: a data directory, and a PostgreSQL database when `url` is set. */
interface Target {
  dataDir: string
  url: string | undefined
}

const filesRoot = (target: Target) => path.join(target.dataDir, 'files')

function newDataDir(): string {
  return mkdtempSync(path.join(work, 'data-'))
}

async function adminQuery(text: string): Promise<void> {
  if (!serverUrl) throw new Error('no PostgreSQL server')
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(text)
  } finally {
    await admin.end()
  }
}

/** An empty target: a new data directory, and on PostgreSQL a new database with nothing in it. */
async function emptyTarget(kind: 'pglite' | 'postgres'): Promise<Target> {
  if (kind === 'pglite' || !serverUrl) return { dataDir: newDataDir(), url: undefined }
  const name = `pb_test_restore_${randomBytes(5).toString('hex')}`
  await adminQuery(`create database ${name}`)
  createdDatabases.push(name)
  return { dataDir: newDataDir(), url: databaseUrlFor(serverUrl, name) }
}

/** A migrated target with reference data: on PGlite a data directory loaded from the run's image. */
async function migratedTarget(kind: 'pglite' | 'postgres'): Promise<Target> {
  const testDatabase = inject('testDatabase')
  if (kind === 'postgres' && testDatabase.kind === 'postgres' && serverUrl) {
    const name = `pb_test_source_${randomBytes(5).toString('hex')}`
    await adminQuery(`create database ${name} template ${testDatabase.template}`)
    createdDatabases.push(name)
    return { dataDir: newDataDir(), url: databaseUrlFor(serverUrl, name) }
  }
  const dataDir = newDataDir()
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ])
  const image =
    testDatabase.kind === 'pglite' ? new Blob([readFileSync(testDatabase.imagePath)]) : await migratedImage()
  const client = await PGlite.create({
    dataDir: path.join(dataDir, 'pglite'),
    loadDataDir: image,
    extensions: { pg_trgm },
  })
  await client.close()
  return { dataDir, url: undefined }
}

/** On a PostgreSQL run there is no PGlite image: make one (once). */
let pgliteImage: Blob | undefined
async function migratedImage(): Promise<Blob> {
  if (pgliteImage) return pgliteImage
  const { prepareDatabase } = await import('../src/db/prepare.js')
  const database = await openDatabase({ databaseUrl: undefined, dataDir: '', inMemory: true })
  await prepareDatabase(database)
  if (!database.dumpImage) throw new Error('an embedded database can be dumped')
  pgliteImage = await database.dumpImage()
  await database.close()
  return pgliteImage
}

const open = (target: Target): Promise<Database> =>
  openDatabase({ databaseUrl: target.url, dataDir: target.dataDir, poolSize: 2 })

async function withDatabase<T>(target: Target, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await open(target)
  try {
    return await fn(database.db)
  } finally {
    await database.close()
  }
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs `npm run NAME -- ARGS` against a target, as an operator would. */
function npmRun(name: 'backup' | 'restore', target: Target, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: target.dataDir,
    SESSION_SECRET: 'test-secret-that-is-at-least-32-characters',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
  }
  // Vitest sets BASE_URL for Vite ('/'), which is not the service's address.
  delete env.BASE_URL
  delete env.DATABASE_URL
  if (target.url) env.DATABASE_URL = target.url
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', name, '--', ...args], { cwd: repository, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** Practice, people, audit rows and attachments (rows and files) in a migrated target. */
async function seed(target: Target): Promise<void> {
  const store = new LocalFileStore(filesRoot(target))
  await withDatabase(target, async (db) => {
    const contributor = await aUser(db, { email: 'contributor@merseyside.police.uk' })
    await aUser(db, { email: 'admin@example.org', roles: ['admin'] })
    await aUser(db, { email: 'reviewer@example.org', roles: ['reviewer'] })
    const practices = []
    for (let i = 0; i < 5; i += 1) {
      practices.push(
        await aPractice(db, {
          title: `Seeded practice ${i} — café “quotes”, tabs\tand a line\nbreak`,
          topics: i % 2 ? ['domestic-abuse'] : [],
          visibility: i === 4 ? 'policing' : 'public',
          submittedByUserId: contributor.id,
        }),
      )
    }
    const files = [minimalPdf('The evaluation report'), minimalPng(), randomBytes(70_000)]
    for (const [i, content] of files.entries()) {
      const key = newStorageKey()
      const stored = await store.put(key, content)
      const practice = practices[i]
      if (!practice) throw new Error('no practice')
      await db.insert(attachments).values({
        practiceId: practice.id,
        storageKey: key,
        displayName: `file-${i}.bin`,
        mediaType: 'application/octet-stream',
        extension: 'bin',
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        uploadedByUserId: contributor.id,
      })
    }
    for (let i = 0; i < 4; i += 1) {
      await db.insert(auditEvents).values({
        action: 'test.seeded',
        actorUserId: contributor.id,
        ip: '192.0.2.1',
        details: { step: i, note: 'nested "json" ✓', list: [1, 2.5, null] },
      })
    }
  })
}

async function fileHashes(target: Target): Promise<Record<string, string>> {
  const root = filesRoot(target)
  const result: Record<string, string> = {}
  for (const key of await storedKeys(root)) result[key] = (await hashFile(objectPath(root, key))).sha256
  return result
}

interface Snapshot {
  tables: Awaited<ReturnType<typeof tableChecksums>>
  files: Record<string, string>
}

async function snapshot(target: Target): Promise<Snapshot> {
  return { tables: await withDatabase(target, (db) => tableChecksums(db)), files: await fileHashes(target) }
}

/** A copy of the backup with entries changed by `change` (given each entry's name and content). */
async function tampered(file: string, change: (name: string, content: Buffer) => Buffer): Promise<Buffer> {
  const extract = tar.extract()
  const pack = tar.pack()
  const entries: { name: string; content: Buffer }[] = []
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: unknown) => chunks.push(Buffer.from(chunk as Uint8Array)))
      stream.on('end', () => {
        entries.push({ name: header.name, content: Buffer.concat(chunks) })
        next()
      })
    })
    extract.on('finish', () => resolve())
    extract.on('error', reject)
  })
  extract.end(gunzipSync(readFileSync(file)))
  await done
  const chunks: Buffer[] = []
  pack.on('data', (chunk: unknown) => chunks.push(Buffer.from(chunk as Uint8Array)))
  const packed = new Promise<void>((resolve) => pack.on('end', () => resolve()))
  for (const entry of entries) {
    const content = change(entry.name, entry.content)
    pack.entry({ name: entry.name, size: content.length }, content)
  }
  pack.finalize()
  await packed
  return gzipSync(Buffer.concat(chunks))
}

const kind: 'pglite' | 'postgres' = serverUrl ? 'postgres' : 'pglite'
// Each command is a child process that opens a database; on a busy two-core machine that is slow.
const SLOW = 600_000

describe(`backup and restore (${kind})`, () => {
  let source: Target
  let original: Snapshot
  let backupFile: string

  beforeAll(async () => {
    source = await migratedTarget(kind)
    await seed(source)
    original = await snapshot(source)
    backupFile = path.join(work, 'practice-bank.tar.gz')
  }, SLOW)

  afterAll(async () => {
    for (const name of createdDatabases) await adminQuery(`drop database if exists ${name} with (force)`)
    rmSync(work, { recursive: true, force: true })
  })

  it('the seed holds practice, people, attachments and audit rows', () => {
    expect(original.tables.practices?.rows).toBeGreaterThanOrEqual(5)
    expect(original.tables.users?.rows).toBe(3)
    expect(original.tables.attachments?.rows).toBe(3)
    expect(original.tables.audit_events?.rows).toBeGreaterThanOrEqual(4)
    expect(Object.keys(original.files)).toHaveLength(3)
  })

  let restored: Target
  it(
    'backs up to one file and restores it into an empty target: every table and every attachment identical',
    async () => {
      const backup = await npmRun('backup', source, [backupFile])
      expect(backup.stderr).toBe('')
      expect(backup.code).toBe(0)
      expect(backup.stdout).toMatch(/Backed up \d+ tables \(\d+ rows\) and 3 attachment files/)

      restored = await emptyTarget(kind)
      const restore = await npmRun('restore', restored, [backupFile])
      expect(restore.stderr).toBe('')
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain('every table matching its checksum')

      const after = await snapshot(restored)
      expect(after.tables).toEqual(original.tables)
      expect(after.files).toEqual(original.files)
      // The source is untouched by being backed up.
      expect(await snapshot(source)).toEqual(original)
    },
    SLOW,
  )

  it('sequences continue after the restore: a new row takes a fresh id', async () => {
    await withDatabase(restored, async (db) => {
      const [highest] = await db.select({ id: max(auditEvents.id) }).from(auditEvents)
      const [row] = await db
        .insert(auditEvents)
        .values({ action: 'test.after-restore', details: {} })
        .returning({ id: auditEvents.id })
      expect(row?.id).toBeGreaterThan(highest?.id ?? Infinity)
      const practice = await aPractice(db, { title: 'Written after the restore' })
      expect(practice.id).toBeGreaterThan(0)
    })
  })

  it(
    'refuses a target that is not empty unless told --force, and changes nothing',
    async () => {
      const before = await snapshot(restored)
      const refused = await npmRun('restore', restored, [backupFile])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('The target is not empty')
      expect(refused.stderr).toContain('--force')
      expect(await snapshot(restored)).toEqual(before)
    },
    SLOW,
  )

  it(
    'refuses a truncated, a corrupted, a tampered, a foreign and a newer-version file, changing nothing',
    async () => {
      const whole = readFileSync(backupFile)
      const truncated = path.join(work, 'truncated.tar.gz')
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))
      const corrupted = path.join(work, 'corrupted.tar.gz')
      const flipped = Buffer.from(whole)
      const middle = Math.floor(flipped.length / 2)
      flipped[middle] = (flipped[middle] ?? 0) ^ 0xff
      writeFileSync(corrupted, flipped)
      const changedRows = path.join(work, 'tampered.tar.gz')
      writeFileSync(
        changedRows,
        await tampered(backupFile, (name, content) =>
          name === 'tables/audit_events.jsonl'
            ? Buffer.from(content.toString('utf8').replace('192.0.2.1', '192.0.2.9'))
            : content,
        ),
      )
      const fromTheFuture = path.join(work, 'newer.tar.gz')
      writeFileSync(
        fromTheFuture,
        await tampered(backupFile, (name, content) => {
          if (name !== 'manifest.json') return content
          const manifest = JSON.parse(content.toString('utf8')) as { migrations: { hash: string; createdAt: number }[] }
          manifest.migrations.push({ hash: 'a later migration', createdAt: 4_000_000_000_000 })
          return Buffer.from(JSON.stringify(manifest))
        }),
      )
      const notABackup = path.join(work, 'notes.tar.gz')
      writeFileSync(notABackup, 'Not a backup at all, just a note someone saved with the wrong name.\n')

      const before = await snapshot(restored)
      const runs = {
        truncated: await npmRun('restore', restored, [truncated, '--force']),
        corrupted: await npmRun('restore', restored, [corrupted, '--force']),
        tampered: await npmRun('restore', restored, [changedRows, '--force']),
        notABackup: await npmRun('restore', restored, [notABackup, '--force']),
        newer: await npmRun('restore', restored, [fromTheFuture, '--force']),
      }
      expect(runs.truncated.stderr).toMatch(/is incomplete/)
      expect(runs.corrupted.stderr).toMatch(/is damaged|is incomplete|not a readable/)
      expect(runs.tampered.stderr).toContain('tables/audit_events.jsonl does not match its checksum')
      expect(runs.notABackup.stderr).toContain('is not a Practice Bank backup')
      expect(runs.newer.stderr).toContain('taken from a newer version of Practice Bank')
      for (const run of Object.values(runs)) {
        expect(run.code).toBe(1)
        expect(run.stderr).toContain('Nothing was changed')
      }
      expect(await snapshot(restored)).toEqual(before)

      // Into an empty target, a damaged file leaves it empty.
      const empty = await emptyTarget(kind)
      const refused = await npmRun('restore', empty, [truncated])
      expect(refused.code).toBe(1)
      expect(await fileHashes(empty)).toEqual({})
      if (kind === 'postgres') expect(await withDatabase(empty, (db) => userTableCount(db))).toBe(0)
      // The embedded database is not even created: the file is checked before the target is opened.
      else expect(existsSync(path.join(empty.dataDir, 'pglite'))).toBe(false)
    },
    SLOW,
  )

  it(
    'with --force replaces everything in the target, stray attachment files included',
    async () => {
      const stray = newStorageKey()
      await mkdir(path.dirname(objectPath(filesRoot(restored), stray)), { recursive: true })
      await writeFile(objectPath(filesRoot(restored), stray), 'not in the backup')
      const forced = await npmRun('restore', restored, [backupFile, '--force'])
      expect(forced.stderr).toBe('')
      expect(forced.code).toBe(0)
      expect(await snapshot(restored)).toEqual(original)
    },
    SLOW,
  )

  it(
    'restores a backup taken at an older migration level: checked at that level, then migrated to this version',
    async () => {
      const known = readMigrationFiles({ migrationsFolder })
      const level = known.length - 1
      // A database as the previous version of Practice Bank left it, with a little in it written as SQL
      // that version accepts (the factories write the current schema).
      const older = await emptyTarget(kind)
      await withDatabase(older, async (db) => {
        await db.transaction((tx) => applyMigrations(tx, known.slice(0, level)))
        await db.execute(sql`insert into organisations (code, name, kind, region)
                             values ('older-constabulary', 'Older Constabulary', 'force', 'north-west')`)
        await db.execute(sql`insert into users (email, name, organisation_id)
                             select 'older@older.police.uk', 'Older Person', id from organisations
                             where code = 'older-constabulary'`)
        await db.execute(sql`insert into practices (slug, title, summary, organisation_id, status, visibility,
                               submitted_at, published_at, consent_publication, topic_ids, purpose_ids, recognition_ids)
                             select 'kept-from-an-older-version', 'Kept from an older version',
                                    'Written before the latest migration.', id, 'published', 'public',
                                    now() - interval '2 days', now() - interval '1 day', 'public', '{}', '{}', '{}'
                             from organisations where code = 'older-constabulary'`)
        await db.execute(sql`insert into audit_events (action, details) values ('test.older', '{"level": 1}')`)
      })
      const file = path.join(work, 'older.tar.gz')
      const backup = await npmRun('backup', older, [file])
      expect(backup.stderr).toBe('')
      expect(backup.code).toBe(0)
      let levelInFile = -1
      await tampered(file, (name, content) => {
        if (name === 'manifest.json')
          levelInFile = (JSON.parse(content.toString('utf8')) as { migrations: [] }).migrations.length
        return content
      })
      expect(levelInFile).toBe(level)

      const target = await emptyTarget(kind)
      const restore = await npmRun('restore', target, [file])
      expect(restore.stderr).toBe('')
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain('every table matching its checksum')
      expect(restore.stdout).toContain(`then ${known.length - level} newer migrations applied`)

      // The schema is the one this version's migrations make, and every migration is recorded.
      const current = await migratedTarget(kind)
      const shape = async (t: Target) =>
        (await withDatabase(t, (db) => listTables(db))).sort((a, b) => a.name.localeCompare(b.name))
      expect(await shape(target)).toEqual(await shape(current))
      await withDatabase(target, async (db) => {
        expect(await migrationsApplied(db)).toBe(true)
        const [row] = await queryRows<{ title: string; email: string; audit: number }>(
          db,
          sql`select (select title from practices where slug = 'kept-from-an-older-version') as title,
                     (select email from users where name = 'Older Person') as email,
                     (select count(*)::int from audit_events where action = 'test.older') as audit`,
        )
        expect(row).toEqual({ title: 'Kept from an older version', email: 'older@older.police.uk', audit: 1 })
      })

      // The service starts on it (nothing left to migrate) and shows the older practice.
      const database = await open(target)
      try {
        await prepareDatabase(database)
        const app = await buildApp(testConfig({ DATA_DIR: target.dataDir }), { database, logger: false })
        try {
          const page = await app.inject({ method: 'GET', url: '/practices/kept-from-an-older-version' })
          expect(page.statusCode).toBe(200)
          expect(page.body).toContain('Kept from an older version')
          expect(page.body).toContain('Older Constabulary')
        } finally {
          await app.close()
        }
      } finally {
        await database.close()
      }
    },
    SLOW,
  )

  it.runIf(kind === 'postgres')(
    'restores a PGlite backup into PostgreSQL identically',
    async () => {
      const embedded = await migratedTarget('pglite')
      await seed(embedded)
      const expected = await snapshot(embedded)
      const file = path.join(work, 'embedded.tar.gz')
      const backup = await npmRun('backup', embedded, [file])
      expect(backup.code).toBe(0)
      const target = await emptyTarget('postgres')
      const restore = await npmRun('restore', target, [file])
      expect(restore.stderr).toBe('')
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain('backed up from pglite')
      expect(await snapshot(target)).toEqual(expected)
    },
    SLOW,
  )
})
