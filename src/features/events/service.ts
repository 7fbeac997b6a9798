import { randomBytes } from 'node:crypto'
import ical, { ICalEventStatus } from 'ical-generator'
import { stringify } from 'csv-stringify/sync'
import type { Db } from '../../db/client.js'
import type { EventAudience } from '../../db/schema/index.js'
import { regions } from '../../db/seed/reference-data.js'
import { formatDateTime } from '../../web/format.js'
import { hasRole, visibilityRuleFor, type SignedInUser, type Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { slugify } from '../catalogue/slug.js'
import { enqueueEmail } from '../email/outbox.js'
import type { EventValues } from './forms.js'
import * as repo from './repository.js'
import type { EventRow, RegistrationDetails, RegistrationRow } from './repository.js'
import { eventEmails } from './emails.js'
import { fillPlaces, showcasePractice } from './event-writes.js'

export const regionLabel = (key: string) => regions.find((r) => r.key === key)?.label ?? key

export const canManageEvents = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

/** Who may take a place: anyone signed in for a public event; police members and staff for a policing one. */
export function mayAttend(audience: EventAudience, viewer: Viewer): boolean {
  if (viewer.kind !== 'user') return false
  return audience === 'public' || viewer.user.policeMember || canManageEvents(viewer)
}

export interface ActorInfo {
  user: SignedInUser
  ip: string | null
}

export type RegisterResult =
  | { kind: 'registered' | 'waiting'; registration: RegistrationRow; already: boolean }
  | { kind: 'closed' | 'not-allowed' }

export type CancelResult = 'cancelled' | 'already-cancelled' | 'started' | 'event-cancelled'

const newToken = () => randomBytes(24).toString('base64url')

/** Registration is open until its closing time (and never once the event has started or been cancelled). */
export const registrationOpen = (event: EventRow, now = new Date()) =>
  !event.cancelledAt && now < event.registrationClosesAt && now < event.startsAt

export class EventsService {
  private readonly emails: ReturnType<typeof eventEmails>

  constructor(
    private readonly db: Db,
    private readonly baseUrl: string,
  ) {
    this.emails = eventEmails(baseUrl)
  }

  async list(region: string | null) {
    const [upcoming, past] = await Promise.all([
      repo.findEvents(this.db, { region, past: false }),
      repo.findEvents(this.db, { region, past: true }),
    ])
    return { upcoming, past }
  }

  /** Practice the staff member creating an event may showcase. */
  showcaseable(viewer: Viewer) {
    return repo.findShowcaseablePractice(this.db, visibilityRuleFor(viewer))
  }

  findBySlug(slug: string) {
    return repo.findEventBySlug(this.db, slug)
  }

  /** Everything the event page shows this viewer: the online link only to someone with a place. */
  async page(event: EventRow, viewer: Viewer) {
    const rule = visibilityRuleFor(viewer)
    const [showcased, materials] = await Promise.all([
      repo.findShowcaseablePractice(this.db, rule, event.id),
      repo.findMaterials(this.db, event.id),
    ])
    let registration: RegistrationRow | null = null
    let position: number | null = null
    let invitations: Awaited<ReturnType<typeof repo.findInvitationsFor>> = []
    if (viewer.kind === 'user') {
      const found = await repo.findRegistration(this.db, event.id, viewer.user.id)
      registration = found && found.status !== 'cancelled' ? found : null
      if (registration?.status === 'waiting') position = await repo.waitingPosition(this.db, registration)
      invitations = await repo.findInvitationsFor(this.db, event.id, viewer.user.id)
    }
    return { showcased, materials, registration, position, invitations }
  }

  async create(actor: ActorInfo, viewer: Viewer, values: EventValues): Promise<EventRow | { unknownPractice: true }> {
    const allowed = await this.showcaseable(viewer)
    const chosen = values.practiceSlugs.map((slug) => allowed.find((p) => p.slug === slug))
    if (chosen.some((p) => !p)) return { unknownPractice: true }
    return this.db.transaction(async (tx) => {
      const base = `${slugify(values.title, 60)}-${values.startsAt.toISOString().slice(0, 10)}`
      let slug = base
      for (let n = 2; await repo.slugTaken(tx, slug); n++) slug = `${base}-${n}`
      const { practiceSlugs: _slugs, ...columns } = values
      const event = await repo.insertEvent(tx, { ...columns, slug, createdByUserId: actor.user.id })
      await showcasePractice(
        tx,
        event,
        chosen.filter((p) => p !== undefined),
        this.emails,
      )
      await recordAuditEvent(tx, {
        action: 'event-created',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { eventId: event.id, slug, practiceIds: chosen.map((p) => p?.id) },
      })
      return event
    })
  }

  /**
   * A place if one is free, else the end of the waiting list. The event row is locked for the whole
   * transaction, so registrations for one event take turns and the count cannot be overtaken.
   */
  async register(
    user: SignedInUser,
    viewer: Viewer,
    eventId: number,
    details: RegistrationDetails,
  ): Promise<RegisterResult> {
    return this.db.transaction(async (tx) => {
      const event = await repo.lockEvent(tx, eventId)
      // A cancelled event answers "closed" even to someone who had a place there.
      if (!event || event.cancelledAt) return { kind: 'closed' }
      if (!mayAttend(event.audience, viewer)) return { kind: 'not-allowed' }
      const existing = await repo.findRegistration(tx, event.id, user.id)
      if (existing && existing.status !== 'cancelled') {
        return {
          kind: existing.status === 'registered' ? 'registered' : 'waiting',
          registration: existing,
          already: true,
        }
      }
      if (!registrationOpen(event)) return { kind: 'closed' }
      const taken = await repo.countRegistered(tx, event.id)
      const status = taken < event.capacity ? 'registered' : 'waiting'
      const registration = await repo.saveRegistration(tx, event.id, user.id, status, details, newToken())
      const position = status === 'waiting' ? await repo.waitingPosition(tx, registration) : null
      await enqueueEmail(
        tx,
        status === 'registered'
          ? this.emails.placeConfirmed(user.email, event, registration)
          : this.emails.waitingConfirmed(user.email, event, registration, position ?? 0),
      )
      return { kind: status, registration, already: false }
    })
  }

  /** Gives up a place (or a place in the queue); a freed place goes to the person waiting longest. */
  async cancel(registrationId: number, eventId: number): Promise<CancelResult> {
    return this.db.transaction(async (tx) => {
      const event = await repo.lockEvent(tx, eventId)
      const registration = await repo.findRegistrationById(tx, registrationId)
      if (!event || !registration || registration.status === 'cancelled') return 'already-cancelled'
      // The event is off: nobody is promoted into it or told they gave up their place.
      if (event.cancelledAt) return 'event-cancelled'
      if (new Date() >= event.startsAt) return 'started'
      await repo.markCancelled(tx, registration.id)
      const email = registration.userId ? await repo.findActiveUserEmail(tx, registration.userId) : null
      if (email) await enqueueEmail(tx, this.emails.cancelled(email, event))
      if (registration.status === 'registered') await fillPlaces(tx, event, this.emails)
      return 'cancelled'
    })
  }

  findByCancelToken(token: string) {
    return repo.findRegistrationByToken(this.db, token)
  }

  myEvents(userId: number) {
    return Promise.all([repo.findRegistrationsOf(this.db, userId), repo.findAllInvitationsFor(this.db, userId)])
  }

  /** The calendar file: the joining link is in it only for someone with a place. */
  calendar(event: EventRow, withLink: boolean): string {
    const calendar = ical({ name: 'Practice Bank learning events', prodId: '//Practice Bank//Learning events//EN' })
    const page = `${this.baseUrl}/events/${event.slug}`
    const summary = event.cancelledAt ? `Cancelled: ${event.title}` : event.title
    const location =
      event.format === 'in-person'
        ? [event.venue, event.address].filter(Boolean).join(', ')
        : withLink && event.onlineLink
          ? `Online: ${event.onlineLink}`
          : 'Online (the joining link is sent to people with a place)'
    calendar.createEvent({
      id: `learning-event-${event.id}@practice-bank`,
      start: event.startsAt,
      end: event.endsAt,
      summary,
      description: event.cancelledAt
        ? `This event has been cancelled: ${event.cancellationReason ?? ''}\n\n${page}`
        : `${event.description}\n\n${page}`,
      location,
      url: page,
      // Calendar programs replace their copy of the entry when the sequence goes up.
      sequence: event.sequence,
      status: event.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
    return calendar.toString()
  }

  async attendees(eventId: number) {
    return repo.findAttendees(this.db, eventId)
  }

  async attendeesCsv(actor: ActorInfo, event: EventRow): Promise<string> {
    const rows = await repo.findAttendees(this.db, event.id)
    await recordAuditEvent(this.db, {
      action: 'event-attendees-downloaded',
      actorUserId: actor.user.id,
      ip: actor.ip,
      details: { eventId: event.id },
    })
    return stringify(
      rows.map(({ registration: r, email }) => [
        r.name ?? '',
        r.organisation ?? '',
        email ?? '',
        r.status === 'registered' ? 'Place' : 'Waiting list',
        formatDateTime(r.queuedAt),
        r.accessNeeds ?? '',
        r.dietaryNeeds ?? '',
        r.attended === null ? '' : r.attended ? 'Yes' : 'No',
      ]),
      {
        header: true,
        columns: [
          'Name',
          'Organisation',
          'E-mail',
          'Status',
          'Registered',
          'Access needs',
          'Dietary needs',
          'Attended',
        ],
        // A cell starting = + - @ would run as a formula in a spreadsheet: prefix it.
        cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
      },
    )
  }

  async markAttendance(actor: ActorInfo, event: EventRow, attendedIds: number[]) {
    await this.db.transaction(async (tx) => {
      await repo.setAttendance(tx, event.id, attendedIds)
      await recordAuditEvent(tx, {
        action: 'event-attendance-marked',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { eventId: event.id, attended: attendedIds.length },
      })
    })
  }

  async addMaterial(
    actor: ActorInfo,
    event: EventRow,
    material: { kind: 'slides' | 'recording' | 'other'; title: string; url: string },
  ) {
    await this.db.transaction(async (tx) => {
      await repo.insertMaterial(tx, event.id, material.kind, material.title, material.url)
      await recordAuditEvent(tx, {
        action: 'event-material-added',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { eventId: event.id, kind: material.kind, url: material.url },
      })
    })
  }

  invitationsOf(eventId: number) {
    return repo.findShowcaseInvitations(this.db, eventId)
  }

  invitationsFor(eventId: number, userId: number) {
    return repo.findInvitationsFor(this.db, eventId, userId)
  }

  /** The contributor's answer for every invitation they hold for this event. */
  async answerInvitations(actor: ActorInfo, event: EventRow, answer: 'accepted' | 'declined'): Promise<number> {
    return this.db.transaction(async (tx) => {
      const invitations = await repo.findInvitationsFor(tx, event.id, actor.user.id)
      for (const { showcase } of invitations) await repo.answerInvitation(tx, showcase.id, answer)
      await recordAuditEvent(tx, {
        action: 'event-invitation-answered',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { eventId: event.id, answer, practiceIds: invitations.map((i) => i.showcase.practiceId) },
      })
      return invitations.length
    })
  }

  /** The events a practice was showcased at, for its page. */
  async forPracticePage(practiceId: number | null) {
    if (practiceId === null) return null
    const rows = await repo.findEventsShowcasing(this.db, practiceId)
    if (rows.length === 0) return null
    const now = new Date()
    return { past: rows.filter((e) => e.endsAt <= now), upcoming: rows.filter((e) => e.endsAt > now) }
  }

  /**
   * The scheduled jobs the outbox worker runs: reminders the day before (each claimed once, in the
   * transaction that queues it) and the purge of personal details 30 days after an event.
   */
  async runScheduledJobs(batch = 50): Promise<{ reminders: number; purged: number }> {
    const reminders = await this.db.transaction(async (tx) => {
      const due = await repo.claimDueReminders(tx, batch)
      const events = new Map<number, EventRow | null>()
      for (const row of due) {
        if (!events.has(row.eventId)) events.set(row.eventId, await repo.findEventById(tx, row.eventId))
        const event = events.get(row.eventId)
        if (event && !event.cancelledAt) await enqueueEmail(tx, this.emails.reminder(row.email, event, row.cancelToken))
      }
      return due.length
    })
    const purged = await repo.purgePersonalDetails(this.db)
    return { reminders, purged }
  }
}
