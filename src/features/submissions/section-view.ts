import type { CallQuestion } from '../../db/schema/index.js'
import { questionsOf, type FormQuestion, type OptionSource } from '../practice-fields/registry.js'
import { callField } from './forms/call-questions.js'
import { termsOf, type FormContext } from './forms/fields.js'
import type { Section } from './sections.js'

type Values = Record<string, unknown>
type Options = readonly (readonly [string, string])[]

const asList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map(String)

/** Items for govukCheckboxes or govukRadios, ticked from the values. */
export function choiceItems(options: Options, value: unknown, hints: Record<string, string> = {}) {
  const chosen = asList(value)
  return options.map(([key, label]) => ({
    value: key,
    text: label,
    checked: chosen.includes(key),
    ...(hints[key] ? { hint: { text: hints[key] } } : {}),
  }))
}

/** The form's own lists of options (the others are reference data). */
const fixedOptions: Partial<Record<OptionSource, Options>> = {
  'yes-no': [
    ['yes', 'Yes'],
    ['no', 'No'],
  ],
  publication: [
    ['public', 'To everyone, on the public website'],
    ['policing', 'To policing only: people signed in with a police e-mail address'],
    ['none', 'Not at all: only the programme team may read it'],
  ],
  privacy: [['yes', 'I have read the privacy notice']],
}

function optionsFor(source: OptionSource, { ref }: FormContext): Options {
  if (source === 'organisations') return ref.organisations.map((o) => [o.code, o.name] as const)
  return fixedOptions[source] ?? termsOf(ref, source).map((t) => [t.key, t.label] as const)
}

/** A question ready for the page's macro: its text with "(optional)", and its items. */
function questionView(question: FormQuestion, ctx: FormContext, values: Values) {
  const label = question.optional ? `${question.text} (optional)` : question.text
  const options = question.options ? optionsFor(question.options, ctx) : []
  const items =
    question.control === 'select'
      ? [
          { value: '', text: `Select ${question.text.toLowerCase()}` },
          ...options.map(([value, text]) => ({ value, text, selected: value === values[question.id] })),
        ]
      : choiceItems(options, values[question.id], question.optionHints)
  return { ...question, label, items }
}

/** What a section's page needs besides the values: its questions, each with its options. */
export function sectionOptions(section: Section, ctx: FormContext, values: Values): Record<string, unknown> {
  const questions = questionsOf(section.key).map(([, field]) => questionView(field.form, ctx, values))
  if (section.key !== 'call-questions') return { questions }
  return {
    questions,
    callTitle: ctx.call?.title,
    callQuestions: callQuestionViews(ctx.call?.questions ?? [], values),
  }
}

/** A call's questions ready for the callQuestion macro: each with its form field and its items. */
export function callQuestionViews(questions: readonly CallQuestion[], values: Values) {
  return questions.map((q) => ({
    ...q,
    field: callField(q),
    items:
      q.kind === 'checkboxes' || q.kind === 'radios'
        ? choiceItems(q.options ?? [], values[callField(q)])
        : q.kind === 'yesno'
          ? choiceItems(fixedOptions['yes-no'] ?? [], values[callField(q)])
          : [],
  }))
}
