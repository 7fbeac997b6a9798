import { z } from 'zod'
import type { CriterionScore } from '../../db/schema/index.js'
import { parseForm, type FormError, type FormResult } from '../../web/forms.js'
import type { Criterion } from './criteria-repository.js'
import { maxScore, minScore } from './scoring.js'

export const rationaleMax = 500

export const scoreField = (key: string) => `score-${key}`
export const rationaleField = (key: string) => `rationale-${key}`

/** One score (1–5) and rationale per criterion; a draft may leave some out, a completed assessment may not. */
function scoresSchema(criteria: Criterion[], complete: boolean) {
  const shape: Record<string, z.ZodType> = {}
  for (const c of criteria) {
    const label = c.label.charAt(0).toLowerCase() + c.label.slice(1)
    const score = z
      .string({ message: `Select a score for ${label}` })
      .regex(/^[1-5]$/, `The score for ${label} must be a whole number from ${minScore} to ${maxScore}`)
    const rationale = z
      .string({ message: `Explain the score for ${label}` })
      .max(rationaleMax, `The rationale for ${label} must be ${rationaleMax} characters or fewer`)
    shape[scoreField(c.key)] = complete ? score : score.optional()
    shape[rationaleField(c.key)] = complete ? rationale : rationale.optional()
  }
  return z.object(shape)
}

export type ScoresResult =
  | { ok: true; scores: Record<string, CriterionScore> }
  | { ok: false; errors: FormError[]; input: Record<string, unknown> }

/** Reads the scores form. A draft must have something in it; nothing is kept from a form with errors. */
export function parseScores(criteria: Criterion[], body: unknown, complete: boolean): ScoresResult {
  const form = parseForm(scoresSchema(criteria, complete), body) as FormResult<Record<string, string | undefined>>
  if (!form.ok) return form
  const scores: Record<string, CriterionScore> = {}
  for (const c of criteria) {
    const score = form.values[scoreField(c.key)]
    const rationale = form.values[rationaleField(c.key)]
    // In a draft a score not chosen yet is kept as 0, which is never shown as a score.
    if (score !== undefined || rationale !== undefined)
      scores[c.key] = { score: Number(score ?? 0), rationale: rationale ?? '' }
  }
  if (Object.keys(scores).length === 0) {
    const first = criteria[0]
    const fieldId = first ? scoreField(first.key) : 'form'
    return {
      ok: false,
      errors: [{ fieldId, href: `#${fieldId}`, text: 'Enter at least one score or rationale before you save' }],
      input: {},
    }
  }
  return { ok: true, scores }
}

/** What the reviewer pressed: save a draft, or complete the assessment (also what Enter does). */
export const assessmentAction = (body: unknown): 'save' | 'complete' =>
  (body as { action?: unknown } | undefined)?.action === 'save' ? 'save' : 'complete'

const version = z.coerce
  .number({ message: 'The form is missing the practice version: reload the page' })
  .int()
  .positive({ message: 'The form is missing the practice version: reload the page' })

export const versionForm = z.object({ version })

export const requiredForm = z.object({
  required: z.enum(['1', '2'], { message: 'Select how many independent assessments this practice needs' }),
  version,
})

export const shortlistForm = z.object({
  shortlist: z.enum(['yes', 'no'], { message: 'Select whether to shortlist this practice' }),
  version,
})

export const reconfirmForm = z.object({
  practice: z.coerce.number({ message: 'Select the practice to re-confirm' }).int().positive(),
  version,
})

const position = z
  .string({ message: 'Enter the position of the criterion in the list' })
  .regex(/^\d{1,3}$/, 'The position must be a whole number from 1 to 999')
  .transform(Number)
  .refine((n) => n >= 1, 'The position must be a whole number from 1 to 999')

const criterionFields = {
  label: z
    .string({ message: 'Enter the name of the criterion' })
    .max(80, 'The name of the criterion must be 80 characters or fewer'),
  description: z
    .string({ message: 'Enter a description of the criterion' })
    .max(600, 'The description must be 600 characters or fewer'),
}

/** A new criterion goes to the end of the list unless a position is given. */
export const newCriterionForm = z.object({ ...criterionFields, position: position.optional() })

export const editCriterionForm = z.object({
  ...criterionFields,
  position,
  status: z.enum(['active', 'retired'], { message: 'Select whether reviewers score this criterion' }),
})
