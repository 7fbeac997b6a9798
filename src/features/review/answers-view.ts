import { formatDate } from '../../web/format.js'
import type { ReferenceData } from '../reference/types.js'
import { practiceFieldKeys, practiceFields, type FieldKind } from '../practice-fields/registry.js'
import { contentFields, type ContentField, type PracticeContent } from '../submissions/content.js'
import { sections, type SectionKey } from '../submissions/sections.js'
import { consentLabels } from './rules.js'

export interface AnswerRow {
  field: ContentField
  label: string
  /** the answer as plain text, as the reviewer reads it; empty when not answered */
  text: string
  /** long free text, shown as paragraphs and compared word by word */
  long: boolean
}

const fieldsOfKind = (...kinds: FieldKind[]) =>
  new Set<ContentField>(practiceFieldKeys.filter((key) => kinds.includes(practiceFields[key].kind)))

const longFields = fieldsOfKind('long-text')

const termFields = fieldsOfKind('choice', 'multi')

const dateFields = fieldsOfKind('date')

const yesNo = (value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : '')

/** The call's answers, question by question, with chosen options by their labels. */
function callAnswersText(content: PracticeContent, ref: ReferenceData): string {
  const answers = content.callAnswers
  if (!answers) return ''
  const call = content.callId ? ref.callById.get(content.callId) : undefined
  const questions = call?.questions ?? []
  return Object.entries(answers)
    .map(([key, answer]) => {
      const question = questions.find((q) => q.key === key)
      const options = new Map(question?.options ?? [])
      const value = Array.isArray(answer) ? answer.map((a) => options.get(a) ?? a).join('; ') : answer
      return `${question?.label ?? key}: ${value}`
    })
    .join('\n\n')
}

/** One field of the content as text a person reads. */
export function answerText(field: ContentField, content: PracticeContent, ref: ReferenceData): string {
  const value = content[field]
  if (value === null || value === undefined) return ''
  if (field === 'organisationId') return ref.organisationById.get(value as number)?.name ?? ''
  if (field === 'callId') {
    const call = ref.callById.get(value as number)
    return call ? `${call.title} (${call.year})` : ''
  }
  if (field === 'callAnswers') return callAnswersText(content, ref)
  if (field === 'consentPublication') return consentLabels[value as keyof typeof consentLabels] ?? ''
  if (termFields.has(field)) {
    const ids = Array.isArray(value) ? (value as number[]) : [value as number]
    return ids
      .map((id) => ref.termById.get(id)?.label)
      .filter(Boolean)
      .join(', ')
  }
  if (typeof value === 'boolean') return yesNo(value)
  if (dateFields.has(field)) return formatDate(value as string | Date)
  return String(value)
}

/** Every field the contributor answered, in the order the form asks them. */
export function answerRows(content: PracticeContent, ref: ReferenceData): AnswerRow[] {
  return contentFields.map(([field, label]) => ({
    field,
    label,
    text: answerText(field, content, ref),
    long: longFields.has(field) || field === 'callAnswers',
  }))
}

export interface AnswerSection {
  key: SectionKey
  /** the id of its part of the review page, for the contents list */
  id: string
  /** the title of the form's page that asked these questions */
  title: string
  answers: AnswerRow[]
  unanswered: number
}

/**
 * The answers grouped as the form's pages asked them, each group a collapsible part of the review page.
 * Call questions appear only for practice answering a call, as the form asks them only then.
 */
export function answerSections(content: PracticeContent, ref: ReferenceData): AnswerSection[] {
  const rows = answerRows(content, ref)
  return sections
    .filter((section) => section.key !== 'call-questions' || content.callId !== null)
    .map((section) => {
      const answers = rows.filter((row) => practiceFields[row.field].section === section.key)
      return {
        key: section.key,
        id: `answers-${section.key}`,
        title: section.title,
        answers,
        unanswered: answers.filter((a) => !a.text).length,
      }
    })
    .filter((section) => section.answers.length > 0)
}
