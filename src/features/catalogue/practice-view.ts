import { regions } from '../../db/seed/reference-data.js'
import type { AttachmentLink } from '../attachments/service.js'
import { readerFields, readerTextFields, type ReaderField } from '../practice-fields/registry.js'
import type { ReferenceData, Term } from '../reference/types.js'
import { dimensions, overallEffectLabels, strengthLabel } from '../toolkit/emmie.js'
import type { EvidenceLinkRow, PracticeSummaryRow, PublishedPracticeRow } from './repository.js'

export interface TermLabel {
  key: string
  label: string
}

export interface PracticeSummary {
  slug: string
  title: string
  summary: string
  organisation: { code: string; name: string } | null
  region: TermLabel | null
  outcome: TermLabel | null
  stage: TermLabel | null
  topics: TermLabel[]
  visibility: string
  isDemo: boolean
  /** how many other forces adopted or adapted it */
  adoptionCount: number
  publishedAt: string | null
}

const toLabel = (term: Term | undefined): TermLabel | null => (term ? { key: term.key, label: term.label } : null)

export function regionLabel(key: string | null | undefined): TermLabel | null {
  const region = regions.find((r) => r.key === key)
  return region ? { key: region.key, label: region.label } : null
}

export function termLabels(ids: readonly number[], ref: ReferenceData): TermLabel[] {
  return ids
    .map((id) => ref.termById.get(id))
    .filter((t): t is Term => t !== undefined)
    .sort((a, b) => a.position - b.position)
    .map((t) => ({ key: t.key, label: t.label }))
}

export function toPracticeSummary(row: PracticeSummaryRow, ref: ReferenceData): PracticeSummary {
  const organisation = ref.organisationById.get(row.organisationId)
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    organisation: organisation ? { code: organisation.code, name: organisation.name } : null,
    region: regionLabel(organisation?.region),
    outcome: row.outcomeId ? toLabel(ref.termById.get(row.outcomeId)) : null,
    stage: row.stageId ? toLabel(ref.termById.get(row.stageId)) : null,
    topics: termLabels(row.topicIds, ref),
    visibility: row.visibility,
    isDemo: row.isDemo,
    adoptionCount: row.adoptionCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  }
}

export interface PracticeDetail extends PracticeSummary {
  reference: string | null
  problem: string | null
  aims: string | null
  approach: string | null
  targetGroups: TermLabel[]
  partnerSectors: TermLabel[]
  partners: string | null
  /** null: the contributor was not asked (practice sent before the question existed) */
  implementationChallengeTypes: TermLabel[] | null
  startDate: string | null
  endDate: string | null
  resources: string | null
  implementationChallenges: string | null
  lessonsLearned: string | null
  sustainability: string | null
  otherOrganisations: string | null
  links: string | null
  evaluationMethod: string | null
  evaluationResults: string | null
  purposes: TermLabel[]
  recognition: TermLabel[]
  scale: TermLabel | null
  call: { slug: string; title: string; year: number } | null
  callAnswers: Record<string, string | string[]> | null
  submittedAt: string | null
  updatedAt: string
  /** when the published content last changed: first publication or the last approved revision */
  lastUpdated: string
  attachments: AttachmentLink[]
  /** What Works Toolkit interventions a reviewer linked to this practice */
  evidence: EvidenceLink[]
  /** only when the contributor agreed that readers may see it */
  contact: { name: string | null; role: string | null; email: string | null; phone: string | null } | null
}

type PracticeRow = PublishedPracticeRow['practice']

/** The free-text answers readers see as written, every one the registry names. */
function readerTextOf(p: PracticeRow) {
  const text: Record<string, string | null> = {}
  for (const key of readerTextFields()) {
    const value = p[key]
    text[key] = typeof value === 'string' ? value : null
  }
  return text as Pick<
    PracticeDetail,
    | 'problem'
    | 'aims'
    | 'approach'
    | 'partners'
    | 'resources'
    | 'implementationChallenges'
    | 'lessonsLearned'
    | 'sustainability'
    | 'otherOrganisations'
    | 'links'
    | 'evaluationMethod'
    | 'evaluationResults'
  >
}

export interface NarrativeSection {
  anchor: string
  heading: string
  text: string
}

/** The practice page's text sections, in the order the form asks them, for the answers given. */
export function narrativeSections(practice: PracticeDetail): NarrativeSection[] {
  const byApi = practice as unknown as Record<string, unknown>
  return readerFields().flatMap(([, field]: [unknown, ReaderField]) => {
    const { placement, api, heading, anchor } = field.reader
    const value = byApi[api]
    if (placement !== 'narrative' || !heading || !anchor || typeof value !== 'string' || value === '') return []
    return [{ anchor, heading, text: value }]
  })
}

export interface EvidenceLink {
  slug: string
  title: string
  summary: string
  /** reduces-crime, mixed, no-reliable-effect or increases-crime; null when not recorded */
  overallEffect: string | null
  overallEffectLabel: string | null
  effect: string
  economicCost: string
  /** 0 (no reliable evidence) to 4 (very strong), or null when not rated */
  evidenceStrength: number | null
  evidenceStrengthLabel: string
  /** the EMMIE dimensions: what the evidence says and how strong it is, each shown on its own */
  dimensions: { key: string; label: string; text: string; strength: number | null; strengthLabel: string }[]
  url: string | null
  isSample: boolean
  retired: boolean
  /** the reviewer's note on how the practice relates to the intervention */
  note: string | null
}

export function toEvidenceLink(row: EvidenceLinkRow): EvidenceLink {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    overallEffect: row.overallEffect,
    overallEffectLabel: row.overallEffect ? overallEffectLabels[row.overallEffect] : null,
    effect: row.effect,
    economicCost: row.economicCost,
    evidenceStrength: row.evidenceStrength,
    evidenceStrengthLabel: strengthLabel(row.evidenceStrength),
    dimensions: dimensions.map((d) => ({
      key: d.key,
      label: d.label,
      text: row[d.key],
      strength: row[d.strength],
      strengthLabel: strengthLabel(row[d.strength]),
    })),
    url: row.url,
    isSample: row.isSample,
    retired: row.retired,
    note: row.note,
  }
}

export function toPracticeDetail(
  row: PublishedPracticeRow,
  ref: ReferenceData,
  attachments: AttachmentLink[] = [],
  evidence: EvidenceLinkRow[] = [],
): PracticeDetail {
  const p = row.practice
  return {
    ...toPracticeSummary(p, ref),
    ...readerTextOf(p),
    organisation: { code: row.organisation.code, name: row.organisation.name },
    region: regionLabel(row.organisation.region),
    reference: p.reference,
    targetGroups: termLabels(p.targetGroupIds, ref),
    partnerSectors: termLabels(p.partnerSectorIds, ref),
    implementationChallengeTypes: p.challengeIds ? termLabels(p.challengeIds, ref) : null,
    startDate: p.startDate,
    endDate: p.endDate,
    purposes: termLabels(p.purposeIds, ref),
    recognition: termLabels(p.recognitionIds, ref),
    scale: p.scaleId ? toLabel(ref.termById.get(p.scaleId)) : null,
    call: row.call,
    callAnswers: p.callAnswers ?? null,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    lastUpdated: (p.contentUpdatedAt ?? p.publishedAt ?? p.updatedAt).toISOString(),
    attachments,
    evidence: evidence.map(toEvidenceLink),
    contact:
      p.consentShowContact && (p.contactName || p.contactEmail || p.contactPhone)
        ? { name: p.contactName, role: p.contactRole, email: p.contactEmail, phone: p.contactPhone }
        : null,
  }
}
