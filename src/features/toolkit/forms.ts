import { z } from 'zod'
import { isWebAddress, MAX_TEXT, MAX_TITLE, MAX_URL, overallEffects, type ToolkitFields } from './emmie.js'

/** Blank (undefined after parseForm's tidying) is "not rated"; otherwise a whole number 0 to 4. */
const strength = (what: string) =>
  z
    .string({ message: `Select the strength of evidence on ${what}` })
    .regex(/^[0-4]$/, `The strength of evidence on ${what} must be a whole number from 0 to 4`)
    .optional()
    .transform((value) => (value === undefined ? null : Number(value)))

const text = (label: string) =>
  z
    .string({ message: `${label} must be text` })
    .max(MAX_TEXT, `${label} must be ${MAX_TEXT.toLocaleString('en-GB')} characters or fewer`)
    .optional()
    .transform((value) => value ?? '')

/** The overall effect as a key, or as the words admins type in a spreadsheet ("Reduces crime"). */
export function overallEffectKey(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-')
}

/**
 * One schema for the fields of an intervention, used by the admin form and by each row of a CSV
 * import, so both accept and refuse the same things with the same words.
 */
export const toolkitFieldSchemas = {
  title: z
    .string({ message: 'Enter the title of the intervention' })
    .max(MAX_TITLE, `The title must be ${MAX_TITLE} characters or fewer`),
  summary: text('The summary'),
  overallEffect: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? undefined : overallEffectKey(value)))
    .pipe(
      z
        .enum(overallEffects, {
          message: 'The overall effect must be reduces crime, mixed, no reliable effect or increases crime',
        })
        .optional(),
    )
    .transform((value) => value ?? null),
  evidenceStrength: z
    .string({ message: 'Select the strength of evidence overall' })
    .regex(/^[0-4]$/, 'The strength of evidence overall must be a whole number from 0 to 4')
    .optional()
    .transform((value) => (value === undefined ? null : Number(value))),
  problem: text('The problem'),
  population: text('The population'),
  effect: text('What the evidence says about effect'),
  effectStrength: strength('effect'),
  mechanism: text('What the evidence says about mechanism'),
  mechanismStrength: strength('mechanism'),
  moderators: text('What the evidence says about moderators'),
  moderatorsStrength: strength('moderators'),
  implementation: text('What the evidence says about implementation'),
  implementationStrength: strength('implementation'),
  economicCost: text('What the evidence says about economic cost'),
  economicCostStrength: strength('economic cost'),
  url: z
    .string()
    .max(MAX_URL, `The source link must be ${MAX_URL} characters or fewer`)
    .refine(isWebAddress, 'Enter the source link as a web address starting https://')
    .optional()
    .transform((value) => value ?? null),
} satisfies Record<keyof ToolkitFields, z.ZodType>

export const toolkitEntryForm = z.object(toolkitFieldSchemas)

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'The slug must be lowercase letters, numbers and hyphens, starting with a letter or number')

/** A new entry may name its slug; left blank, it is made from the title. */
export const newToolkitEntryForm = toolkitEntryForm.extend({ slug: slugSchema.optional() })

export const retireForm = z.object({
  confirm: z.enum(['yes', 'no'], { message: 'Select yes to retire the intervention, or no to keep it' }),
})

export const restoreForm = z.object({
  confirm: z.enum(['yes', 'no'], { message: 'Select yes to bring the intervention back, or no to leave it retired' }),
})
