import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import type { FormError } from '../../web/forms.js'
import { eventFormInput, parseCancelEventForm, seenSequence } from './change-forms.js'
import { whyFixed } from './change-service.js'
import { parseEventForm } from './forms.js'
import type { EventRow } from './repository.js'
import {
  changeEventMode,
  eventFormPage,
  eventFromAddress,
  requireEventStaff,
  type SlugParams,
} from './route-helpers.js'
import { eventView } from './view.js'

const practiceMessage =
  'Select practice from the list: only practice whose contributors agreed to events can be showcased'

/** Staff change an event's details, or call it off, until it starts; a cancelled event stays as it was. */
export default async function eventChangeRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { events, eventChanges } = services

  /** Staff, and an event that may still change; otherwise the answer is already sent. */
  async function changeable(request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const user = requireEventStaff(request, reply)
    if (!user) return null
    const event = await eventFromAddress(events, request, reply)
    if (!event) return null
    const fixed = whyFixed(event)
    if (fixed) {
      await notChangeable(reply, event, fixed)
      return null
    }
    return { user, event }
  }

  function notChangeable(reply: FastifyReply, event: EventRow, why: 'cancelled' | 'started') {
    return reply.code(409).view('events/views/not-changeable.njk', {
      pageTitle: why === 'cancelled' ? 'This event has been cancelled' : 'This event has started',
      activeNav: 'events',
      event: eventView(event, 0),
      why,
      staff: true,
    })
  }

  async function renderEdit(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    event: EventRow,
    input: Record<string, unknown>,
    errors: FormError[],
    status = errors.length ? 400 : 200,
  ) {
    const model = await eventFormPage(events, request.viewer, changeEventMode(event), input, errors)
    return reply.code(status).view('events/views/event-form.njk', model)
  }

  const storedInput = async (event: EventRow) => eventFormInput(event, await eventChanges.showcasedSlugs(event.id))

  app.get<SlugParams>('/events/:slug/edit', async (request, reply) => {
    const found = await changeable(request, reply)
    if (!found) return reply
    return renderEdit(request, reply, found.event, await storedInput(found.event), [])
  })

  app.post<SlugParams>('/events/:slug/edit', async (request, reply) => {
    const found = await changeable(request, reply)
    if (!found) return reply
    const { user, event } = found
    const posted = (request.body ?? {}) as Record<string, unknown>
    const form = parseEventForm(request.body, new Date(), event)
    if (!form.ok) return renderEdit(request, reply, event, posted, form.errors)
    const actor = { user, ip: request.ip }
    const result = await eventChanges.update(actor, request.viewer, event.id, seenSequence(request.body), form.values)
    switch (result.kind) {
      case 'unknown-practice':
        return renderEdit(request, reply, event, posted, [
          { fieldId: 'practices', href: '#practices', text: practiceMessage },
        ])
      case 'below-registered':
        return renderEdit(request, reply, event, posted, [
          {
            fieldId: 'capacity',
            href: '#capacity',
            text: `${result.registered === 1 ? '1 person has' : `${result.registered} people have`} already registered, so the number of places must be ${result.registered} or more`,
          },
        ])
      case 'stale': {
        // Someone saved first: show what is stored now, to be changed again.
        const current = (await events.findBySlug(event.slug))?.event ?? event
        return renderEdit(
          request,
          reply,
          current,
          await storedInput(current),
          [
            {
              fieldId: 'title',
              href: '#title',
              text: 'Someone else changed this event while you were editing it. Check the details below and make your changes again',
            },
          ],
          409,
        )
      }
      case 'cancelled':
      case 'started':
        return notChangeable(reply, event, result.kind)
      case 'unchanged':
        request.session.flash = 'You did not change anything, so nobody has been told.'
        return reply.redirect(`/events/${event.slug}/manage`, 303)
      case 'changed': {
        const told = result.told
          ? ` ${result.told === 1 ? '1 person has' : `${result.told} people have`} been e-mailed the new details.`
          : ''
        const promoted = result.promoted
          ? ` ${result.promoted === 1 ? '1 person' : `${result.promoted} people`} from the waiting list now ${result.promoted === 1 ? 'has a place' : 'have places'}.`
          : ''
        request.session.flash = `The event’s details have been saved.${told}${promoted}`
        return reply.redirect(`/events/${event.slug}/manage`, 303)
      }
    }
  })

  async function renderCancel(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    event: EventRow,
    errors: FormError[],
  ) {
    const people = await events.attendees(event.id)
    return reply.code(errors.length ? 400 : 200).view('events/views/cancel-event.njk', {
      pageTitle: `Cancel ${event.title}`,
      activeNav: 'events',
      event: eventView(event, 0),
      registered: people.filter((p) => p.registration.status === 'registered').length,
      waiting: people.filter((p) => p.registration.status === 'waiting').length,
      input: errors.length ? (request.body ?? {}) : {},
      errors,
    })
  }

  app.get<SlugParams>('/events/:slug/cancel-event', async (request, reply) => {
    const found = await changeable(request, reply)
    if (!found) return reply
    return renderCancel(request, reply, found.event, [])
  })

  app.post<SlugParams>('/events/:slug/cancel-event', async (request, reply) => {
    const found = await changeable(request, reply)
    if (!found) return reply
    const { user, event } = found
    const form = parseCancelEventForm(request.body)
    if (!form.ok) return renderCancel(request, reply, event, form.errors)
    const result = await eventChanges.cancel({ user, ip: request.ip }, event.id, form.reason)
    if (result.kind !== 'cancelled') {
      return notChangeable(reply, event, result.kind === 'started' ? 'started' : 'cancelled')
    }
    request.session.flash = `‘${event.title}’ has been cancelled. ${
      result.told === 1 ? '1 person has' : `${result.told} people have`
    } been e-mailed the reason.`
    return reply.redirect(`/events/${event.slug}`, 303)
  })
}
