import type { ContentField } from '../submissions/content.js'
import type { SectionKey } from '../submissions/sections.js'

/**
 * One description of every answer a contributor gives about a practice: which page of the form asks
 * it, what kind of answer it is, who may read it once published, and where readers find it.
 * The form's pages (their questions), check your answers, the comparison of versions (contentFields)
 * and the review page, the practice page's text sections and the API's text fields are all built
 * from it, and test/practice-fields-registry.test.ts walks every field from its form page to each of
 * those places, so a field cannot be asked and then quietly dropped.
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

/** How a question is put on its page of the form. */
export type Control =
  'input' | 'textarea' | 'count' | 'select' | 'checkboxes' | 'radios' | 'date' | 'privacy' | 'call-questions'

/**
 * Where a question's options come from: a taxonomy's terms (by its key), the organisations, or a
 * fixed list of the form's own (see section-view.ts).
 */
export type OptionSource =
  | 'organisations'
  | 'target-group'
  | 'topic'
  | 'purpose'
  | 'scale'
  | 'partner-sector'
  | 'implementation-challenge'
  | 'stage'
  | 'outcome-category'
  | 'yes-no'
  | 'publication'
  | 'privacy'

/** The question on the form, which check your answers repeats beside the answer. */
export interface FormQuestion {
  /** the id and name of its input; the anchor of its error message and of the "Change" link */
  id: string
  control: Control
  /** the question as asked; "(optional)" is added when it is optional */
  text: string
  hint?: string
  optional?: boolean
  options?: OptionSource
  /** a short explanation under some options, by option key */
  optionHints?: Record<string, string>
  /** long answers: the height of the box, and a word limit shown in the hint and counted as you type */
  rows?: number
  maxWords?: number
  type?: 'email' | 'tel'
  autocomplete?: string
  spellcheck?: boolean
  inline?: boolean
}

