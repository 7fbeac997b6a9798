import { z } from 'zod'
import { adoptionKinds } from '../../db/schema/index.js'
import type { FormError } from '../../web/forms.js'
import type { AdoptionValues } from './repository.js'

const MAX_TEXT = 2000
const longText = (what: string) =>
  z.string().max(MAX_TEXT, `${what} must be ${MAX_TEXT} characters or fewer`).optional()

const adoptionSchema = z
  .object({
    force: z.string().optional(),
    kind: z.enum(adoptionKinds, { message: 'Select what your force did with this practice' }),
    changes: longText('What you changed'),
    reason: longText('Why you decided against it'),
    'startedOn-day': z.string().optional(),
    'startedOn-month': z.string().optional(),
    'startedOn-year': z.string().optional(),
    howItWent: longText('How it went'),
  })
  .superRefine((form, ctx) => {
    if (form.kind === 'adapted' && !form.changes) {
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Enter what your force changed' })
    }
    if (form.kind === 'decided-against' && !form.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why your force decided against it' })
    }
  })

/** "2025-03-04" from the three boxes of a GOV.UK date input, or the message to show. */
export function parseDateParts(day?: string, month?: string, year?: string): { date: string } | { error: string } {
  if (!day && !month && !year) return { error: 'Enter the date your force started using it' }
  if (!day || !month || !year) return { error: 'The start date must include a day, month and year' }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { error: 'The start date must be a real date' }
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { error: 'The start date must be a real date' }
  }
  if (y < 1990) return { error: 'The start date must be in or after 1990' }
  if (date.getTime() > Date.now() + 366 * 86_400_000) return { error: 'The start date must be within the next year' }
  return { date: date.toISOString().slice(0, 10) }
}

export type AdoptionForm = { ok: true; values: AdoptionValues } | { ok: false; errors: FormError[] }

const fieldOrder = ['kind', 'changes', 'reason', 'startedOn', 'howItWent']
const hrefOf: Record<string, string> = { kind: '#kind', startedOn: '#startedOn-day' }

/** The "we use this too" form: what the force did, with what changed or why not, and when it started. */
export function parseAdoptionForm(body: unknown): AdoptionForm {
  const input: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') input[key] = value.trim() === '' ? undefined : value.trim()
  }
  const errors: FormError[] = []
  const parsed = adoptionSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const fieldId = String(issue.path[0] ?? 'kind')
      if (!errors.some((e) => e.fieldId === fieldId)) {
        errors.push({ fieldId, href: hrefOf[fieldId] ?? `#${fieldId}`, text: issue.message })
      }
    }
  }
  const kind = parsed.success ? parsed.data.kind : adoptionKinds.find((k) => k === input.kind)
  let startedOn: string | null = null
  if (kind !== 'decided-against') {
    const date = parseDateParts(input['startedOn-day'], input['startedOn-month'], input['startedOn-year'])
    if ('error' in date) errors.push({ fieldId: 'startedOn', href: '#startedOn-day', text: date.error })
    else startedOn = date.date
  }
  if (errors.length || !parsed.success) {
    errors.sort((a, b) => fieldOrder.indexOf(a.fieldId) - fieldOrder.indexOf(b.fieldId))
    return { ok: false, errors }
  }
  const form = parsed.data
  return {
    ok: true,
    values: {
      kind: form.kind,
      changes: form.kind === 'adapted' ? (form.changes ?? null) : null,
      reason: form.kind === 'decided-against' ? (form.reason ?? null) : null,
      startedOn,
      howItWent: form.kind === 'decided-against' ? null : (form.howItWent ?? null),
    },
  }
}

const removeSchema = z.object({
  removeReason: z
    .string({ message: 'Enter why you are removing this record' })
    .max(500, 'The reason must be 500 characters or fewer'),
})

export function parseRemoveForm(body: unknown) {
  const reason = (body as { removeReason?: unknown } | undefined)?.removeReason
  const parsed = removeSchema.safeParse({
    removeReason: typeof reason === 'string' && reason.trim() ? reason.trim() : undefined,
  })
  if (parsed.success) return { ok: true as const, reason: parsed.data.removeReason }
  const text = parsed.error.issues[0]?.message ?? 'Enter why you are removing this record'
  return { ok: false as const, errors: [{ fieldId: 'removeReason', href: '#removeReason', text }] }
}
