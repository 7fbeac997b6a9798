import type { CallQuestion, CallQuestionKind } from '../../db/schema/index.js'
import { formatDate } from '../../web/format.js'

/** How each kind of question is named to admins. */
export const questionKindLabels: Record<CallQuestionKind, string> = {
  short: 'Short text',
  text: 'Long text',
  radios: 'One choice from a list',
  checkboxes: 'Several choices from a list',
  yesno: 'Yes or no',
  date: 'A date',
}

export const hasOptions = (kind: CallQuestionKind) => kind === 'radios' || kind === 'checkboxes'

export const isRequired = (question: CallQuestion) => question.required !== false

/** The key every version of a question shares. */
export const stemOf = (question: CallQuestion) => question.stem ?? question.key

export const versionOf = (question: CallQuestion) => question.version ?? 1

type Answer = string | string[] | undefined

/** An answer as the words a person reads: chosen options by their labels, dates as GOV.UK dates. */
export function answerWords(question: CallQuestion | undefined, answer: Answer): string | string[] {
  if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) return ''
  if (!question) return answer
  const options = new Map(question.options ?? [])
  if (question.kind === 'checkboxes') return [answer].flat().map((a) => options.get(a) ?? a)
  if (Array.isArray(answer)) return answer
  if (question.kind === 'radios') return options.get(answer) ?? answer
  if (question.kind === 'yesno') return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : answer
  if (question.kind === 'date') return formatDate(answer)
  return answer
}

/**
 * The questions a contributor answered, each in the wording they answered: the call's questions in
 * their order, an earlier version standing in where the answer was given to it, then answered questions
 * that have since been removed. Questions not answered are shown in their current wording.
 */
export function answeredQuestions(
  call: { questions: CallQuestion[]; questionHistory?: CallQuestion[] } | undefined,
  answers: Record<string, string | string[]> | null | undefined,
): CallQuestion[] {
  if (!call) return []
  const given = answers ?? {}
  const history = call.questionHistory ?? []
  const answered = (key: string) => given[key] !== undefined
  const shown = call.questions.map((question) => {
    if (answered(question.key)) return question
    const earlier = history
      .filter((old) => stemOf(old) === stemOf(question) && answered(old.key))
      .sort((a, b) => versionOf(b) - versionOf(a))[0]
    return earlier ?? question
  })
  const shownKeys = new Set(shown.map((q) => q.key))
  const shownStems = new Set(shown.map(stemOf))
  const removed = history.filter((old) => answered(old.key) && !shownKeys.has(old.key) && !shownStems.has(stemOf(old)))
  const extra = Object.keys(given)
    .filter((key) => !shownKeys.has(key) && !removed.some((q) => q.key === key))
    .map((key): CallQuestion => ({ key, label: key, kind: 'text' }))
  return [...shown, ...removed, ...extra]
}

/** [question as answered, answer in words] for each question, for review, the catalogue and exports. */
export function callAnswerRows(
  call: { questions: CallQuestion[]; questionHistory?: CallQuestion[] } | undefined,
  answers: Record<string, string | string[]> | null | undefined,
): { question: CallQuestion; answer: string | string[] }[] {
  return answeredQuestions(call, answers).map((question) => ({
    question,
    answer: answerWords(question, answers?.[question.key]),
  }))
}
