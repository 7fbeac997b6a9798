// npm run fixture:import — writes the example legacy spreadsheet (test/fixtures/legacy-practice-map.csv and
// .xlsx) from src/features/imports/example-sheet.ts. Run it again after changing the generator.
import { writeFile } from 'node:fs/promises'
import { exampleCsv, exampleXlsx } from '../src/features/imports/example-files.js'

const folder = new URL('../test/fixtures/', import.meta.url)
await writeFile(new URL('legacy-practice-map.csv', folder), exampleCsv())
await writeFile(new URL('legacy-practice-map.xlsx', folder), await exampleXlsx())
console.log('Wrote test/fixtures/legacy-practice-map.csv and .xlsx')
