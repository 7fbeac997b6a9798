import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, readFileSync } from 'node:fs'
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { sql } from 'drizzle-orm'
import * as tar from 'tar-stream'
import { migrationsFolder, queryRows, type Database } from '../../db/client.js'
import { hashFile, objectPath, storedKeys } from './files.js'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  fileEntry,
  tableEntry,
  type Manifest,
} from './manifest.js'
import { appliedMigrations, listTables, readSequences, readTableLines, stableOutputSettings } from './tables.js'

export interface BackupSummary {
  file: string
  tables: number
  rows: number
  files: number
  sizeBytes: number
  /** attachment rows whose file was not in the store when the backup ran */
  missingFiles: string[]
}

/** The name of the migration with this timestamp, from the journal, for the manifest's reader. */
export function migrationTag(createdAt: number | undefined): string | null {
  if (createdAt === undefined) return null
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[]
  }
  return journal.entries.find((entry) => entry.when === createdAt)?.tag ?? null
}

/**
 * Writes one gzip-compressed tar file holding the whole database and every attachment object:
 * `manifest.json` first, then each table's rows as JSON lines (`tables/NAME.jsonl`, in foreign-key order,
 * rows ordered by primary key), then the attachment files (`files/AB/KEY`). The rows are read in one
 * read-only, repeatable-read transaction, so they are one consistent moment of the database. The file
 * appears under its name only once complete.
 */
export async function createBackup(database: Database, filesRoot: string, file: string): Promise<BackupSummary> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'practice-bank-backup-'))
  try {
    const snapshot = await database.db.transaction(
      async (tx) => {
        await stableOutputSettings(tx)
        const [version] = await queryRows<{ server_version: string }>(tx, sql`show server_version`)
        const tables: Manifest['tables'] = []
        for (const [index, table] of (await listTables(tx)).entries()) {
          const staged = path.join(staging, `table-${index}`)
          const handle = await open(staged, 'wx', 0o600)
          const hash = createHash('sha256')
          let pending: string[] = []
          let sizeBytes = 0
          const flush = async () => {
            const chunk = Buffer.from(pending.join(''))
            pending = []
            hash.update(chunk)
            sizeBytes += chunk.length
            await handle.write(chunk)
          }
          try {
            const rows = await readTableLines(tx, table, async (line) => {
              pending.push(line)
              if (pending.length >= 1000) await flush()
            })
            await flush()
            tables.push({ ...table, entry: tableEntry(table.name), rows, sizeBytes, sha256: hash.digest('hex') })
          } finally {
            await handle.close()
          }
        }
        return {
          serverVersion: version?.server_version ?? 'unknown',
          tables,
          sequences: await readSequences(tx),
          migrations: await appliedMigrations(tx),
          // every file the database names: attachments and evaluation reports (migration 0038)
          attachmentKeys: [
            ...(tables.some((t) => t.name === 'attachments')
              ? (await queryRows<{ key: string }>(tx, sql`select storage_key as key from attachments`)).map(
                  (r) => r.key,
                )
              : []),
            ...(tables.some((t) => t.name === 'evaluations')
              ? (
                  await queryRows<{ key: string }>(
                    tx,
                    sql`select report_file_key as key from evaluations where report_file_key is not null`,
                  )
                ).map((r) => r.key)
              : []),
          ],
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )

    const files: Manifest['files'] = []
    for (const key of await storedKeys(filesRoot)) {
      files.push({ key, entry: fileEntry(key), ...(await hashFile(objectPath(filesRoot, key))) })
    }

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: { kind: database.kind, serverVersion: snapshot.serverVersion },
      migrations: snapshot.migrations,
      migrationTag: migrationTag(snapshot.migrations.at(-1)?.createdAt),
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      files,
    }

    const partial = `${file}.partial`
    const pack = tar.pack()
    const written = pipeline(pack, createGzip(), createWriteStream(partial, { flags: 'w', mode: 0o600 }))
    try {
      await addEntry(pack, MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`))
      for (const [index, table] of manifest.tables.entries()) {
        await addFileEntry(pack, table.entry, path.join(staging, `table-${index}`), table)
      }
      for (const stored of manifest.files) {
        await addFileEntry(pack, stored.entry, objectPath(filesRoot, stored.key), stored)
      }
      pack.finalize()
      await written
    } catch (error) {
      pack.destroy()
      await written.catch(() => undefined)
      await rm(partial, { force: true })
      throw error
    }
    await rename(partial, file)
    return {
      file,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      files: manifest.files.length,
      sizeBytes: (await stat(file)).size,
      missingFiles: snapshot.attachmentKeys.filter((key) => !files.some((f) => f.key === key)),
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

function addEntry(pack: tar.Pack, name: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: content.length, mode: 0o600, mtime: new Date(0) }, content, (error) =>
      error ? reject(error) : resolve(),
    )
  })
}

/** Streams a file into the archive, checking on the way that it still has the size and hash the manifest says. */
async function addFileEntry(
  pack: tar.Pack,
  name: string,
  source: string,
  expected: { sizeBytes: number; sha256: string },
): Promise<void> {
  const hash = createHash('sha256')
  const check = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      callback(null, chunk)
    },
    flush(callback) {
      const actual = hash.digest('hex')
      callback(actual === expected.sha256 ? null : new Error(`${name} changed while the backup was being written`))
    },
  })
  const entry = pack.entry({ name, size: expected.sizeBytes, mode: 0o600, mtime: new Date(0) })
  await pipeline(createReadStream(source), check, entry)
}
