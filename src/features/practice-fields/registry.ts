import type { ContentField } from '../submissions/content.js'
import type { SectionKey } from '../submissions/sections.js'

/**
 * One description of every answer a contributor gives about a practice: which page of the form asks
 * it, what kind of answer it is, who may read it once published, and where readers find it.
 * The comparison of versions (contentFields), the practice page's text sections and the API's text
 * fields are built from it, and test/practice-fields-registry.test.ts walks every field to the
 * practice page and the API, so a field cannot be asked and then quietly dropped.
 */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'email'
  | 'phone'
  | 'choice'
  | 'multi'
  | 'date'
  | 'boolean'
  | 'organisation'
  | 'call'
  | 'call-answers'
  | 'consent'

/**
 * reader: shown on the published page and in the API to whoever may see the practice;
 * contact-consent: shown only when the contributor agreed that readers may contact them;
 * reviewer: seen by reviewers only (consents and the contributor's own view of the outcome).
 */
export type Audience = 'reader' | 'contact-consent' | 'reviewer'

/** Where on the practice page a reader finds the answer. */
export type Placement = 'header' | 'details' | 'narrative' | 'evaluation' | 'call-answers' | 'contact'

interface BaseField {
  /** the words used on check-your-answers' comparison and the review page's list of changes */
  label: string
  /** the page of the form that asks it */
  section: SectionKey
  kind: FieldKind
}

export interface ReaderField extends BaseField {
  audience: 'reader' | 'contact-consent'
  reader: {
    placement: Placement
    /** the name of the API's property that carries it */
    api: string
    /** the heading and anchor of its own section (narrative fields) */
    heading?: string
    anchor?: string
  }
}

export interface ReviewerField extends BaseField {
  audience: 'reviewer'
}

export type PracticeField = ReaderField | ReviewerField

const narrative = (api: string, heading: string, anchor: string) =>
  ({ placement: 'narrative', api, heading, anchor }) as const

