import type { ReferenceData } from '../reference/types.js'
import { callField } from './forms/call-questions.js'
import { termsOf, type FormContext } from './forms/fields.js'
import type { Section } from './sections.js'

type Values = Record<string, unknown>

const asList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map(String)

/** Items for govukCheckboxes or govukRadios, ticked from the values. */
export function choiceItems(
  options: readonly (readonly [string, string])[],
  value: unknown,
  hints: Record<string, string> = {},
) {
  const chosen = asList(value)
  return options.map(([key, label]) => ({
    value: key,
    text: label,
    checked: chosen.includes(key),
    ...(hints[key] ? { hint: { text: hints[key] } } : {}),
  }))
}

const termOptions = (ref: ReferenceData, taxonomy: string) =>
  termsOf(ref, taxonomy).map((t): [string, string] => [t.key, t.label])

const yesNoItems = (value: unknown) =>
  choiceItems(
    [
      ['yes', 'Yes'],
      ['no', 'No'],
    ],
    value,
  )

/** What a section's page needs besides the values: its lists of options. */
export function sectionOptions(section: Section, { ref, call }: FormContext, values: Values): Record<string, unknown> {
  switch (section.key) {
    case 'organisation':
      return {
        organisationItems: [
          { value: '', text: 'Select an organisation' },
          ...ref.organisations.map((o) => ({ value: o.code, text: o.name, selected: o.code === values.organisation })),
        ],
      }
    case 'what-you-did':
      return {
        targetGroupItems: choiceItems(termOptions(ref, 'target-group'), values.targetGroups),
        topicItems: choiceItems(termOptions(ref, 'topic'), values.topics),
        purposeItems: choiceItems(termOptions(ref, 'purpose'), values.purposes),
        scaleItems: choiceItems(termOptions(ref, 'scale'), values.scale),
        partnerSectorItems: choiceItems(termOptions(ref, 'partner-sector'), values.partnerSectors),
      }
    case 'call-questions':
      return {
        callTitle: call?.title,
        questions: (call?.questions ?? []).map((q) => ({
          ...q,
          field: callField(q),
          items: q.kind === 'checkboxes' ? choiceItems(q.options ?? [], values[callField(q)]) : [],
        })),
      }
    case 'evidence':
      return {
        stageItems: choiceItems(termOptions(ref, 'stage'), values.stage, {
          untested: 'It has not been evaluated yet',
          'evaluated-locally': 'Your organisation or a partner looked at whether it worked',
          'independently-evaluated': 'Someone independent, such as a university, evaluated it',
        }),
        outcomeItems: choiceItems(termOptions(ref, 'outcome-category'), values.selfOutcome, {
          worked: 'There is good evidence that it achieved what it set out to do',
          promising: 'Early signs are good, but the evidence is not yet strong',
          'new-or-innovative': 'It is too new to say',
          'did-not-work': 'It did not achieve what it set out to do, and others can learn from that',
        }),
      }
    case 'sharing':
      return {
        publicationItems: choiceItems(
          [
            ['public', 'To everyone, on the public website'],
            ['policing', 'To policing only: people signed in with a police e-mail address'],
            ['none', 'Not at all: only the programme team may read it'],
          ],
          values.consentPublication,
        ),
        showContactItems: yesNoItems(values.consentShowContact),
        researchItems: yesNoItems(values.consentResearch),
        eventsItems: yesNoItems(values.consentEvents),
        governmentItems: yesNoItems(values.consentGovernment),
        privacyItems: choiceItems([['yes', 'I have read the privacy notice']], values.privacyNoticeRead),
      }
    default:
      return {}
  }
}
