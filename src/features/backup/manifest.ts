import { z } from 'zod'

export const BACKUP_FORMAT = 'practice-bank-backup'
export const BACKUP_FORMAT_VERSION = 1
export const MANIFEST_ENTRY = 'manifest.json'

const sha256 = z.string().regex(/^[a-f0-9]{64}$/)

/**
 * What a backup file holds, written first in it: enough to check every other entry (its size and
 * SHA-256) before anything is restored, and to bring a target to the same migration level.
 */
export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  source: z.object({ kind: z.enum(['pglite', 'postgres']), serverVersion: z.string() }),
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.number().int() })),
  /** the last migration's name, for people reading the manifest */
  migrationTag: z.string().nullable(),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      primaryKey: z.array(z.string()),
      entry: z.string(),
      rows: z.number().int().min(0),
      sizeBytes: z.number().int().min(0),
      sha256,
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  files: z.array(
    z.object({
      key: z.string().regex(/^[a-f0-9]{48}$/),
      entry: z.string(),
      sizeBytes: z.number().int().min(0),
      sha256,
    }),
  ),
})

export type Manifest = z.infer<typeof manifestSchema>

export const tableEntry = (name: string) => `tables/${name}.jsonl`
export const fileEntry = (key: string) => `files/${key.slice(0, 2)}/${key}`
