import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { sql } from 'drizzle-orm'
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator'
import * as tar from 'tar-stream'
import { migrationsFolder, type Database, type Db } from '../../db/client.js'
import { LocalFileStore } from '../attachments/file-store.js'
import { objectPath, storedKeys } from './files.js'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, manifestSchema, type Manifest } from './manifest.js'
import {
  insertLines,
  listTables,
  quoted,
  tableChecksums,
  tableRef,
  userTableCount,
  writeSequences,
  type TableShape,
} from './tables.js'

/**
 * A restore that was refused with nothing changed; the message says why, for the person running it, and
 * always ends by saying that nothing was changed.
 */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message.endsWith('Nothing was changed.') ? message : `${message} Nothing was changed.`)
  }
}

const MANIFEST_LIMIT = 64 * 1024 * 1024
const INSERT_BATCH = 500

export interface VerifiedBackup {
  manifest: Manifest
  /** where each entry was unpacked, by entry name */
  staged: Map<string, string>
}

function describeReadError(file: string, error: unknown, sawManifest: boolean): RestoreRefused {
  if (error instanceof RestoreRefused) return error
  const code = (error as NodeJS.ErrnoException).code
  const message = (error as Error).message ?? String(error)
  if (code === 'ENOENT') return new RestoreRefused(`There is no file ${file}. Nothing was changed.`)
  if (code === 'Z_DATA_ERROR' && !sawManifest) {
    return new RestoreRefused(
      `${file} is not a Practice Bank backup: it is not a gzip-compressed tar file. Nothing was changed.`,
    )
  }
  if (code === 'Z_DATA_ERROR') return new RestoreRefused(`${file} is damaged: ${message}. Nothing was changed.`)
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(message)) {
    return new RestoreRefused(
      `${file} is incomplete: it ends before the backup does (was it copied in full?). Nothing was changed.`,
    )
  }
  return new RestoreRefused(`${file} is not a readable Practice Bank backup (${message}). Nothing was changed.`)
}

/**
 * Reads the whole backup file once, unpacking it into `staging` and checking every entry's size and
 * SHA-256 against the manifest. Refuses (RestoreRefused) a file that is not a backup, is damaged or
 * incomplete; nothing outside `staging` is touched.
 */
export async function verifyBackup(file: string, staging: string): Promise<VerifiedBackup> {
  const extract = tar.extract()
  const reading = pipeline(createReadStream(file), createGunzip(), extract)
  reading.catch(() => undefined)
  let manifest: Manifest | undefined
  const expected = new Map<string, { sizeBytes: number; sha256: string }>()
  const staged = new Map<string, string>()
  try {
    for await (const entry of extract) {
      const name = entry.header.name
      if (!manifest) {
        if (name !== MANIFEST_ENTRY)
          throw new RestoreRefused(`${file} is not a Practice Bank backup: it has no manifest. Nothing was changed.`)
        manifest = await readManifest(file, entry as AsyncIterable<Buffer>)
        for (const item of [...manifest.tables, ...manifest.files]) expected.set(item.entry, item)
        continue
      }
      const wanted = expected.get(name)
      if (!wanted || staged.has(name)) {
        throw new RestoreRefused(`${file} is damaged: it holds an entry the manifest does not list (${name}).`)
      }
      const target = path.join(staging, `entry-${staged.size}`)
      const hash = createHash('sha256')
      let sizeBytes = 0
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk)
          sizeBytes += chunk.length
          callback(null, chunk)
        },
      })
      await pipeline(entry, counter, createWriteStream(target, { flags: 'wx', mode: 0o600 }))
      if (sizeBytes !== wanted.sizeBytes || hash.digest('hex') !== wanted.sha256) {
        throw new RestoreRefused(`${file} is damaged: ${name} does not match its checksum. Nothing was changed.`)
      }
      staged.set(name, target)
    }
    await reading
  } catch (error) {
    throw describeReadError(file, error, manifest !== undefined)
  }
  if (!manifest)
    throw new RestoreRefused(`${file} is not a Practice Bank backup: it has no manifest. Nothing was changed.`)
  const missing = [...expected.keys()].filter((name) => !staged.has(name))
  if (missing.length > 0) {
    throw new RestoreRefused(
      `${file} is incomplete: ${missing.length} entries the manifest lists are missing (first: ${missing[0]}). Nothing was changed.`,
    )
  }
  return { manifest, staged }
}

