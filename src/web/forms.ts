import type { z } from 'zod'

export interface FormError {
  fieldId: string
  href: string
  text: string
}

export type FormResult<T> = { ok: true; values: T } | { ok: false; errors: FormError[]; input: Record<string, unknown> }

/** Trims text, turns blanks into undefined (so "required" messages apply), keeps arrays as arrays. */
function tidy(body: unknown): Record<string, unknown> {
  const input: Record<string, unknown> = {}
  if (typeof body !== 'object' || body === null) return input
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') {
      const trimmed = value.trim()
      input[key] = trimmed === '' ? undefined : trimmed
    } else {
      input[key] = value
    }
  }
  return input
}

/**
 * Parses a posted form with one schema per page. Errors come shaped for the GOV.UK error summary,
 * first error per field, in the order of the schema's fields.
 */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.output<S>> {
  const input = tidy(body)
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, values: parsed.data }
  const seen = new Set<string>()
  const errors: FormError[] = []
  for (const issue of parsed.error.issues) {
    const fieldId = String(issue.path[0] ?? 'form')
    if (seen.has(fieldId)) continue
    seen.add(fieldId)
    errors.push({ fieldId, href: `#${fieldId}`, text: issue.message })
  }
  return { ok: false, errors, input }
}

/** The message for one field, for the component's errorMessage. */
export function errorFor(errors: FormError[] | undefined, fieldId: string): { text: string } | undefined {
  const error = errors?.find((e) => e.fieldId === fieldId)
  return error ? { text: error.text } : undefined
}
