import { regions } from '../../db/seed/reference-data.js'
import type { ReferenceData, Term } from '../reference/types.js'
import type { FormError } from '../../web/forms.js'
import { emptyTheoryOfChange } from '../theory-of-change/content.js'
import { levelLabels, scoreReadiness, type Readiness, type ReadinessLevel } from './readiness.js'
import type { OpenPracticeRow } from './repository.js'

export interface OpportunityFilters {
  topic: string | null
  purpose: string | null
  region: string | null
  stage: string | null
  readiness: ReadinessLevel | null
  shortlisted: boolean
}

export const noFilters: OpportunityFilters = {
  topic: null,
  purpose: null,
  region: null,
  stage: null,
  readiness: null,
  shortlisted: false,
}

export interface Opportunity {
  id: number
  slug: string
  title: string
  summary: string
  organisation: string
  region: { key: string; label: string } | null
  topics: Term[]
  purposes: Term[]
  stage: Term | null
  shortlisted: boolean
  /** null: no theory of change saved yet */
  readiness: Readiness | null
  readinessLevel: ReadinessLevel
}

const readinessOrder: Record<ReadinessLevel, number> = { ready: 0, nearly: 1, 'not-yet': 2 }

export function toOpportunity(row: OpenPracticeRow, ref: ReferenceData): Opportunity {
  const organisation = ref.organisationById.get(row.organisationId)
  const region = regions.find((r) => r.key === organisation?.region)
  const terms = (ids: number[]) => ids.map((id) => ref.termById.get(id)).filter((t): t is Term => t !== undefined)
  const readiness = row.theoryOfChange ? scoreReadiness({ ...emptyTheoryOfChange(), ...row.theoryOfChange }) : null
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    organisation: organisation?.name ?? '',
    region: region ? { key: region.key, label: region.label } : null,
    topics: terms(row.topicIds),
    purposes: terms(row.purposeIds),
    stage: row.stageId ? (ref.termById.get(row.stageId) ?? null) : null,
    shortlisted: row.shortlisted,
    readiness,
    readinessLevel: readiness?.level ?? 'not-yet',
  }
}

/** Shortlisted practice first (the rubric's shortlist), then the readiest, then by title. */
export function sortOpportunities(items: Opportunity[]): Opportunity[] {
  return [...items].sort(
    (a, b) =>
      Number(b.shortlisted) - Number(a.shortlisted) ||
      readinessOrder[a.readinessLevel] - readinessOrder[b.readinessLevel] ||
      a.title.localeCompare(b.title),
  )
}

export function matches(item: Opportunity, f: OpportunityFilters): boolean {
  return (
    (!f.topic || item.topics.some((t) => t.key === f.topic)) &&
    (!f.purpose || item.purposes.some((t) => t.key === f.purpose)) &&
    (!f.region || item.region?.key === f.region) &&
    (!f.stage || item.stage?.key === f.stage) &&
    (!f.readiness || item.readinessLevel === f.readiness) &&
    (!f.shortlisted || item.shortlisted)
  )
}

const one = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null
}

/** The filters from the query string; an unknown value is an error naming its filter, and filters nothing. */
export function parseFilters(
  query: unknown,
  ref: ReferenceData,
): { ok: true; filters: OpportunityFilters } | { ok: false; errors: FormError[] } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>
  const errors: FormError[] = []
  const termKey = (name: 'topic' | 'purpose' | 'stage', what: string) => {
    const value = one(q[name])
    if (value === null) return null
    if (ref.terms.some((t) => t.taxonomy === name && t.key === value)) return value
    errors.push({ fieldId: name, href: `#${name}`, text: `Select a ${what} from the list` })
    return null
  }
  const topic = termKey('topic', 'topic')
  const purpose = termKey('purpose', 'purpose')
  const stage = termKey('stage', 'stage of practice')
  const regionValue = one(q.region)
  const region = regionValue && regions.some((r) => r.key === regionValue) ? regionValue : null
  if (regionValue && !region) errors.push({ fieldId: 'region', href: '#region', text: 'Select a region from the list' })
  const readinessValue = one(q.readiness)
  const readiness = readinessValue && readinessValue in levelLabels ? (readinessValue as ReadinessLevel) : null
  if (readinessValue && !readiness)
    errors.push({ fieldId: 'readiness', href: '#readiness', text: 'Select a readiness level from the list' })
  const shortlistedValue = one(q.shortlisted)
  if (shortlistedValue && shortlistedValue !== 'yes')
    errors.push({ fieldId: 'shortlisted', href: '#shortlisted', text: 'Shortlisted can only be ticked or left empty' })
  if (errors.length) return { ok: false, errors }
  return { ok: true, filters: { topic, purpose, region, stage, readiness, shortlisted: shortlistedValue === 'yes' } }
}

export interface FilterOption {
  value: string
  text: string
  selected: boolean
}

/** The choices of each filter with how many of the listed practice each would find. */
export function filterOptions(all: Opportunity[], f: OpportunityFilters, ref: ReferenceData) {
  const count = (pick: (o: Opportunity) => boolean) => all.filter(pick).length
  const termOptions = (taxonomy: string, selected: string | null, has: (o: Opportunity, key: string) => boolean) => [
    { value: '', text: 'Any', selected: selected === null },
    ...ref.terms
      .filter((t) => t.taxonomy === taxonomy)
      .sort((a, b) => a.position - b.position)
      .map((t) => ({
        value: t.key,
        text: `${t.label} (${count((o) => has(o, t.key))})`,
        selected: selected === t.key,
      })),
  ]
  return {
    topic: termOptions('topic', f.topic, (o, k) => o.topics.some((t) => t.key === k)),
    purpose: termOptions('purpose', f.purpose, (o, k) => o.purposes.some((t) => t.key === k)),
    stage: termOptions('stage', f.stage, (o, k) => o.stage?.key === k),
    region: [
      { value: '', text: 'Any', selected: f.region === null },
      ...regions.map((r) => ({
        value: r.key,
        text: `${r.label} (${count((o) => o.region?.key === r.key)})`,
        selected: f.region === r.key,
      })),
    ],
    readiness: [
      { value: '', text: 'Any', selected: f.readiness === null },
      ...(['ready', 'nearly', 'not-yet'] as const).map((level) => ({
        value: level,
        text: `${levelLabels[level]} (${count((o) => o.readinessLevel === level)})`,
        selected: f.readiness === level,
      })),
    ],
    shortlistedCount: count((o) => o.shortlisted),
  }
}
