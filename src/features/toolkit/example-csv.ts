import { stringify } from 'csv-stringify/sync'
import { knownColumns } from './csv-file.js'

/**
 * Two made-up interventions showing every column. The text is illustrative, written for this file; it
 * is not the Toolkit's. Importing it as it is adds two entries whose titles say they are examples.
 */
const exampleRows: Record<string, string>[] = [
  {
    source_id: 'example-street-lighting',
    title: 'Example: brighter street lighting',
    summary: 'Replacing dim or broken street lights on residential streets and paths with brighter, even lighting.',
    overall_effect: 'Reduces crime',
    evidence_strength: '3',
    problem: 'Crime in public places after dark',
    population: 'Residential streets, footpaths and car parks',
    effect: 'In this example, recorded crime fell on the relit streets, by day as well as by night.',
    effect_strength: '3',
    mechanism: 'More people use the street and can see what happens; residents take more pride in the area.',
    mechanism_strength: '2',
    moderators: 'Larger effects where lighting was poor to begin with.',
    moderators_strength: '2',
    implementation: 'Needs the highway authority on board and a survey of which lights to replace first.',
    implementation_strength: '1',
    economic_cost: 'Moderate to install; running costs often fall with modern lamps.',
    economic_cost_strength: '1',
    url: 'https://www.college.police.uk/research/crime-reduction-toolkit',
  },
  {
    source_id: 'example-prompt-letters',
    title: 'Example: letters prompting people to lock up',
    summary: 'A short, friendly letter to homes on streets where several doors were found unlocked.',
    overall_effect: 'No reliable effect',
    evidence_strength: '1',
    problem: 'Burglary through unlocked doors and windows',
    population: 'Households on streets with recent burglaries',
    effect: 'In this example, there was no clear change in burglary.',
    effect_strength: '1',
    mechanism: 'A reminder at the right time is meant to change a habit.',
    mechanism_strength: '0',
    moderators: '',
    moderators_strength: '',
    implementation: 'Easy to send; harder to time well.',
    implementation_strength: '1',
    economic_cost: 'Low.',
    economic_cost_strength: '1',
    url: '',
  },
]

/** The example file: every column the import knows, as a spreadsheet saves CSV UTF-8. */
export function exampleToolkitCsv(): string {
  const rows = [knownColumns, ...exampleRows.map((row) => knownColumns.map((column) => row[column] ?? ''))]
  return `\ufeff${stringify(rows, { record_delimiter: '\r\n' })}`
}
