import { randomBytes } from 'node:crypto'
import type { Db } from '../../db/client.js'
import type { Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import * as changes from './change-repository.js'
import { eventEmails, type EventChange } from './emails.js'
import { fillPlaces, showcasePractice } from './event-writes.js'
import type { EventValues } from './forms.js'
import * as repo from './repository.js'
import type { EventRow } from './repository.js'
import type { ActorInfo, EventsService } from './service.js'

export type ChangeResult =
  | { kind: 'changed'; event: EventRow; told: number; promoted: number }
  | { kind: 'unchanged'; event: EventRow }
  | { kind: 'below-registered'; registered: number }
  | { kind: 'stale' | 'cancelled' | 'started' | 'unknown-practice' }

export type CancelEventResult = { kind: 'cancelled'; told: number } | { kind: 'already-cancelled' | 'started' }

/** Why an event may not be changed or cancelled now, or null when it may. */
export function whyFixed(event: EventRow, now = new Date()): 'cancelled' | 'started' | null {
  if (event.cancelledAt) return 'cancelled'
  if (now >= event.startsAt) return 'started'
  return null
}

const compared = [
  'title',
  'description',
  'region',
  'format',
  'venue',
  'address',
  'onlineLink',
  'startsAt',
  'endsAt',
  'capacity',
  'audience',
  'registrationClosesAt',
  'speakers',
] as const

const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null))

/** Field by field, what the form changes of the stored event, for the audit log. */
function differences(event: EventRow, values: EventValues) {
  const found: Record<string, { from: unknown; to: unknown }> = {}
  for (const field of compared) {
    if (shown(event[field]) !== shown(values[field]))
      found[field] = { from: shown(event[field]), to: shown(values[field]) }
  }
  return found
}

const marker = () => `{{token-${randomBytes(9).toString('hex')}}}`

/** Changing an event's details and calling it off: each in one transaction, with the event row locked. */
export class EventChangesService {
  private readonly emails: ReturnType<typeof eventEmails>

  constructor(
    private readonly db: Db,
    baseUrl: string,
    private readonly events: EventsService,
  ) {
    this.emails = eventEmails(baseUrl)
  }

  /** The slugs of the practice showcased now, to tick on the form. */
  async showcasedSlugs(eventId: number): Promise<string[]> {
    return (await changes.findShowcasedSlugs(this.db, eventId)).map((p) => p.slug)
  }

  /**
   * Saves the form at the version it was loaded at. Capacity may not drop below the places taken;
   * places it adds go to the waiting list in order; a new time or place is e-mailed to everyone
   * registered or waiting (a new joining link only to people with a place, who alone see it).
   */
  async update(
    actor: ActorInfo,
    viewer: Viewer,
    eventId: number,
    seen: number | null,
    values: EventValues,
  ): Promise<ChangeResult> {
    const allowed = await this.events.showcaseable(viewer)
    const chosen = values.practiceSlugs.map((slug) => allowed.find((p) => p.slug === slug))
    if (chosen.some((p) => !p)) return { kind: 'unknown-practice' }
    return this.db.transaction(async (tx): Promise<ChangeResult> => {
      const event = await repo.lockEvent(tx, eventId)
      if (!event) return { kind: 'stale' }
      const fixed = whyFixed(event)
      if (fixed) return { kind: fixed }
      if (seen !== event.sequence) return { kind: 'stale' }
      const registered = await repo.countRegistered(tx, event.id)
      if (values.capacity < registered) return { kind: 'below-registered', registered }

      const showcased = await changes.findShowcasedSlugs(tx, event.id)
      const wanted = new Set(values.practiceSlugs)
      const added = chosen.filter((p) => p !== undefined && !showcased.some((s) => s.slug === p.slug))
      // Practice the organiser could not tick (no longer showable) stays as it was.
      const removed = showcased.filter((s) => !wanted.has(s.slug) && allowed.some((p) => p.slug === s.slug))
      const found = differences(event, values)
      if (Object.keys(found).length === 0 && added.length === 0 && removed.length === 0) {
        return { kind: 'unchanged', event }
      }

      const { practiceSlugs: _slugs, ...columns } = values
      const saved = await changes.updateEvent(tx, event.id, columns)
      await showcasePractice(
        tx,
        saved,
        added.filter((p) => p !== undefined),
        this.emails,
      )
      await changes.deleteShowcases(
        tx,
        event.id,
        removed.map((p) => p.id),
      )
      const change: EventChange = {
        when: 'startsAt' in found || 'endsAt' in found,
        where: 'format' in found || 'venue' in found || 'address' in found,
        link: 'onlineLink' in found && saved.format === 'online',
      }
      let told = 0
      if (change.when || change.where || change.link) {
        // The waiting list never sees the joining link, so a new link alone is news only to people with a place.
        const statuses = change.when || change.where ? (['registered', 'waiting'] as const) : (['registered'] as const)
        told = await changes.enqueueEventEmails(
          tx,
          event.id,
          [...statuses],
          this.emails.changed(saved, change, marker()),
        )
      }
      const promoted = saved.capacity > event.capacity ? await fillPlaces(tx, saved, this.emails) : 0
      await recordAuditEvent(tx, {
        action: 'event-changed',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: {
          eventId: event.id,
          slug: event.slug,
          changes: found,
          practicesAdded: added.map((p) => p?.id),
          practicesRemoved: removed.map((p) => p.id),
          told,
          promoted,
        },
      })
      return { kind: 'changed', event: saved, told, promoted }
    })
  }

  /** Calls the event off: registration closes, and everyone registered or waiting is told once, with the reason. */
  async cancel(actor: ActorInfo, eventId: number, reason: string): Promise<CancelEventResult> {
    return this.db.transaction(async (tx): Promise<CancelEventResult> => {
      const event = await repo.lockEvent(tx, eventId)
      if (!event || event.cancelledAt) return { kind: 'already-cancelled' }
      if (whyFixed(event) === 'started') return { kind: 'started' }
      const cancelled = await changes.markEventCancelled(tx, event.id, reason, actor.user.id)
      const told = await changes.enqueueEventEmails(
        tx,
        event.id,
        ['registered', 'waiting'],
        this.emails.eventCancelled(cancelled, reason, marker()),
      )
      await recordAuditEvent(tx, {
        action: 'event-cancelled',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { eventId: event.id, slug: event.slug, reason, told },
      })
      return { kind: 'cancelled', told }
    })
  }
}