async function readManifest(file: string, entry: AsyncIterable<Buffer>): Promise<Manifest> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of entry) {
    size += chunk.length
    if (size > MANIFEST_LIMIT)
      throw new RestoreRefused(`${file} is not a Practice Bank backup: its manifest is too large.`)
    chunks.push(chunk)
  }
  let json: unknown
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new RestoreRefused(`${file} is damaged: its manifest is not valid JSON.`)
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {}
  if (format.format !== BACKUP_FORMAT) {
    throw new RestoreRefused(`${file} is not a Practice Bank backup. Nothing was changed.`)
  }
  if (format.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new RestoreRefused(
      `${file} is a backup in format ${String(format.formatVersion)}; this version of Practice Bank reads format ${BACKUP_FORMAT_VERSION}.`,
    )
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw new RestoreRefused(`${file} is damaged: its manifest is not as expected.`)
  return parsed.data
}

/**
 * The application's migrations, split at the backup's level: `upTo` brings an empty database to the
 * schema the backup was taken from, `after` brings the restored data up to this version.
 */
export function migrationPlan(manifest: Manifest): { upTo: MigrationMeta[]; after: MigrationMeta[] } {
  const known = readMigrationFiles({ migrationsFolder })
  const level = manifest.migrations.length
  if (level > known.length) {
    throw new RestoreRefused(
      `The backup was taken from a newer version of Practice Bank (${level} migrations; this version has ${known.length}). Restore it with that version or a later one.`,
    )
  }
  manifest.migrations.forEach((migration, i) => {
    if (known[i]?.folderMillis !== migration.createdAt) {
      throw new RestoreRefused(
        `The backup's migration ${i + 1} is not one this version of Practice Bank knows; restore it with the version it was taken from.`,
      )
    }
  })
  return { upTo: known.slice(0, level), after: known.slice(level) }
}

/** Applies migrations inside the caller's transaction, recording them as drizzle's migrator does. */
export async function applyMigrations(tx: Db, migrations: readonly MigrationMeta[]): Promise<void> {
  await tx.execute(sql.raw('create schema if not exists drizzle'))
  await tx.execute(
    sql.raw(
      'create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)',
    ),
  )
  for (const migration of migrations) {
    for (const statement of migration.sql) {
      if (statement.trim()) await tx.execute(sql.raw(statement))
    }
    await tx.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
    )
  }
}

/** Reads a staged table's JSON lines and inserts them in batches. */
async function loadTable(tx: Db, table: TableShape, staged: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(staged, 'utf8'), crlfDelay: Infinity })
  let batch: string[] = []
  let rows = 0
  for await (const line of lines) {
    if (!line) continue
    batch.push(line)
    if (batch.length >= INSERT_BATCH) {
      await insertLines(tx, table, batch)
      rows += batch.length
      batch = []
    }
  }
  await insertLines(tx, table, batch)
  return rows + batch.length
}

export interface TargetState {
  tables: number
  files: number
}

export async function targetState(database: Database, filesRoot: string): Promise<TargetState> {
  return { tables: await userTableCount(database.db), files: (await storedKeys(filesRoot)).length }
}

export interface RestoreOptions {
  force?: boolean
  /** told of each step, for the command line */
  progress?: (message: string) => void
}

export interface RestoreSummary {
  tables: number
  rows: number
  files: number
  migrationsAfter: number
  source: Manifest['source']
  createdAt: string
}

/**
 * Restores a backup into the database (opened by `openTarget` only once the whole file has been checked)
 * and the file store. Refused (RestoreRefused, nothing changed) when the file is damaged, incomplete or
 * from a newer version, or when the target already holds data and `force` is not set. The database part is one transaction: with `force` the old schema is dropped, the
 * backup's migrations applied, rows loaded in foreign-key order with user triggers off (foreign keys
 * still checked), sequences set, each table's checksum compared with the manifest, and later migrations
 * applied, or nothing at all. Attachment files are written before it commits and taken away again if it
 * fails; files the backup does not hold are removed (with `force`) only after it commits.
 */
