import { randomBytes } from 'node:crypto'
import type { Db } from '../../src/db/client.js'
import { learningEventPractices, learningEventRegistrations, learningEvents } from '../../src/db/schema/index.js'

const HOUR = 3_600_000
let sequence = 0

export interface EventSpec {
  title?: string
  startsInHours?: number
  lengthHours?: number
  capacity?: number
  audience?: 'public' | 'policing'
  format?: 'in-person' | 'online'
  region?: string
  practiceIds?: number[]
  /** hours before the start that registration closes (default 1) */
  closesHoursBefore?: number
}

/** Inserts one learning event directly (the form is tested on its own), online unless told otherwise. */
export async function anEvent(db: Db, spec: EventSpec = {}) {
  sequence += 1
  // On the minute, as the form makes them.
  const startsAt = new Date(Math.floor((Date.now() + (spec.startsInHours ?? 24 * 14) * HOUR) / 60_000) * 60_000)
  const format = spec.format ?? 'online'
  const [event] = await db
    .insert(learningEvents)
    .values({
      slug: `test-event-${sequence}-${randomBytes(3).toString('hex')}`,
      title: spec.title ?? `Test learning event ${sequence}`,
      description: 'What the event is about.',
      region: spec.region ?? 'north-west',
      format,
      venue: format === 'in-person' ? 'Test Hall' : null,
      address: format === 'in-person' ? '1 Test Street, Testtown' : null,
      onlineLink: format === 'online' ? `https://meet.example.org/secret-room-${sequence}` : null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (spec.lengthHours ?? 3) * HOUR),
      capacity: spec.capacity ?? 30,
      audience: spec.audience ?? 'public',
      registrationClosesAt: new Date(startsAt.getTime() - (spec.closesHoursBefore ?? 1) * HOUR),
    })
    .returning()
  if (!event) throw new Error('insert returned nothing')
  for (const practiceId of spec.practiceIds ?? []) {
    await db.insert(learningEventPractices).values({ eventId: event.id, practiceId })
  }
  return event
}

/** A registration written directly, for events whose registration has closed (past events, reminders). */
export async function aRegistration(db: Db, eventId: number, userId: number, name = 'Test Attendee') {
  const [row] = await db
    .insert(learningEventRegistrations)
    .values({
      eventId,
      userId,
      status: 'registered',
      name,
      organisation: 'Test organisation',
      accessNeeds: 'Step-free access',
      dietaryNeeds: 'Vegan',
      cancelToken: randomBytes(24).toString('base64url'),
    })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}
