// npm run backup -- FILE
// Writes one file holding the whole database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL) and
// every attachment in DATA_DIR/files. See docs/operations.md.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { createBackup } from '../src/features/backup/backup.js'

const { positionals } = parseArgs({ allowPositionals: true, options: {} })
const file = positionals[0]
if (!file || positionals.length > 1) {
  console.error('Usage: npm run backup -- FILE   (for example practice-bank-2026-12-03.tar.gz)')
  process.exit(2)
}

const config = loadConfig()
const database = await openDatabase({ ...config, poolSize: 2 })
let exitCode = 0
try {
  const summary = await createBackup(database, path.join(config.dataDir, 'files'), path.resolve(file))
  console.log(
    `Backed up ${summary.tables} tables (${summary.rows} rows) and ${summary.files} attachment files from the ${database.kind === 'pglite' ? 'embedded database' : 'PostgreSQL database'} to ${summary.file} (${summary.sizeBytes} bytes).`,
  )
  if (summary.missingFiles.length > 0) {
    console.warn(
      `Warning: ${summary.missingFiles.length} attachments have no file in ${path.join(config.dataDir, 'files')} (first: ${summary.missingFiles[0]}); they were missing before the backup, or were deleted while it ran.`,
    )
  }
} catch (error) {
  console.error(`The backup failed: ${(error as Error).message}`)
  exitCode = 1
} finally {
  await database.close()
}
process.exit(exitCode)
