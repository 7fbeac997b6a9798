// npm run import -- FILE [--commit] [--publish] [--report REPORT.csv]
// The legacy import from the command line, with the same engine as /admin/imports: the columns are
// matched as last saved for these headings (or guessed from them), a dry run reports every row, and
// with --commit the rows are written. --publish publishes rows whose consent allows it.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { stringify } from 'csv-stringify/sync'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { reportCsvRecords } from '../src/features/imports/report.js'
import { ImportService } from '../src/features/imports/service.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { commit: { type: 'boolean' }, publish: { type: 'boolean' }, report: { type: 'string' } },
})
const file = positionals[0]
if (!file) {
  console.error('Usage: npm run import -- FILE.csv|FILE.xlsx [--commit] [--publish] [--report REPORT.csv]')
  process.exit(2)
}

const config = loadConfig()
const database = await openDatabase(config)
let exitCode = 0
try {
  await prepareDatabase(database)
  const imports = new ImportService(database.db, (error) => console.error(error))
  const uploaded = await imports.upload(null, path.basename(file), await readFile(file), null)
  if (!uploaded.ok) {
    console.error(uploaded.message)
    exitCode = 1
  } else {
    const found = await imports.find(uploaded.id)
    const mapping = Array.from({ length: found?.headers.length ?? 0 }, (_, i) => found?.mapping[String(i)] ?? 'ignore')
    const mapped = await imports.setMapping(null, uploaded.id, mapping)
    if (!mapped?.ok) {
      console.error(mapped?.message ?? 'The import could not be found')
      exitCode = 1
    } else {
      await imports.settled()
      if (values.commit) {
        await imports.startCommit(null, uploaded.id, Boolean(values.publish), null)
        await imports.settled()
      }
      const result = await imports.find(uploaded.id)
      const rows = await imports.report(uploaded.id, null, 1_000_000, 0)
      const reportFile = values.report ?? `${file.replace(/\.[a-z]+$/i, '')}-report.csv`
      await writeFile(reportFile, stringify(reportCsvRecords(rows)))
      const s = result?.summary ?? {}
      const verb = values.commit ? 'Imported' : 'Dry run (nothing written)'
      console.log(
        `${verb}: ${s.create ?? 0} new, ${s.update ?? 0} updated, ${s.unchanged ?? 0} unchanged, ${s.duplicate ?? 0} duplicates, ${s.error ?? 0} errors. Report: ${reportFile}`,
      )
      if (s.failure) {
        console.error(s.failure)
        exitCode = 1
      }
    }
  }
} finally {
  await database.close()
}
process.exit(exitCode)
