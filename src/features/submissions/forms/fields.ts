import { z } from 'zod'
import type { CallRef, ReferenceData, Term } from '../../reference/types.js'

/**
 * `complete`: every required answer must be there ("Save and continue", check your answers).
 * `draft`: "Save and come back later" keeps whatever is well formed; lengths, formats and
 * option values are still checked, so nothing malformed is ever stored as an answer (an answer that
 * fails is kept aside as typed, in pending_answers, until it is put right: see parseForLater).
 */
export type Mode = 'complete' | 'draft'

/** What a section's form needs to know besides the answers. */
export interface FormContext {
  ref: ReferenceData
  call: CallRef | null
}

export const LONG_TEXT = 5000

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The number of words, counted as GOV.UK Frontend's character count counts them. */
export function countWords(value: string): number {
  return value.match(/\S+/g)?.length ?? 0
}

/** A text answer: `required` is the message when it is missing (null for an optional answer). */
export function text(mode: Mode, options: { label: string; required: string | null; max: number; maxWords?: number }) {
  let schema = z
    .string({ message: options.required ?? `Enter ${options.label}` })
    .max(options.max, `${capitalise(options.label)} must be ${options.max.toLocaleString('en-GB')} characters or fewer`)
  if (options.maxWords) {
    const words = options.maxWords
    schema = schema.refine(
      (value) => countWords(value) <= words,
      `${capitalise(options.label)} must be ${words} words or fewer`,
    )
  }
  const answer: z.ZodType<string | undefined> = options.required && mode === 'complete' ? schema : schema.optional()
  return answer
}

/** One answer from a list (radios or a select), given as the option's key. */
export function oneOf(mode: Mode, options: { allowed: readonly string[]; message: string; required?: boolean }) {
  const schema = z
    .string({ message: options.message })
    .refine((value) => options.allowed.includes(value), options.message)
  const answer: z.ZodType<string | undefined> =
    mode === 'complete' && options.required !== false ? schema : schema.optional()
  return answer
}

/** Yes or no radios, as a boolean. */
export function yesNo(mode: Mode, message: string) {
  return oneOf(mode, { allowed: ['yes', 'no'], message }).transform((value) =>
    value === 'yes' ? true : value === 'no' ? false : null,
  )
}

/** Checkboxes: none ticked sends nothing, one sends a string, several send an array. */
export function someOf(mode: Mode, options: { allowed: readonly string[]; message: string; required?: boolean }) {
  return z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()))
    .superRefine((values, ctx) => {
      if (values.some((value) => !options.allowed.includes(value))) {
        ctx.addIssue({ code: 'custom', message: options.message })
      } else if (mode === 'complete' && options.required !== false && values.length === 0) {
        ctx.addIssue({ code: 'custom', message: options.message })
      }
    })
    .transform((values) => [...new Set(values)])
}

export interface DateParts {
  day?: string
  month?: string
  year?: string
}

/** "YYYY-MM-DD" from the three boxes of a GOV.UK date input, or a message in GOV.UK wording. */
export function checkDate(
  parts: DateParts,
  label: string,
): { ok: true; value: string | null } | { ok: false; message: string } {
  const { day, month, year } = parts
  if (!day && !month && !year) return { ok: true, value: null }
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean)
  if (missing.length) return { ok: false, message: `${capitalise(label)} must include a ${missing.join(' and ')}` }
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) {
    return { ok: false, message: `${capitalise(label)} must be a real date` }
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) {
    return { ok: false, message: `${capitalise(label)} must be a real date` }
  }
  return { ok: true, value: date.toISOString().slice(0, 10) }
}

/** Today in London, as "YYYY-MM-DD". */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)
}

/** A date answer from `{ day, month, year }` (see collectDates), as "YYYY-MM-DD" or null. */
export function dateAnswer(mode: Mode, options: { label: string; required: string | null; notFuture?: boolean }) {
  return z.unknown().transform((raw, ctx): string | null => {
    const result = checkDate((raw ?? {}) as DateParts, options.label)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message })
      return z.NEVER
    }
    if (result.value === null) {
      if (options.required && mode === 'complete') {
        ctx.addIssue({ code: 'custom', message: options.required })
        return z.NEVER
      }
      return null
    }
    if (options.notFuture && result.value > londonToday()) {
      ctx.addIssue({ code: 'custom', message: `${capitalise(options.label)} must be today or in the past` })
      return z.NEVER
    }
    return result.value
  })
}

/** Gathers `name-day`, `name-month` and `name-year` into `name: { day, month, year }`, trimmed. */
export function collectDates(body: unknown, names: readonly string[]): Record<string, unknown> {
  const input = { ...((typeof body === 'object' && body) || {}) } as Record<string, unknown>
  for (const name of names) {
    const part = (p: string) => {
      const value = input[`${name}-${p}`]
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
    }
    input[name] = { day: part('day'), month: part('month'), year: part('year') }
  }
  return input
}

/** The boxes of a date input from "YYYY-MM-DD". */
export function dateParts(value: string | null | undefined): DateParts {
  if (!value) return {}
  const [year, month, day] = value.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** Terms of one taxonomy, in their order. */
export function termsOf(ref: ReferenceData, taxonomy: string): Term[] {
  return ref.terms.filter((t) => t.taxonomy === taxonomy)
}

export const keysOf = (terms: Term[]) => terms.map((t) => t.key)

/** Term ids from keys (unknown keys have already been refused by the schema). */
export function idsFor(terms: Term[], keys: readonly string[]): number[] {
  return keys.map((key) => terms.find((t) => t.key === key)?.id).filter((id): id is number => id !== undefined)
}

export function idFor(terms: Term[], key: string | null | undefined): number | null {
  return terms.find((t) => t.key === key)?.id ?? null
}

export function keysFor(terms: Term[], ids: readonly number[]): string[] {
  return ids.map((id) => terms.find((t) => t.id === id)?.key).filter((key): key is string => key !== undefined)
}

export function keyFor(terms: Term[], id: number | null | undefined): string | undefined {
  return terms.find((t) => t.id === id)?.key
}

export const yesNoOf = (value: boolean | null | undefined) =>
  value === true ? 'yes' : value === false ? 'no' : undefined
