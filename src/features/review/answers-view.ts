import type { ReferenceData } from '../reference/types.js'
import { practiceFieldKeys, practiceFields } from '../practice-fields/registry.js'
import { contentFields, type ContentField, type PracticeContent } from '../submissions/content.js'
import { answerText } from '../practice-fields/answers.js'

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