interface BaseField {
  /** the words used on check-your-answers' comparison and the review page's list of changes */
  label: string
  /** the page of the form that asks it */
  section: SectionKey
  kind: FieldKind
  /** how the form asks it (null: chosen before the form starts, as the call is) */
  form: FormQuestion | null
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
    form: {
      id: 'organisation',
      control: 'select',
      text: 'Organisation',
      hint: 'The force, national body or partner organisation whose practice this is',
      options: 'organisations',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'organisation' },
  },
  contactName: {
    label: 'Contact name',
    section: 'organisation',
    kind: 'text',
    form: { id: 'contactName', control: 'input', text: 'Contact name', autocomplete: 'name' },
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactRole: {
    label: 'Contact role',
    section: 'organisation',
    kind: 'text',
    form: {
      id: 'contactRole',
      control: 'input',
      text: 'Contact role',
      hint: 'For example, Detective Inspector, Safeguarding Hub',
      autocomplete: 'organization-title',
    },
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactEmail: {
    label: 'Contact e-mail',
    section: 'organisation',
    kind: 'email',
    form: {
      id: 'contactEmail',
      control: 'input',
      type: 'email',
      text: 'Contact e-mail address',
      autocomplete: 'email',
    },
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  contactPhone: {
    label: 'Contact phone',
    section: 'organisation',
    kind: 'phone',
    form: {
      id: 'contactPhone',
      control: 'input',
      type: 'tel',
      text: 'Contact telephone number',
      optional: true,
      autocomplete: 'tel',
    },
    audience: 'contact-consent',
    reader: { placement: 'contact', api: 'contact' },
  },
  otherOrganisations: {
    label: 'Other organisations involved',
    section: 'organisation',
    kind: 'long-text',
    form: {
      id: 'otherOrganisations',
      control: 'textarea',
      rows: 3,
      text: 'Other organisations involved',
      optional: true,
      hint: 'Other forces, councils, charities or health services who worked on it with you',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'otherOrganisations' },
  },
  title: {
    label: 'Title',
    section: 'about',
    kind: 'text',
    form: {
      id: 'title',
      control: 'input',
      text: 'Title',
      hint: 'A short name other forces will recognise, for example ‘Safer callbacks for domestic abuse victims’',
    },
    audience: 'reader',
    reader: { placement: 'header', api: 'title' },
  },
  summary: {
    label: 'Summary',
    section: 'about',
    kind: 'long-text',
    form: {
      id: 'summary',
      control: 'count',
      maxWords: 150,
      text: 'Summary',
      hint: 'What the practice is and what it achieves, in plain English',
    },
    audience: 'reader',
    reader: { placement: 'header', api: 'summary' },
  },
  problem: {
    label: 'The problem it addresses',
    section: 'about',
    kind: 'long-text',
    form: {
      id: 'problem',
      control: 'count',
      text: 'The problem it addresses',
      hint: 'What was happening before, and who was affected',
    },
    audience: 'reader',
    reader: narrative('problem', 'The problem', 'problem'),
  },
  aims: {
    label: 'Aims and intended outcomes',
    section: 'about',
    kind: 'long-text',
    form: {
      id: 'aims',
      control: 'count',
      text: 'Aims and intended outcomes',
      hint: 'What you set out to change, and how you would know',
    },
    audience: 'reader',
    reader: narrative('aims', 'Aims and intended outcomes', 'aims'),
  },
  approach: {
    label: 'What was done',
    section: 'what-you-did',
    kind: 'long-text',
    form: {
      id: 'approach',
      control: 'count',
      rows: 8,
      text: 'What you did',
      hint: 'The activities, who delivered them and how they work in practice',
    },
    audience: 'reader',
    reader: narrative('approach', 'What was done', 'approach'),
  },
  targetGroupIds: {
    label: 'Who it is for',
    section: 'what-you-did',
    kind: 'multi',
    form: { id: 'targetGroups', control: 'checkboxes', text: 'Who is it for?', options: 'target-group' },
    audience: 'reader',
    reader: { placement: 'details', api: 'targetGroups' },
  },
  topicIds: {
    label: 'Topics',
    section: 'what-you-did',
    kind: 'multi',
    form: { id: 'topics', control: 'checkboxes', text: 'Topics', options: 'topic' },
    audience: 'reader',
    reader: { placement: 'details', api: 'topics' },
  },
  purposeIds: {
    label: 'Purposes',
    section: 'what-you-did',
    kind: 'multi',
    form: {
      id: 'purposes',
      control: 'checkboxes',
      text: 'Purposes',
      hint: 'What the practice is mainly for. Select all that apply',
      options: 'purpose',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'purposes' },
  },
  scaleId: {
    label: 'Scale',
    section: 'what-you-did',
    kind: 'choice',
    form: { id: 'scale', control: 'radios', text: 'Scale', hint: 'How widely it runs', options: 'scale' },
    audience: 'reader',
    reader: { placement: 'details', api: 'scale' },
  },
  startDate: {
    label: 'Start date',
    section: 'what-you-did',
    kind: 'date',
    form: { id: 'startDate', control: 'date', text: 'When did the practice start?', hint: 'For example, 27 3 2022' },
    audience: 'reader',
    reader: { placement: 'details', api: 'startDate' },
  },
  stillRunning: {
    label: 'Still running',
    section: 'what-you-did',
    kind: 'boolean',
    form: { id: 'stillRunning', control: 'radios', text: 'Is the practice still running?', options: 'yes-no' },
    audience: 'reader',
    // readers see "Still running" where the end date would be; the API gives no end date
    reader: { placement: 'details', api: 'endDate' },
  },
  endDate: {
    label: 'End date',
    section: 'what-you-did',
    kind: 'date',
    form: {
      id: 'endDate',
      control: 'date',
      text: 'If it has ended, when did it end?',
      hint: 'Leave this blank if it is still running. For example, 31 12 2024',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'endDate' },
  },
  partnerSectorIds: {
    label: 'Partner sectors',
    section: 'what-you-did',
    kind: 'multi',
    form: {
      id: 'partnerSectors',
      control: 'checkboxes',
      text: 'Which sectors did you work with?',
      optional: true,
      options: 'partner-sector',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'partnerSectors' },
  },
  partners: {
    label: 'Partners',
    section: 'what-you-did',
    kind: 'long-text',
    form: {
      id: 'partners',
      control: 'textarea',
      rows: 3,
      text: 'Partners',
      optional: true,
      hint: 'The organisations you worked with and what each did',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'partners' },
  },
  callId: {
    label: 'Call for practice',
    section: 'call-questions',
    kind: 'call',
    form: null,
    audience: 'reader',
    reader: { placement: 'details', api: 'call' },
  },
  callAnswers: {
    label: 'Answers to the call',
    section: 'call-questions',
    kind: 'call-answers',
    form: { id: 'callAnswers', control: 'call-questions', text: 'Answers to the call' },
    audience: 'reader',
    reader: { placement: 'call-answers', api: 'callAnswers' },
  },
  resources: {
    label: 'Staffing and costs',
    section: 'resources',
    kind: 'long-text',
    form: {
      id: 'resources',
      control: 'count',
      text: 'Staffing and costs',
      hint: 'Who runs it, how much of their time it takes, and what it costs to set up and run',
    },
    audience: 'reader',
    reader: narrative('resources', 'Resources', 'resources'),
  },
  challengeIds: {
    label: 'Implementation challenges',
    section: 'resources',
    kind: 'multi',
    form: {
      id: 'challenges',
      control: 'checkboxes',
      text: 'Which of these did you find hard when putting it in place?',
      optional: true,
      options: 'implementation-challenge',
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'implementationChallengeTypes' },
  },
  implementationChallenges: {
    label: 'Challenges met while implementing',
    section: 'resources',
    kind: 'long-text',
    form: {
      id: 'implementationChallenges',
      control: 'count',
      text: 'Challenges met while implementing',
      hint: 'What got in the way, and how you dealt with it',
    },
    audience: 'reader',
    reader: narrative('implementationChallenges', 'Implementation challenges', 'challenges'),
  },
  lessonsLearned: {
    label: 'Lessons learned',
    section: 'resources',
    kind: 'long-text',
    form: {
      id: 'lessonsLearned',
      control: 'count',
      text: 'Lessons learned',
      hint: 'What you would tell another force starting the same thing',
    },
    audience: 'reader',
    reader: narrative('lessonsLearned', 'Lessons learned', 'lessons'),
  },
  sustainability: {
    label: 'Sustainability',
    section: 'resources',
    kind: 'long-text',
    form: {
      id: 'sustainability',
      control: 'count',
      text: 'Sustainability',
      optional: true,
      hint: 'How it will keep going: funding, ownership, or how it has become part of normal work',
    },
    audience: 'reader',
    reader: narrative('sustainability', 'Sustainability', 'sustainability'),
  },
  stageId: {
    label: 'Stage of practice',
    section: 'evidence',
    kind: 'choice',
    form: {
      id: 'stage',
      control: 'radios',
      text: 'Has the practice been evaluated?',
      options: 'stage',
      optionHints: {
        untested: 'It has not been evaluated yet',
        'evaluated-locally': 'Your organisation or a partner looked at whether it worked',
        'independently-evaluated': 'Someone independent, such as a university, evaluated it',
      },
    },
    audience: 'reader',
    reader: { placement: 'details', api: 'stage' },
  },
  evaluationMethod: {
    label: 'How it was evaluated',
    section: 'evidence',
    kind: 'long-text',
    form: {
      id: 'evaluationMethod',
      control: 'count',
      text: 'How it was evaluated',
      hint: 'Who evaluated it and how. Leave this blank if it has not been evaluated',
    },
    audience: 'reader',
    reader: { placement: 'evaluation', api: 'evaluationMethod' },
  },
  evaluationResults: {
    label: 'Results',
    section: 'evidence',
    kind: 'long-text',
    form: {
      id: 'evaluationResults',
      control: 'count',
      text: 'Results',
      hint: 'What the evaluation or your own monitoring found, with numbers if you have them',
    },
    audience: 'reader',
    reader: { placement: 'evaluation', api: 'evaluationResults' },
  },
  selfOutcomeId: {
    label: "Contributor's view of the outcome",
    section: 'evidence',
    kind: 'choice',
    form: {
      id: 'selfOutcome',
      control: 'radios',
      text: 'What do you think the outcome of the practice is?',
      hint: 'Your own view. Reviewers make their own judgement and keep yours beside it',
      options: 'outcome-category',
      optionHints: {
        worked: 'There is good evidence that it achieved what it set out to do',
        promising: 'Early signs are good, but the evidence is not yet strong',
        'new-or-innovative': 'It is too new to say',
        'did-not-work': 'It did not achieve what it set out to do, and others can learn from that',
      },
    },
    audience: 'reviewer',
  },
  links: {
    label: 'Links',
    section: 'evidence',
    kind: 'long-text',
    form: {
      id: 'links',
      control: 'textarea',
      rows: 4,
      text: 'Links',
      optional: true,
      hint: 'Web addresses of reports, websites or news stories about the practice, one on each line. Up to 10',
      spellcheck: false,
    },
    audience: 'reader',
    reader: narrative('links', 'Links', 'links'),
  },
  consentPublication: {
    label: 'May be published',
    section: 'sharing',
    kind: 'consent',
    form: {
      id: 'consentPublication',
      control: 'radios',
      text: 'Who may we publish the practice to?',
      options: 'publication',
    },
    audience: 'reviewer',
  },
  consentShowContact: {
    label: 'Contact details may be shown',
    section: 'sharing',
    kind: 'consent',
    form: {
      id: 'consentShowContact',
      control: 'radios',
      inline: true,
      text: 'May readers see the contact name and e-mail address?',
      options: 'yes-no',
    },
    audience: 'reviewer',
  },
  consentResearch: {
    label: 'May be introduced to researchers',
    section: 'sharing',
    kind: 'consent',
    form: {
      id: 'consentResearch',
      control: 'radios',
      inline: true,
      text: 'May we introduce you to researchers who could evaluate the practice?',
      options: 'yes-no',
    },
    audience: 'reviewer',
  },
  consentEvents: {
    label: 'May be invited to learning events',
    section: 'sharing',
    kind: 'consent',
    form: {
      id: 'consentEvents',
      control: 'radios',
      inline: true,
      text: 'May we invite you to present the practice at learning events?',
      options: 'yes-no',
    },
    audience: 'reviewer',
  },
  consentGovernment: {
    label: 'May be discussed with government departments',
    section: 'sharing',
    kind: 'consent',
    form: {
      id: 'consentGovernment',
      control: 'radios',
      inline: true,
      text: 'May we discuss the practice with government departments?',
      options: 'yes-no',
    },
    audience: 'reviewer',
  },
  privacyNoticeRead: {
    label: 'Privacy notice read',
    section: 'sharing',
    kind: 'consent',
    form: { id: 'privacyNoticeRead', control: 'privacy', text: 'Privacy notice', options: 'privacy' },
    audience: 'reviewer',
  },
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

/** The questions one page of the form asks, in order. */
export function questionsOf(section: SectionKey): [ContentField, PracticeField & { form: FormQuestion }][] {
  return practiceFieldKeys.flatMap((key) => {
    const field = practiceFields[key]
    return field.section === section && field.form ? [[key, field as PracticeField & { form: FormQuestion }]] : []
  })
}
