import { z } from 'zod'
import { callQuestionKinds, type CallQuestionKind } from '../../db/schema/index.js'
import { slugify } from '../catalogue/slug.js'
import { hasOptions } from './questions.js'

const MAX_OPTIONS = 30

/** A question as an admin writes it: its kind, wording, hint, whether it must be answered, limits, options. */
export const questionForm = z
  .object({
    kind: z.enum(callQuestionKinds, { message: 'Select the kind of question' }),
    label: z
      .string({ message: 'Enter the question' })
      .min(1, 'Enter the question')
      .max(500, 'The question must be 500 characters or fewer'),
    hint: z.string().max(500, 'The hint must be 500 characters or fewer').optional(),
    required: z.enum(['yes', 'no'], { message: 'Select whether an answer is required' }),
    wordLimit: z
      .string()
      .regex(/^\d{1,4}$/, 'Enter the word limit as a whole number, like 250')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 2000, 'The word limit must be between 1 and 2,000 words')
      .optional(),
    options: z.string().max(10_000, 'The options must be 10,000 characters or fewer').optional(),
  })
  .transform((v, ctx) => {
    const lines = (v.options ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    if (hasOptions(v.kind)) {
      if (lines.length < 2)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Enter at least two options, one on each line' })
      else if (lines.length > MAX_OPTIONS)
        ctx.addIssue({ code: 'custom', path: ['options'], message: `Enter ${MAX_OPTIONS} options or fewer` })
      else if (lines.some((line) => line.length > 200))
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Each option must be 200 characters or fewer' })
      else if (new Set(lines.map((l) => l.toLowerCase())).size !== lines.length)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Each option must be different' })
    }
    return {
      kind: v.kind as CallQuestionKind,
      label: v.label,
      hint: v.hint,
      required: v.required === 'yes',
      wordLimit: v.kind === 'text' ? v.wordLimit : undefined,
      options: hasOptions(v.kind) ? optionPairs(lines) : undefined,
    }
  })

export type QuestionFormValues = z.output<typeof questionForm>

/** Options as [key, label]: keys from the words, so an unchanged option keeps its key when others change. */
export function optionPairs(labels: string[]): [string, string][] {
  const used = new Set<string>()
  return labels.map((label) => {
    const base = slugify(label, 40)
    let key = base
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`
    used.add(key)
    return [key, label]
  })
}

export const questionFormFields = ['kind', 'label', 'hint', 'required', 'wordLimit', 'options'] as const
