import type { FormError } from '../../web/forms.js'
import type { EventRow } from './repository.js'
import { toLondonParts } from './london-time.js'

/** "27", "3", "2027" from "2027-03-27", for a GOV.UK date input. */
function dateParts(prefix: string, instant: Date): Record<string, string> {
  const [year, month, day] = toLondonParts(instant).date.split('-')
  return {
    [`${prefix}-day`]: String(Number(day)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: String(year),
  }
}

/**
 * A stored event as the event form's input, field by field with the names parseEventForm reads, so the
 * form that creates an event shows it again to be changed, and saving it unchanged changes nothing.
 */
export function eventFormInput(event: EventRow, practiceSlugs: string[]): Record<string, string | string[]> {
  return {
    title: event.title,
    description: event.description,
    region: event.region,
    format: event.format,
    venue: event.venue ?? '',
    address: event.address ?? '',
    onlineLink: event.onlineLink ?? '',
    ...dateParts('date', event.startsAt),
    startTime: toLondonParts(event.startsAt).time,
    endTime: toLondonParts(event.endsAt).time,
    capacity: String(event.capacity),
    audience: event.audience,
    ...dateParts('closesDate', event.registrationClosesAt),
    closesTime: toLondonParts(event.registrationClosesAt).time,
    speakers: event.speakers ?? '',
    practices: practiceSlugs,
    sequence: String(event.sequence),
  }
}

/** The version of the event the form was loaded at (its hidden `sequence`), or null. */
export function seenSequence(body: unknown): number | null {
  const value = (body as { sequence?: unknown } | undefined)?.sequence
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null
}

export type CancelEventForm = { ok: true; reason: string } | { ok: false; errors: FormError[] }

/** The reason an event is called off: required, as everyone registered or waiting is told it. */
export function parseCancelEventForm(body: unknown): CancelEventForm {
  const raw = (body as { reason?: unknown } | undefined)?.reason
  const reason = typeof raw === 'string' ? raw.trim() : ''
  const error = (text: string): CancelEventForm => ({
    ok: false,
    errors: [{ fieldId: 'reason', href: '#reason', text }],
  })
  if (!reason) return error('Enter the reason the event is cancelled')
  if (reason.length > 1000) return error('The reason must be 1000 characters or fewer')
  return { ok: true, reason }
}
