import { z } from 'zod'
import {
  eventAudiences,
  eventFormats,
  materialKinds,
  type EventAudience,
  type EventFormat,
  type MaterialKind,
} from '../../db/schema/index.js'
import { regions } from '../../db/seed/reference-data.js'
import type { FormError } from '../../web/forms.js'
import { fromLondonTime } from './london-time.js'

export interface EventValues {
  title: string
  description: string
  region: string
  format: EventFormat
  venue: string | null
  address: string | null
  onlineLink: string | null
  startsAt: Date
  endsAt: Date
  capacity: number
  audience: EventAudience
  registrationClosesAt: Date
  speakers: string | null
  practiceSlugs: string[]
}

type Input = Record<string, string | string[] | undefined>

function tidy(body: unknown): Input {
  const input: Input = {}
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') input[key] = value.trim() === '' ? undefined : value.trim()
    else if (Array.isArray(value)) input[key] = value.filter((v): v is string => typeof v === 'string')
  }
  return input
}

const text = (input: Input, key: string) => {
  const value = input[key]
  return typeof value === 'string' ? value : undefined
}

/** A web address people can follow: https only (http for loopback, as in tests). */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost')
  } catch {
    return false
  }
}

/** "2026-03-04" from a GOV.UK date input, or the message. */
function dateFrom(input: Input, prefix: string, what: string): { date: string } | { error: string } {
  const [day, month, year] = ['day', 'month', 'year'].map((p) => text(input, `${prefix}-${p}`))
  if (!day && !month && !year) return { error: `Enter the ${what}` }
  if (!day || !month || !year) return { error: `The ${what} must include a day, month and year` }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { error: `The ${what} must be a real date` }
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100) {
    return { error: `The ${what} must be a real date` }
  }
  return { date: date.toISOString().slice(0, 10) }
}

/** "14:30" from "14:30", "2:30pm" or "9am", or null. */
export function parseTime(value: string | undefined): string | null {
  if (!value) return null
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(value.trim())
  if (!match) return null
  let hour = Number(match[1])
  const minute = Number(match[2] ?? '0')
  const half = match[3]?.toLowerCase()
  if (half) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (half === 'pm' ? 12 : 0)
  } else if (match[2] === undefined) return null
  if (hour > 23 || minute > 59) return null
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

const fieldOrder = [
  'title',
  'description',
  'region',
  'format',
  'venue',
  'address',
  'onlineLink',
  'date',
  'startTime',
  'endTime',
  'capacity',
  'audience',
  'closesDate',
  'closesTime',
  'practices',
  'speakers',
]
const hrefOf: Record<string, string> = {
  date: '#date-day',
  closesDate: '#closesDate-day',
  format: '#format',
  audience: '#audience',
  practices: '#practices',
}

export type EventForm = { ok: true; values: EventValues } | { ok: false; errors: FormError[] }

const limit = (errors: Map<string, string>, key: string, value: string | undefined, max: number, what: string) => {
  if (value && value.length > max) errors.set(key, `${what} must be ${max} characters or fewer`)
}

/**
 * The event form, for a new event and for changing one; times are London times. `now` decides what
 * counts as the past; `kept` (when changing) holds the stored times, which may stay as they are even
 * once past (registration that has already closed), though nothing may be moved into the past.
 */
