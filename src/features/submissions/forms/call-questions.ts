import { z } from 'zod'
import type { CallQuestion } from '../../../db/schema/index.js'
import { isRequired, stemOf } from '../../calls/questions.js'
import type { PracticeContent } from '../content.js'
import { dateAnswer, dateParts, LONG_TEXT, oneOf, someOf, text, type FormContext, type Mode } from './fields.js'

/** The form field of a call's question: prefixed, so a question key can never collide with ours. */
export const callField = (question: CallQuestion) => `call-${question.key}`

export const SHORT_TEXT = 500

/** The date inputs of a call's questions (three boxes each). */
export const callDateFields = ({ call }: FormContext) =>
  (call?.questions ?? []).filter((q) => q.kind === 'date').map(callField)

/** The server's check of one answer, by the kind of question. */
function answerSchema(mode: Mode, question: CallQuestion): z.ZodType {
  const required = isRequired(question)
  const label = `‘${question.label}’`
  switch (question.kind) {
    case 'checkboxes':
      return someOf(mode, {
        allowed: (question.options ?? []).map(([key]) => key),
        message: `Select at least one answer to ${label}`,
        required,
      })
    case 'radios':
      return oneOf(mode, {
        allowed: (question.options ?? []).map(([key]) => key),
        message: `Select an answer to ${label}`,
        required,
      })
    case 'yesno':
      return oneOf(mode, { allowed: ['yes', 'no'], message: `Select yes or no for ${label}`, required })
    case 'date':
      return dateAnswer(mode, {
        label: `the date for ${label}`,
        required: required ? `Enter a date for ${label}` : null,
      })
    case 'short':
      return text(mode, {
        label: `your answer to ${label}`,
        required: required ? `Enter your answer to ${label}` : null,
        max: SHORT_TEXT,
      })
    default:
      return text(mode, {
        label: `your answer to ${label}`,
        required: required ? `Enter your answer to ${label}` : null,
        max: LONG_TEXT,
        maxWords: question.wordLimit,
      })
  }
}

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** Call questions: built from the call's own questions, each checked on the server by its kind. */
export function callQuestionsSchema(mode: Mode, { call }: FormContext) {
  const questions = call?.questions ?? []
  const shape: Record<string, z.ZodType> = {}
  for (const question of questions) shape[callField(question)] = answerSchema(mode, question)
  return z.object(shape).transform((v): Partial<PracticeContent> => {
    const answers: Record<string, string | string[]> = {}
    for (const question of questions) {
      const raw = v[callField(question)] as string | string[] | null | undefined
      const value = typeof raw === 'string' ? raw.trim() : raw
      if (!blank(value)) answers[question.key] = value as string | string[]
    }
    return { callAnswers: answers }
  })
}

/**
 * The form's values: each question's answer, or, for a question changed since this draft answered it,
 * the answer to its earlier wording when it is still an answer of the same kind (to check and save again).
 */
export function callQuestionsValues(content: PracticeContent, { call }: FormContext): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const answers = content.callAnswers ?? {}
  for (const question of call?.questions ?? []) {
    let answer = answers[question.key]
    if (answer === undefined) {
      const earlier = (call?.questionHistory ?? []).find(
        (old) => stemOf(old) === stemOf(question) && old.kind === question.kind && answers[old.key] !== undefined,
      )
      if (earlier) answer = answers[earlier.key]
    }
    values[callField(question)] =
      question.kind === 'date' ? dateParts(typeof answer === 'string' ? answer : null) : answer
  }
  return values
}
