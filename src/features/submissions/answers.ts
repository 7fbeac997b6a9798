import { formatDate } from '../../web/format.js'
import type { ReferenceData } from '../reference/types.js'
import type { PracticeContent } from './content.js'
import { termsOf, type FormContext } from './forms/fields.js'
import { sectionsFor, type SectionKey } from './sections.js'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

type Answer = string | string[] | null | undefined

function answerHtml(value: Answer): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="govuk-hint">Not answered</span>'
    return `<ul class="govuk-list">${value.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>`
  }
  if (value === null || value === undefined || value === '') return '<span class="govuk-hint">Not answered</span>'
  return escapeHtml(value).replace(/\r?\n/g, '<br>')
}

const labels = (ref: ReferenceData, taxonomy: string, ids: readonly number[]) =>
  termsOf(ref, taxonomy)
    .filter((t) => ids.includes(t.id))
    .map((t) => t.label)
const label = (ref: ReferenceData, id: number | null) => (id === null ? null : (ref.termById.get(id)?.label ?? null))
const yesNo = (value: boolean | null) => (value === true ? 'Yes' : value === false ? 'No' : null)

const publication: Record<string, string> = {
  public: 'To everyone',
  policing: 'To policing only',
  none: 'Not at all',
}

/** [question, answer, field id on its page] for each section. */
function answersOf(
  content: PracticeContent,
  { ref, call }: FormContext,
): Record<SectionKey, [string, Answer, string][]> {
  return {
    organisation: [
      ['Organisation', ref.organisationById.get(content.organisationId)?.name, 'organisation'],
      ['Contact name', content.contactName, 'contactName'],
      ['Contact role', content.contactRole, 'contactRole'],
      ['Contact e-mail address', content.contactEmail, 'contactEmail'],
      ['Contact telephone number', content.contactPhone, 'contactPhone'],
      ['Other organisations involved', content.otherOrganisations, 'otherOrganisations'],
    ],
    about: [
      ['Title', content.title, 'title'],
      ['Summary', content.summary, 'summary'],
      ['The problem it addresses', content.problem, 'problem'],
      ['Aims and intended outcomes', content.aims, 'aims'],
    ],
    'what-you-did': [
      ['What you did', content.approach, 'approach'],
      ['Who it is for', labels(ref, 'target-group', content.targetGroupIds), 'targetGroups'],
      ['Topics', labels(ref, 'topic', content.topicIds), 'topics'],
      ['Purposes', labels(ref, 'purpose', content.purposeIds), 'purposes'],
      ['Scale', label(ref, content.scaleId), 'scale'],
      ['Start date', formatDate(content.startDate), 'startDate-day'],
      ['Still running', yesNo(content.stillRunning), 'stillRunning'],
      ...(content.stillRunning === false
        ? [['End date', formatDate(content.endDate), 'endDate-day'] as [string, Answer, string]]
        : []),
      ['Partner sectors', labels(ref, 'partner-sector', content.partnerSectorIds), 'partnerSectors'],
      ['Partners', content.partners, 'partners'],
    ],
    'call-questions': (call?.questions ?? []).map((q) => {
      const answer = content.callAnswers?.[q.key]
      const value =
        q.kind === 'checkboxes'
          ? (q.options ?? []).filter(([key]) => [answer].flat().includes(key)).map(([, text]) => text)
          : (answer as string | undefined)
      return [q.label, value, `call-${q.key}`]
    }),
    resources: [
      ['Staffing and costs', content.resources, 'resources'],
      ['Challenges met while implementing', content.implementationChallenges, 'implementationChallenges'],
      ['Lessons learned', content.lessonsLearned, 'lessonsLearned'],
      ['Sustainability', content.sustainability, 'sustainability'],
    ],
    evidence: [
      ['Stage of practice', label(ref, content.stageId), 'stage'],
      ['How it was evaluated', content.evaluationMethod, 'evaluationMethod'],
      ['Results', content.evaluationResults, 'evaluationResults'],
      ['Your view of the outcome', label(ref, content.selfOutcomeId), 'selfOutcome'],
      ['Links', content.links?.split('\n') ?? [], 'links'],
    ],
    sharing: [
      [
        'Who it may be published to',
        content.consentPublication ? publication[content.consentPublication] : null,
        'consentPublication',
      ],
      ['Readers may see the contact details', yesNo(content.consentShowContact), 'consentShowContact'],
      ['We may introduce you to researchers', yesNo(content.consentResearch), 'consentResearch'],
      ['We may invite you to learning events', yesNo(content.consentEvents), 'consentEvents'],
      ['We may discuss it with government departments', yesNo(content.consentGovernment), 'consentGovernment'],
      ['Privacy notice read', content.privacyNoticeRead ? 'Yes' : null, 'privacyNoticeRead'],
    ],
  }
}

/** One summary card per section for check your answers, with change links when it can be changed. */
export function answerCards(
  content: PracticeContent,
  ctx: FormContext,
  options: { basePath: string; editable: boolean; attachments: string[] },
) {
  const answers = answersOf(content, ctx)
  const cards = sectionsFor(ctx).map((section) => ({
    key: section.key,
    title: section.title,
    rows: answers[section.key].map(([question, answer, field]) => ({
      key: { text: question },
      value: { html: answerHtml(answer) },
      actions: options.editable
        ? {
            items: [
              {
                href: `${options.basePath}/${section.key}?returnTo=check-answers#${field}`,
                text: 'Change',
                visuallyHiddenText: question.toLowerCase(),
              },
            ],
          }
        : undefined,
    })),
  }))
  cards.splice(cards.length - 1, 0, {
    key: 'attachments' as SectionKey,
    title: 'Attachments',
    rows: [
      {
        key: { text: 'Files' },
        value: { html: options.attachments.length ? answerHtml(options.attachments) : 'None' },
        actions: options.editable
          ? { items: [{ href: `${options.basePath}/attachments`, text: 'Change', visuallyHiddenText: 'attachments' }] }
          : undefined,
      },
    ],
  })
  return cards
}
