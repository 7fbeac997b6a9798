import type { ReferenceData } from '../reference/types.js'
import { practiceFieldKeys, practiceFields } from '../practice-fields/registry.js'
import { contentFields, type ContentField, type PracticeContent } from '../submissions/content.js'
import { answerText } from '../practice-fields/answers.js'
import { sections, type SectionKey } from '../submissions/sections.js'

export interface AnswerRow {
  field: ContentField
  label: string
  /** the answer as plain text, as the reviewer reads it; empty when not answered */
  text: string
  /** long free text, shown as paragraphs and compared word by word */
  long: boolean
}

const longFields = new Set<ContentField>(practiceFieldKeys.filter((key) => practiceFields[key].kind === 'long-text'))

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
