import { z } from 'zod'
import type { CallQuestion } from '../../../db/schema/index.js'
import type { PracticeContent } from '../content.js'
import { LONG_TEXT, someOf, text, type FormContext, type Mode } from './fields.js'

/** The form field of a call's question: prefixed, so a question key can never collide with ours. */
export const callField = (question: CallQuestion) => `call-${question.key}`

/** Call questions: built from the call's own questions (text → a long answer, checkboxes → options). */
export function callQuestionsSchema(mode: Mode, { call }: FormContext) {
  const questions = call?.questions ?? []
  const shape: Record<string, z.ZodType> = {}
  for (const question of questions) {
    shape[callField(question)] =
      question.kind === 'checkboxes'
        ? someOf(mode, {
            allowed: (question.options ?? []).map(([key]) => key),
            message: `Select at least one answer to ‘${question.label}’`,
          })
        : text(mode, {
            label: 'your answer',
            required: `Enter your answer to ‘${question.label}’`,
            max: LONG_TEXT,
          })
  }
  return z.object(shape).transform((v): Partial<PracticeContent> => {
    const answers: Record<string, string | string[]> = {}
    for (const question of questions) {
      const value = v[callField(question)] as string | string[] | null | undefined
      if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
        answers[question.key] = value
      }
    }
    return { callAnswers: answers }
  })
}

export function callQuestionsValues(content: PracticeContent, { call }: FormContext): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const question of call?.questions ?? []) values[callField(question)] = content.callAnswers?.[question.key]
  return values
}