/** Every field of PracticeContent, in the order the form asks them (TypeScript refuses a missing one). */
export const practiceFields: { readonly [K in ContentField]: PracticeField } = {
  organisationId: {
    label: 'Organisation',
    section: 'organisation',
    kind: 'organisation',
    audience: 'reader',
    reader: { placement: 'details', api: 'organisation' },
  },
  contactName: {
    label: 'Contact name',
    section: 'organisation',
    kind: 'text',
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactRole: {
    label: 'Contact role',
    section: 'organisation',
    kind: 'text',
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactEmail: {
    label: 'Contact e-mail',
    section: 'organisation',
    kind: 'email',
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactPhone: {
    label: 'Contact phone',
    section: 'organisation',
    kind: 'phone',
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  otherOrganisations: {
    label: 'Other organisations involved',
    section: 'organisation',
    kind: 'long-text',
    audience: 'reader',
    reader: { placement: 'details', api: 'otherOrganisations' },
  },
  title: {
    label: 'Title',
    section: 'about',
    kind: 'text',
    audience: 'reader',
    reader: { placement: 'header', api: 'title' },
  },
  summary: {
    label: 'Summary',
    section: 'about',
    kind: 'long-text',
    audience: 'reader',
    reader: { placement: 'header', api: 'summary' },
  },
  problem: {
    label: 'The problem it addresses',
    section: 'about',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('problem', 'The problem', 'problem'),
  },
  aims: {
    label: 'Aims and intended outcomes',
    section: 'about',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('aims', 'Aims and intended outcomes', 'aims'),
  },
  approach: {
    label: 'What was done',
    section: 'what-you-did',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('approach', 'What was done', 'approach'),
  },
  targetGroupIds: {
    label: 'Who it is for',
    section: 'what-you-did',
    kind: 'multi',
    audience: 'reader',
    reader: { placement: 'details', api: 'targetGroups' },
  },
  topicIds: {
    label: 'Topics',
    section: 'what-you-did',
    kind: 'multi',
    audience: 'reader',
    reader: { placement: 'details', api: 'topics' },
  },
  purposeIds: {
    label: 'Purposes',
    section: 'what-you-did',
    kind: 'multi',
    audience: 'reader',
    reader: { placement: 'details', api: 'purposes' },
  },
  scaleId: {
    label: 'Scale',
    section: 'what-you-did',
    kind: 'choice',
    audience: 'reader',
    reader: { placement: 'details', api: 'scale' },
  },
  startDate: {
    label: 'Start date',
    section: 'what-you-did',
    kind: 'date',
    audience: 'reader',
    reader: { placement: 'details', api: 'startDate' },
  },
  stillRunning: {
    label: 'Still running',
    section: 'what-you-did',
    kind: 'boolean',
    audience: 'reader',
    // readers see "Still running" where the end date would be; the API gives no end date
    reader: { placement: 'details', api: 'endDate' },
  },
  endDate: {
    label: 'End date',
    section: 'what-you-did',
    kind: 'date',
    audience: 'reader',
    reader: { placement: 'details', api: 'endDate' },
  },
  partnerSectorIds: {
    label: 'Partner sectors',
    section: 'what-you-did',
    kind: 'multi',
    audience: 'reader',
    reader: { placement: 'details', api: 'partnerSectors' },
  },
  partners: {
    label: 'Partners',
    section: 'what-you-did',
    kind: 'long-text',
    audience: 'reader',
    reader: { placement: 'details', api: 'partners' },
  },
  callId: {
    label: 'Call for practice',
    section: 'call-questions',
    kind: 'call',
    audience: 'reader',
    reader: { placement: 'details', api: 'call' },
  },
  callAnswers: {
    label: 'Answers to the call',
    section: 'call-questions',
    kind: 'call-answers',
    audience: 'reader',
    reader: { placement: 'call-answers', api: 'callAnswers' },
  },
  resources: {
    label: 'Staffing and costs',
    section: 'resources',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('resources', 'Resources', 'resources'),
  },
  implementationChallenges: {
    label: 'Challenges met while implementing',
    section: 'resources',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('implementationChallenges', 'Implementation challenges', 'challenges'),
  },
  lessonsLearned: {
    label: 'Lessons learned',
    section: 'resources',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('lessonsLearned', 'Lessons learned', 'lessons'),
  },
  sustainability: {
    label: 'Sustainability',
    section: 'resources',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('sustainability', 'Sustainability', 'sustainability'),
  },
  stageId: {
    label: 'Stage of practice',
    section: 'evidence',
    kind: 'choice',
    audience: 'reader',
    reader: { placement: 'details', api: 'stage' },
  },
  evaluationMethod: {
    label: 'How it was evaluated',
    section: 'evidence',
    kind: 'long-text',
    audience: 'reader',
    reader: { placement: 'evaluation', api: 'evaluationMethod' },
  },
  evaluationResults: {
    label: 'Results',
    section: 'evidence',
    kind: 'long-text',
    audience: 'reader',
    reader: { placement: 'evaluation', api: 'evaluationResults' },
  },
  selfOutcomeId: {
    label: "Contributor's view of the outcome",
    section: 'evidence',
    kind: 'choice',
    audience: 'reviewer',
  },
  links: {
    label: 'Links',
    section: 'evidence',
    kind: 'long-text',
    audience: 'reader',
    reader: narrative('links', 'Links', 'links'),
  },
  consentPublication: { label: 'May be published', section: 'sharing', kind: 'consent', audience: 'reviewer' },
  consentShowContact: {
    label: 'Contact details may be shown',
    section: 'sharing',
    kind: 'consent',
    audience: 'reviewer',
  },
  consentResearch: {
    label: 'May be introduced to researchers',
    section: 'sharing',
    kind: 'consent',
    audience: 'reviewer',
  },
  consentEvents: {
    label: 'May be invited to learning events',
    section: 'sharing',
    kind: 'consent',
    audience: 'reviewer',
  },
  consentGovernment: {
    label: 'May be discussed with government departments',
    section: 'sharing',
    kind: 'consent',
    audience: 'reviewer',
  },
  privacyNoticeRead: { label: 'Privacy notice read', section: 'sharing', kind: 'consent', audience: 'reviewer' },
}

export const practiceFieldKeys = Object.keys(practiceFields) as ContentField[]

/** The fields readers may see (some only with the contributor's consent to be contacted). */
export function readerFields(): [ContentField, ReaderField][] {
  return practiceFieldKeys.flatMap((key) => {
    const field = practiceFields[key]
    return field.audience === 'reviewer' ? [] : [[key, field] as [ContentField, ReaderField]]
  })
}

/** Free-text fields that readers see as they were written, under the same name in the API. */
export function readerTextFields(): ContentField[] {
  return readerFields()
    .filter(
      ([key, field]) =>
        field.audience === 'reader' &&
        (field.kind === 'text' || field.kind === 'long-text') &&
        field.reader.api === key,
    )
    .map(([key]) => key)
}
