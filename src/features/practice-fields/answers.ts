import type { ConsentPublication } from '../../db/schema/index.js'
import { formatDate } from '../../web/format.js'
import { callAnswerRows } from '../calls/questions.js'
import type { ReferenceData } from '../reference/types.js'
import type { ContentField, PracticeContent } from '../submissions/content.js'
import { practiceFieldKeys, practiceFields, type FieldKind } from './registry.js'

/** How far the contributor agreed it may be published, in the words of an answer. */
export const consentLabels: Record<ConsentPublication, string> = {
  public: 'Yes, to everyone',
  policing: 'Only to people in policing',
  none: 'No, not to be published',
}

const fieldsOfKind = (...kinds: FieldKind[]) =>
  new Set<ContentField>(practiceFieldKeys.filter((key) => kinds.includes(practiceFields[key].kind)))

const termFields = fieldsOfKind('choice', 'multi')
const dateFields = fieldsOfKind('date')

const yesNo = (value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : '')

/** The call's answers, question by question, with chosen options by their labels. */
export function callAnswerList(content: PracticeContent, ref: ReferenceData): [question: string, answer: string][] {
  const call = content.callId ? ref.callById.get(content.callId) : undefined
  // Each answer under the wording its contributor answered (see answeredQuestions).
  return callAnswerRows(call, content.callAnswers).map(({ question, answer }) => [
    question.label,
    Array.isArray(answer) ? answer.join('; ') : answer,
  ])
}

/**
 * One answer as the words a person reads (term labels, organisation and call names, GOV.UK dates,
 * Yes or No); lists of terms as a list. Empty when not answered.
 */
export function answerValue(field: ContentField, content: PracticeContent, ref: ReferenceData): string | string[] {
  const value = content[field]
  if (field === 'callAnswers') {
    return callAnswerList(content, ref)
      .filter(([, answer]) => answer !== '')
      .map(([question, answer]) => `${question}: ${answer}`)
  }
  if (value === null || value === undefined) return ''
  if (field === 'organisationId') return ref.organisationById.get(value as number)?.name ?? ''
  if (field === 'callId') {
    const call = ref.callById.get(value as number)
    return call ? call.title : ''
  }
  if (field === 'consentPublication') return consentLabels[value as ConsentPublication] ?? ''
  if (termFields.has(field)) {
    const ids = Array.isArray(value) ? (value as number[]) : [value as number]
    const labels = ids.map((id) => ref.termById.get(id)?.label).filter((label): label is string => Boolean(label))
    return practiceFields[field].kind === 'multi' ? labels : (labels[0] ?? '')
  }
  if (dateFields.has(field)) return formatDate(value as string)
  if (typeof value === 'boolean') return yesNo(value)
  return String(value)
}

/** One answer as a single piece of text (lists joined), as the review page compares them. */
export function answerText(field: ContentField, content: PracticeContent, ref: ReferenceData): string {
  const value = answerValue(field, content, ref)
  if (!Array.isArray(value)) return value
  return value.join(field === 'callAnswers' ? '\n\n' : ', ')
}