export async function restoreBackup(
  openTarget: () => Promise<Database>,
  filesRoot: string,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const progress = options.progress ?? (() => undefined)
  const staging = await mkdtemp(path.join(os.tmpdir(), 'practice-bank-restore-'))
  try {
    // The file is checked before the target is opened: a bad file never touches it.
    progress(`Checking ${file}…`)
    const { manifest, staged } = await verifyBackup(file, staging)
    const plan = migrationPlan(manifest)
    const database = await openTarget()
    try {
      return await restoreInto(database, filesRoot, manifest, staged, plan, options)
    } finally {
      await database.close()
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function restoreInto(
  database: Database,
  filesRoot: string,
  manifest: Manifest,
  staged: Map<string, string>,
  plan: { upTo: MigrationMeta[]; after: MigrationMeta[] },
  options: RestoreOptions,
): Promise<RestoreSummary> {
  const progress = options.progress ?? (() => undefined)
  const before = await targetState(database, filesRoot)
  if ((before.tables > 0 || before.files > 0) && !options.force) {
    throw new RestoreRefused(
      `The target is not empty (${before.tables} tables in the database, ${before.files} attachment files). ` +
        'Restore into an empty data directory or database, or add --force to replace everything in it. Nothing was changed.',
    )
  }
  const stagedPath = (entry: string) => {
    const found = staged.get(entry)
    if (!found) throw new Error(`${entry} was not unpacked`)
    return found
  }

  progress(`Writing ${manifest.files.length} attachment files…`)
  const store = new LocalFileStore(filesRoot)
  const existing = new Set(await storedKeys(filesRoot))
  const added: string[] = []
  try {
    for (const stored of manifest.files) {
      if (!existing.has(stored.key)) added.push(stored.key)
      await store.put(stored.key, createReadStream(stagedPath(stored.entry)))
    }

    progress(`Loading ${manifest.tables.length} tables…`)
    await database.db.transaction(async (tx) => {
      if (options.force) {
        await tx.execute(sql.raw('drop schema if exists drizzle cascade'))
        await tx.execute(sql.raw('drop schema if exists public cascade'))
        await tx.execute(sql.raw('create schema public'))
      }
      await applyMigrations(tx, plan.upTo)
      const tables = await listTables(tx)
      const inBackup = new Map(manifest.tables.map((t) => [t.name, t]))
      const unknown = tables.filter((t) => !inBackup.has(t.name)).map((t) => t.name)
      const extra = manifest.tables.filter((t) => !tables.some((s) => s.name === t.name)).map((t) => t.name)
      if (unknown.length > 0 || extra.length > 0) {
        throw new RestoreRefused(
          `The backup's tables do not match its migration level (${[...unknown, ...extra].join(', ')}); it cannot be restored. Nothing was changed.`,
        )
      }
      if (tables.length > 0) {
        await tx.execute(sql.raw(`truncate ${tables.map((t) => tableRef(t.name)).join(', ')}`))
      }
      for (const table of tables) await tx.execute(sql.raw(`alter table ${tableRef(table.name)} disable trigger user`))
      for (const table of tables) {
        const saved = inBackup.get(table.name)
        if (!saved) continue
        const missingColumns = saved.columns.filter((c) => !table.columns.includes(c))
        if (missingColumns.length > 0) {
          throw new RestoreRefused(
            `The backup's table ${table.name} has columns this schema lacks: ${quoted(missingColumns)}.`,
          )
        }
        await loadTable(tx, { ...table, columns: saved.columns }, stagedPath(saved.entry))
      }
      for (const table of tables) await tx.execute(sql.raw(`alter table ${tableRef(table.name)} enable trigger user`))
      await writeSequences(tx, manifest.sequences)

      progress('Comparing every table with the backup…')
      const loaded = await tableChecksums(tx)
      for (const saved of manifest.tables) {
        const now = loaded[saved.name]
        if (now?.rows !== saved.rows || now.sha256 !== saved.sha256) {
          throw new Error(
            `after loading, table ${saved.name} differs from the backup (${now?.rows ?? 0} rows, backup ${saved.rows})`,
          )
        }
      }
      if (plan.after.length > 0) progress(`Applying ${plan.after.length} newer migrations…`)
      await applyMigrations(tx, plan.after)
    })
  } catch (error) {
    for (const key of added) await store.remove(key).catch(() => undefined)
    throw error
  }

  if (options.force) {
    const kept = new Set(manifest.files.map((f) => f.key))
    for (const key of await storedKeys(filesRoot)) {
      if (!kept.has(key)) await rm(objectPath(filesRoot, key), { force: true })
    }
  }
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
    files: manifest.files.length,
    migrationsAfter: plan.after.length,
    source: manifest.source,
    createdAt: manifest.createdAt,
  }
}