export function parseEventForm(
  body: unknown,
  now: Date,
  kept?: { startsAt: Date; registrationClosesAt: Date },
): EventForm {
  const input = tidy(body)
  const errors = new Map<string, string>()
  const title = text(input, 'title')
  const description = text(input, 'description')
  if (!title) errors.set('title', 'Enter the title of the event')
  limit(errors, 'title', title, 200, 'The title')
  if (!description) errors.set('description', 'Enter a description of the event')
  limit(errors, 'description', description, 5000, 'The description')
  const region = text(input, 'region')
  if (!regions.some((r) => r.key === region)) errors.set('region', 'Select the region the event is for')
  const format = eventFormats.find((f) => f === text(input, 'format'))
  if (!format) errors.set('format', 'Select whether the event is in person or online')
  const venue = text(input, 'venue')
  const address = text(input, 'address')
  const onlineLink = text(input, 'onlineLink')
  if (format === 'in-person') {
    if (!venue) errors.set('venue', 'Enter the name of the venue')
    if (!address) errors.set('address', 'Enter the address of the venue')
  }
  limit(errors, 'venue', venue, 200, 'The venue')
  limit(errors, 'address', address, 500, 'The address')
  if (format === 'online') {
    if (!onlineLink) errors.set('onlineLink', 'Enter the joining link for the online event')
    else if (!isSafeLink(onlineLink))
      errors.set('onlineLink', 'Enter the joining link as a web address starting https://')
  }
  limit(errors, 'onlineLink', onlineLink, 1000, 'The joining link')

  const date = dateFrom(input, 'date', 'date of the event')
  if ('error' in date) errors.set('date', date.error)
  const startTime = parseTime(text(input, 'startTime'))
  const endTime = parseTime(text(input, 'endTime'))
  if (!startTime) errors.set('startTime', 'Enter the start time, like 9:30am or 14:00')
  if (!endTime) errors.set('endTime', 'Enter the end time, like 4pm or 16:00')
  let startsAt: Date | null = null
  let endsAt: Date | null = null
  if ('date' in date && startTime && endTime) {
    startsAt = fromLondonTime(date.date, startTime)
    endsAt = fromLondonTime(date.date, endTime)
    if (endsAt <= startsAt) errors.set('endTime', 'The end time must be after the start time')
    else if (startsAt <= now && startsAt.getTime() !== kept?.startsAt.getTime()) {
      errors.set('date', 'The date of the event must be in the future')
    }
  }

  const capacityText = text(input, 'capacity')
  const capacity = capacityText && /^\d{1,5}$/.test(capacityText) ? Number(capacityText) : null
  if (!capacityText) errors.set('capacity', 'Enter how many people can attend')
  else if (capacity === null || capacity < 1 || capacity > 10000) {
    errors.set('capacity', 'The number of places must be a whole number between 1 and 10,000')
  }
  const audience = eventAudiences.find((a) => a === text(input, 'audience'))
  if (!audience) errors.set('audience', 'Select who may attend')

  const closesDate = dateFrom(input, 'closesDate', 'date registration closes')
  if ('error' in closesDate) errors.set('closesDate', closesDate.error)
  const closesTime = parseTime(text(input, 'closesTime'))
  if (!closesTime) errors.set('closesTime', 'Enter the time registration closes, like 5pm or 17:00')
  let registrationClosesAt: Date | null = null
  if ('date' in closesDate && closesTime) {
    registrationClosesAt = fromLondonTime(closesDate.date, closesTime)
    if (registrationClosesAt <= now && registrationClosesAt.getTime() !== kept?.registrationClosesAt.getTime()) {
      errors.set('closesDate', 'Registration must close in the future')
    } else if (startsAt && registrationClosesAt > startsAt) {
      errors.set('closesDate', 'Registration must close before the event starts')
    }
  }
  const speakers = text(input, 'speakers')
  limit(errors, 'speakers', speakers, 2000, 'The speakers')
  const posted = input.practices
  const practiceSlugs = (Array.isArray(posted) ? posted : posted ? [posted] : []).filter((s) =>
    /^[a-z0-9-]{1,200}$/.test(s),
  )

  if (
    errors.size ||
    !title ||
    !description ||
    !region ||
    !format ||
    !startsAt ||
    !endsAt ||
    !capacity ||
    !audience ||
    !registrationClosesAt
  ) {
    return {
      ok: false,
      errors: [...errors]
        .sort(([a], [b]) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b))
        .map(([fieldId, message]) => ({ fieldId, href: hrefOf[fieldId] ?? `#${fieldId}`, text: message })),
    }
  }
  return {
    ok: true,
    values: {
      title,
      description,
      region,
      format,
      venue: format === 'in-person' ? (venue ?? null) : null,
      address: format === 'in-person' ? (address ?? null) : null,
      onlineLink: format === 'online' ? (onlineLink ?? null) : null,
      startsAt,
      endsAt,
      capacity,
      audience,
      registrationClosesAt,
      speakers: speakers ?? null,
      practiceSlugs: [...new Set(practiceSlugs)],
    },
  }
}

const registrationSchema = z.object({
  name: z.string({ message: 'Enter your name' }).max(200, 'Your name must be 200 characters or fewer'),
  organisation: z.string().max(200, 'Your organisation must be 200 characters or fewer').optional(),
  accessNeeds: z.string().max(1000, 'Access needs must be 1000 characters or fewer').optional(),
  dietaryNeeds: z.string().max(1000, 'Dietary needs must be 1000 characters or fewer').optional(),
})

export function parseRegistrationForm(body: unknown) {
  const parsed = registrationSchema.safeParse(tidy(body))
  if (parsed.success) {
    const v = parsed.data
    return {
      ok: true as const,
      values: {
        name: v.name,
        organisation: v.organisation ?? null,
        accessNeeds: v.accessNeeds ?? null,
        dietaryNeeds: v.dietaryNeeds ?? null,
      },
    }
  }
  const errors: FormError[] = []
  for (const issue of parsed.error.issues) {
    const fieldId = String(issue.path[0] ?? 'name')
    if (!errors.some((e) => e.fieldId === fieldId)) errors.push({ fieldId, href: `#${fieldId}`, text: issue.message })
  }
  return { ok: false as const, errors }
}

const materialSchema = z.object({
  kind: z.enum(materialKinds, { message: 'Select what kind of material it is' }),
  materialTitle: z
    .string({ message: 'Enter a title for the material' })
    .max(200, 'The title must be 200 characters or fewer'),
  url: z
    .string({ message: 'Enter the web address of the material' })
    .max(1000, 'The web address must be 1000 characters or fewer')
    .refine(isSafeLink, 'Enter the web address starting https://'),
})

export function parseMaterialForm(body: unknown) {
  const parsed = materialSchema.safeParse(tidy(body))
  if (parsed.success) {
    return {
      ok: true as const,
      values: { kind: parsed.data.kind as MaterialKind, title: parsed.data.materialTitle, url: parsed.data.url },
    }
  }
  const errors: FormError[] = []
  for (const issue of parsed.error.issues) {
    const fieldId = String(issue.path[0] ?? 'kind')
    if (!errors.some((e) => e.fieldId === fieldId)) errors.push({ fieldId, href: `#${fieldId}`, text: issue.message })
  }
  return { ok: false as const, errors }
}

/** The ids of the people ticked as having attended. */
export function parseAttendance(body: unknown): number[] {
  const value = (body as { attended?: unknown } | undefined)?.attended
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string' && /^\d{1,9}$/.test(v)).map(Number)
}

export function parseInvitationAnswer(body: unknown): 'accepted' | 'declined' | null {
  const answer = (body as { answer?: unknown } | undefined)?.answer
  return answer === 'accepted' || answer === 'declined' ? answer : null
}
