import type { ConsentPublication, practices } from '../../db/schema/index.js'
import { practiceFieldKeys, practiceFields } from '../practice-fields/registry.js'

type PracticeRow = typeof practices.$inferSelect

/**
 * Everything a contributor writes about a practice. A draft keeps it in the practice's own row;
 * a change to published practice keeps it in a revision (practice_revisions.content) until a
 * reviewer approves it, when it is copied onto the row.
 */
export interface PracticeContent {
  organisationId: number
  contactName: string | null
  contactRole: string | null
  contactEmail: string | null
  contactPhone: string | null
  otherOrganisations: string | null
  title: string
  summary: string
  problem: string | null
  aims: string | null
  approach: string | null
  targetGroupIds: number[]
  topicIds: number[]
  purposeIds: number[]
  scaleId: number | null
  startDate: string | null
  stillRunning: boolean | null
  endDate: string | null
  partnerSectorIds: number[]
  partners: string | null
  callId: number | null
  callAnswers: Record<string, string | string[]> | null
  resources: string | null
  challengeIds: number[] | null
  implementationChallenges: string | null
  lessonsLearned: string | null
  sustainability: string | null
  stageId: number | null
  evaluationMethod: string | null
  evaluationResults: string | null
  selfOutcomeId: number | null
  links: string | null
  consentPublication: ConsentPublication | null
  consentShowContact: boolean | null
  consentResearch: boolean | null
  consentEvents: boolean | null
  consentGovernment: boolean | null
  privacyNoticeRead: boolean | null
}

export type ContentField = keyof PracticeContent

/**
 * The fields in the order the form asks them, with the words used to compare two versions.
 * Built from the one description of a practice's fields (practice-fields/registry.ts).
 */
export const contentFields: readonly (readonly [ContentField, string])[] = practiceFieldKeys.map(
  (key) => [key, practiceFields[key].label] as const,
)

/** The content held on a practice's row. */
export function contentOf(row: PracticeRow): PracticeContent {
  const content = {} as Record<ContentField, unknown>
  for (const [field] of contentFields) content[field] = row[field]
  return content as unknown as PracticeContent
}

/** A stored revision's content, with any field it lacks (written before the field existed) taken from the row. */
export function revisionContent(stored: Record<string, unknown>, row: PracticeRow): PracticeContent {
  return { ...contentOf(row), ...stored } as PracticeContent
}

/** The fields whose values differ between two versions, for the reviewer's comparison. */
export function changedFields(before: PracticeContent, after: PracticeContent): ContentField[] {
  return contentFields
    .map(([field]) => field)
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
}
