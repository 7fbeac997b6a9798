import { regions } from '../../db/seed/reference-data.js'
import { answerValue } from '../practice-fields/answers.js'
import { readerFields, type FieldKind, type ReaderField } from '../practice-fields/registry.js'
import type { ReferenceData } from '../reference/types.js'
import type { ContentField, PracticeContent } from '../submissions/content.js'
import type { ExportSourceRow } from './repository.js'

/** One cell: text, a list of labels, yes or no, or nothing. */
export type CellValue = string | string[] | boolean | null

export interface ExportColumn {
  /** the property in JSON lines */
  key: string
  /** the column's heading in CSV and Excel */
  heading: string
  /** what it holds, for the field list on /data */
  description: string
  value(row: ExportSourceRow, ref: ReferenceData): CellValue
}

/** Who an export is for: a viewer's own search (contact details with consent), or the open-data file. */
export type ExportAudience = 'viewer' | 'open-data'

const kindDescriptions: Record<FieldKind, string> = {
  text: 'Text, as the contributor wrote it',
  'long-text': 'Text, as the contributor wrote it',
  email: 'An e-mail address',
  phone: 'A telephone number',
  choice: 'One label',
  multi: 'Labels, separated by semicolons in CSV and Excel; a list in JSON lines',
  date: 'A date, written YYYY-MM-DD',
  boolean: 'Yes or No (true or false in JSON lines)',
  organisation: 'The name of the force or organisation',
  call: 'The title of the call for practice it answered',
  'call-answers': 'Each answer as “question: answer”, separated by semicolons in CSV and Excel',
  consent: 'Yes or No',
}

const asContent = (row: ExportSourceRow) => row.practice as unknown as PracticeContent

/** A field of the one description of a practice, as readers see it (dates as ISO dates, lists as lists). */
function fieldValue(key: ContentField, field: ReaderField, row: ExportSourceRow, ref: ReferenceData): CellValue {
  const raw = row.practice[key as keyof ExportSourceRow['practice']]
  if (field.audience === 'contact-consent' && !row.practice.consentShowContact) return null
  if (raw === null || raw === undefined) return null
  if (field.kind === 'date') return String(raw)
  if (field.kind === 'boolean') return raw === true
  const value = answerValue(key, asContent(row), ref)
  if (Array.isArray(value)) return value
  return value === '' ? null : value
}

/**
 * The registry's reader fields become columns under their API names; fields that share an API name
 * (the four contact details, still running beside the end date) keep their own names.
 */
function registryColumns(audience: ExportAudience): ExportColumn[] {
  const fields = readerFields().filter(([, field]) => audience === 'viewer' || field.audience === 'reader')
  const apiNameCount = new Map<string, number>()
  for (const [, field] of readerFields()) {
    apiNameCount.set(field.reader.api, (apiNameCount.get(field.reader.api) ?? 0) + 1)
  }
  return fields.map(([key, field]) => ({
    key: apiNameCount.get(field.reader.api) === 1 ? field.reader.api : key,
    heading: field.label,
    description:
      field.audience === 'contact-consent'
        ? `${kindDescriptions[field.kind]}; blank unless the contributor agreed that readers may see it`
        : kindDescriptions[field.kind],
    value: (row, ref) => fieldValue(key, field, row, ref),
  }))
}

const labels = (ids: readonly number[] | null, ref: ReferenceData): string[] =>
  (ids ?? [])
    .map((id) => ref.termById.get(id))
    .filter((t) => t !== undefined)
    .sort((a, b) => a.position - b.position)
    .map((t) => t.label)

const iso = (date: Date | null) => (date ? date.toISOString() : null)

/**
 * Every column of an export, in order: what identifies the practice, the contributor's answers in the
 * order the form asks them, then what reviewers decided when they published it.
 */
export function exportColumns(audience: ExportAudience, baseUrl: string): ExportColumn[] {
  const identity: ExportColumn[] = [
    {
      key: 'reference',
      heading: 'Reference',
      description: 'The practice’s reference, for example PB-2026-0042 (blank for some older practice)',
      value: (row) => row.practice.reference,
    },
    {
      key: 'url',
      heading: 'Address',
      description: 'The address of the practice’s page in Practice Bank',
      value: (row) => `${baseUrl}/practices/${row.practice.slug}`,
    },
  ]
  const decided: ExportColumn[] = [
    {
      key: 'region',
      heading: 'Region',
      description: 'The police region of the organisation (blank for national bodies and partners)',
      value: (row) => regions.find((r) => r.key === row.organisation.region)?.label ?? null,
    },
    {
      key: 'outcome',
      heading: 'Outcome category',
      description: 'The outcome reviewers decided: Worked, Promising, New or innovative, or Did not work',
      value: (row, ref) => labels(row.practice.outcomeId ? [row.practice.outcomeId] : [], ref)[0] ?? null,
    },
    {
      key: 'recognition',
      heading: 'Recognised practice',
      description: 'Labels for how the practice has been recognised, separated by semicolons in CSV and Excel',
      value: (row, ref) => labels(row.practice.recognitionIds, ref),
    },
    ...(audience === 'viewer'
      ? [
          {
            key: 'visibility',
            heading: 'Who may read it',
            description: 'public, policing (people in policing only) or internal',
            value: (row: ExportSourceRow) => row.practice.visibility,
          },
        ]
      : []),
    {
      key: 'publishedAt',
      heading: 'First published',
      description: 'When it was first published, as an ISO 8601 date and time in UTC',
      value: (row) => iso(row.practice.publishedAt),
    },
    {
      key: 'lastUpdated',
      heading: 'Last updated',
      description: 'When its published content last changed, as an ISO 8601 date and time in UTC',
      value: (row) => iso(row.practice.contentUpdatedAt ?? row.practice.publishedAt ?? row.practice.updatedAt),
    },
  ]
  return [...identity, ...registryColumns(audience), ...decided]
}

/** A cell as one piece of text, for CSV and Excel. */
export function cellText(value: CellValue): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (Array.isArray(value)) return value.join('; ')
  return value
}

/**
 * A spreadsheet opening a CSV file treats a cell that starts with =, +, -, @ (or a tab or carriage
 * return before one) as a formula. A leading apostrophe makes it text, as OWASP advises.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
