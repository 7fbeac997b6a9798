/**
 * The practice fields a spreadsheet column can be mapped to, with the header words that suggest each.
 * One list drives the mapping page, the guess from the headers and the row checks.
 */
export type ImportFieldKind =
  'text' | 'organisation' | 'topics' | 'purposes' | 'term' | 'date' | 'call' | 'consent' | 'email' | 'yes-no'

export interface ImportField {
  key: string
  label: string
  kind: ImportFieldKind
  /** for 'term': the taxonomy */
  taxonomy?: string
  /** lower-case header texts (or words in them) that suggest this field, best first */
  headers: string[]
  required?: boolean
  /** the practice column it fills; absent for the source reference, which lives in practice_sources */
  column?: string
}

export const importFields: readonly ImportField[] = [
  {
    key: 'reference',
    label: 'Reference in the spreadsheet',
    kind: 'text',
    headers: ['id', 'ref', 'reference', 'map id', 'practice id', 'row id', 'legacy ref'],
  },
  {
    key: 'title',
    label: 'Title',
    kind: 'text',
    column: 'title',
    required: true,
    headers: ['title', 'name of practice', 'practice name', 'initiative', 'project name', 'name'],
  },
  {
    key: 'summary',
    label: 'Summary',
    kind: 'text',
    column: 'summary',
    headers: ['summary', 'description', 'overview', 'brief description', 'abstract'],
  },
  {
    key: 'organisation',
    label: 'Force or organisation',
    kind: 'organisation',
    column: 'organisationId',
    required: true,
    headers: ['force', 'organisation', 'organization', 'police force', 'force name', 'lead force', 'agency'],
  },
  {
    key: 'topics',
    label: 'Topics',
    kind: 'topics',
    column: 'topicIds',
    headers: ['topics', 'topic', 'theme', 'themes', 'crime type', 'vulnerability', 'strand'],
  },
  {
    key: 'purposes',
    label: 'Purposes',
    kind: 'purposes',
    column: 'purposeIds',
    headers: ['purposes', 'purpose', 'type of practice', 'practice type', 'focus'],
  },
  {
    key: 'outcome',
    label: 'Outcome category',
    kind: 'term',
    taxonomy: 'outcome-category',
    column: 'outcomeId',
    headers: ['outcome', 'outcome category', 'result', 'rating', 'classification'],
  },
  {
    key: 'stage',
    label: 'Stage of practice',
    kind: 'term',
    taxonomy: 'stage',
    column: 'stageId',
    headers: ['stage', 'stage of practice', 'evaluation stage', 'evidence level', 'maturity'],
  },
  {
    key: 'startDate',
    label: 'Start date',
    kind: 'date',
    column: 'startDate',
    headers: ['start date', 'started', 'start', 'date started', 'launched', 'began'],
  },
  {
    key: 'endDate',
    label: 'End date',
    kind: 'date',
    column: 'endDate',
    headers: ['end date', 'ended', 'end', 'date ended', 'finished'],
  },
  {
    key: 'call',
    label: 'Call for practice, or its year',
    kind: 'call',
    column: 'callId',
    headers: ['call', 'call for practice', 'call year', 'year of call', 'submission round', 'round', 'year'],
  },
  {
    key: 'problem',
    label: 'The problem',
    kind: 'text',
    column: 'problem',
    headers: ['problem', 'issue', 'the problem', 'background', 'why'],
  },
  {
    key: 'aims',
    label: 'Aims and intended outcomes',
    kind: 'text',
    column: 'aims',
    headers: ['aims', 'aim', 'objectives', 'intended outcomes', 'goals'],
  },
  {
    key: 'approach',
    label: 'What was done',
    kind: 'text',
    column: 'approach',
    headers: ['what was done', 'approach', 'activities', 'method', 'how it works', 'what we did'],
  },
  {
    key: 'partners',
    label: 'Partners',
    kind: 'text',
    column: 'partners',
    headers: ['partners', 'partner agencies', 'partnership', 'working with'],
  },
  {
    key: 'resources',
    label: 'Resources',
    kind: 'text',
    column: 'resources',
    headers: ['resources', 'cost', 'costs', 'funding', 'staffing'],
  },
  {
    key: 'implementationChallenges',
    label: 'Implementation challenges',
    kind: 'text',
    column: 'implementationChallenges',
    headers: ['challenges', 'implementation challenges', 'barriers', 'difficulties'],
  },
  {
    key: 'lessonsLearned',
    label: 'Lessons learned',
    kind: 'text',
    column: 'lessonsLearned',
    headers: ['lessons', 'lessons learned', 'lessons learnt', 'learning'],
  },
  {
    key: 'evaluationMethod',
    label: 'How it was evaluated',
    kind: 'text',
    column: 'evaluationMethod',
    headers: ['evaluation method', 'evaluation', 'how evaluated', 'evaluated how'],
  },
  {
    key: 'evaluationResults',
    label: 'Evaluation results',
    kind: 'text',
    column: 'evaluationResults',
    headers: ['evaluation results', 'results', 'findings', 'impact', 'evidence of impact'],
  },
  {
    key: 'links',
    label: 'Links',
    kind: 'text',
    column: 'links',
    headers: ['links', 'link', 'url', 'website', 'further information'],
  },
  {
    key: 'contactName',
    label: 'Contact name',
    kind: 'text',
    column: 'contactName',
    headers: ['contact name', 'contact', 'lead officer', 'point of contact', 'spoc'],
  },
  {
    key: 'contactRole',
    label: 'Contact role',
    kind: 'text',
    column: 'contactRole',
    headers: ['contact role', 'job title', 'role', 'rank'],
  },
  {
    key: 'contactEmail',
    label: 'Contact e-mail',
    kind: 'email',
    column: 'contactEmail',
    headers: ['contact email', 'email', 'e-mail', 'email address', 'contact e-mail'],
  },
  {
    key: 'contactPhone',
    label: 'Contact phone',
    kind: 'text',
    column: 'contactPhone',
    headers: ['contact phone', 'phone', 'telephone', 'tel'],
  },
  {
    key: 'consentPublication',
    label: 'Consent to publish',
    kind: 'consent',
    column: 'consentPublication',
    headers: ['consent', 'consent to publish', 'publish', 'sharing', 'can be shared', 'share with'],
  },
  {
    key: 'consentShowContact',
    label: 'Consent to show the contact',
    kind: 'yes-no',
    column: 'consentShowContact',
    headers: ['contact consent', 'show contact', 'share contact details', 'contact can be shared'],
  },
]

export const ignoreColumn = 'ignore'
export const fieldByKey = new Map(importFields.map((f) => [f.key, f]))

const tidyHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/[_.:?*()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The key a mapping is saved under: the headers in order, tidied. */
export const headerKey = (headers: readonly string[]) => headers.map(tidyHeader).join('|')

/**
 * The best guess for each column: an exact header match first, then a header containing one of the
 * field's words; each field is used once at most, and a column nothing fits is ignored.
 */
export function guessMapping(headers: readonly string[]): string[] {
  const tidy = headers.map(tidyHeader)
  const taken = new Set<string>()
  const guess: string[] = tidy.map(() => ignoreColumn)
  const pass = (fits: (header: string, word: string) => boolean) => {
    tidy.forEach((header, column) => {
      if (guess[column] !== ignoreColumn || header === '') return
      const field = importFields.find((f) => !taken.has(f.key) && f.headers.some((w) => fits(header, w)))
      if (!field) return
      guess[column] = field.key
      taken.add(field.key)
    })
  }
  pass((header, word) => header === word)
  pass((header, word) => word.length > 3 && new RegExp(`\\b${word.replace(/[-]/g, '\\-')}\\b`).test(header))
  return guess
}
