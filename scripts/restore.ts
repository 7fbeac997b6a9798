// npm run restore -- FILE [--force]
// Brings a backup made by `npm run backup` into an empty data directory or database (PGlite in DATA_DIR,
// or PostgreSQL at DATABASE_URL). With --force it replaces whatever the target holds. The file is
// checked in full first: a damaged or incomplete one is refused and nothing changes. See docs/operations.md.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { RestoreRefused, restoreBackup } from '../src/features/backup/restore.js'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } })
const file = positionals[0]
if (!file || positionals.length > 1) {
  console.error('Usage: npm run restore -- FILE [--force]')
  process.exit(2)
}

const config = loadConfig()
let exitCode = 0
try {
  const openTarget = () => openDatabase({ ...config, poolSize: 2 })
  const summary = await restoreBackup(openTarget, path.join(config.dataDir, 'files'), path.resolve(file), {
    force: Boolean(values.force),
    progress: (message) => console.log(message),
  })
  const later = summary.migrationsAfter > 0 ? `, then ${summary.migrationsAfter} newer migrations applied` : ''
  console.log(
    `Restored ${summary.tables} tables (${summary.rows} rows, every table matching its checksum) and ${summary.files} attachment files, backed up from ${summary.source.kind} at ${summary.createdAt}${later}.`,
  )
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(error.message)
  } else {
    console.error(`The restore failed and nothing was changed: ${(error as Error).message}`)
  }
  exitCode = 1
}
process.exit(exitCode)
