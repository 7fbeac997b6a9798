import { z } from 'zod'
import { DAY_MS, MAX_LIFETIME_DAYS } from './tokens.js'

export const expiryChoices = ['30', '90', '365', 'date'] as const

const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())

/**
 * The day a token chosen to expire on a date stops working at the end of (UTC), or a message saying
 * what is wrong with the date. It must be a real date, after today and no more than a year away.
 */
export function expiryFromDate(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
  now: Date,
): { ok: true; expiresAt: Date } | { ok: false; message: string } {
  if (!day && !month && !year) return { ok: false, message: 'Enter the date the token expires' }
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean)
  if (missing.length > 0)
    return { ok: false, message: `The date the token expires must include a ${missing.join(' and ')}` }
  const numbers = [day, month, year].map((part) => (/^\d{1,4}$/.test(part ?? '') ? Number(part) : NaN))
  const [d = NaN, m = NaN, y = NaN] = numbers
  const date = new Date(Date.UTC(y, m - 1, d))
  if (
    Number.isNaN(date.getTime()) ||
    y < 1000 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  ) {
    return { ok: false, message: 'The date the token expires must be a real date' }
  }
  const today = dayOf(now)
  if (date.getTime() <= today) return { ok: false, message: 'The date the token expires must be in the future' }
  if (date.getTime() > today + MAX_LIFETIME_DAYS * DAY_MS) {
    return { ok: false, message: 'The date the token expires must be no more than a year from today' }
  }
  return { ok: true, expiresAt: new Date(date.getTime() + DAY_MS - 1000) }
}

export const createTokenForm = z.object({
  name: z
    .string({ message: 'Enter a name for the token' })
    .max(100, 'Name must be 100 characters or fewer')
    .refine((name) => ![...name].some((c) => c < ' ' || c === '\u007f'), 'Name must not contain control characters'),
  expiry: z.enum(expiryChoices, { message: 'Select when the token expires' }),
  'expiresOn-day': z.string().optional(),
  'expiresOn-month': z.string().optional(),
  'expiresOn-year': z.string().optional(),
})
export type CreateTokenForm = z.output<typeof createTokenForm>
