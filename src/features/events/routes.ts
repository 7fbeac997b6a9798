import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { regions } from '../../db/seed/reference-data.js'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import { requireUser } from '../access/guards.js'
import { parseRegistrationForm } from './forms.js'
import type { EventRow } from './repository.js'
import { canManageEvents, mayAttend, regionLabel, registrationOpen } from './service.js'
import { eventView } from './view.js'

export const eventSlugPattern = /^[a-z0-9][a-z0-9-]{0,119}$/
const tokenPattern = /^[A-Za-z0-9_-]{20,64}$/

type SlugParams = { Params: { slug: string } }
type TokenParams = { Params: { token: string } }

const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
const eventCancelled = (reply: FastifyReply, event: EventRow) =>
  reply.code(409).view('events/views/not-changeable.njk', {
    pageTitle: 'This event has been cancelled',
    event: eventView(event, 0),
    why: 'cancelled',
  })

/** Learning events: the list, the event page, registration, cancelling and the calendar file. */
export default async function eventRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const events = services.events

  /** The event named in the address, or null after answering 404. */
  async function foundOr404(request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const found = eventSlugPattern.test(request.params.slug) ? await events.findBySlug(request.params.slug) : null
    if (!found) await notFound(reply)
    return found
  }

  async function eventOr404(request: FastifyRequest<SlugParams>, reply: FastifyReply): Promise<EventRow | null> {
    return (await foundOr404(request, reply))?.event ?? null
  }

  app.get<{ Querystring: { region?: unknown } }>('/events', async (request, reply) => {
    const region = request.query.region
    if (region !== undefined && region !== '' && !regions.some((r) => r.key === region)) {
      return reply.code(400).view('events/views/list.njk', {
        pageTitle: 'Error: Learning events',
        activeNav: 'events',
        badRegion: true,
        regionItems: regionItems(null),
        upcoming: [],
        past: [],
      })
    }
    const chosen = typeof region === 'string' && region ? region : null
    const { upcoming, past } = await events.list(chosen)
    return reply.view('events/views/list.njk', {
      pageTitle: 'Learning events',
      activeNav: 'events',
      region: chosen ? regionLabel(chosen) : null,
      regionItems: regionItems(chosen),
      upcoming: upcoming.map((row) => eventView(row.event, row.taken)),
      past: past.map((row) => eventView(row.event, row.taken)),
      canManage: canManageEvents(request.viewer),
      flash: consumeFlash(request),
    })
  })

  app.get<SlugParams>('/events/:slug', async (request, reply) => {
    const found = eventSlugPattern.test(request.params.slug) ? await events.findBySlug(request.params.slug) : null
    if (!found) return notFound(reply)
    const { event, taken } = found
    const page = await events.page(event, request.viewer)
    const hasPlace = page.registration?.status === 'registered'
    return reply.view('events/views/event.njk', {
      pageTitle: event.title,
      activeNav: 'events',
      event: eventView(event, taken),
      // The joining link leaves the server only for people with a place.
      onlineLink: hasPlace ? event.onlineLink : null,
      ...page,
      hasPlace,
      signedIn: request.viewer.kind === 'user',
      mayAttend: mayAttend(event.audience, request.viewer),
      open: registrationOpen(event),
      canManage: canManageEvents(request.viewer),
      flash: consumeFlash(request),
    })
  })

  app.get<SlugParams>('/events/:slug/calendar.ics', async (request, reply) => {
    const event = await eventOr404(request, reply)
    if (!event) return reply
    let withLink = false
    if (request.viewer.kind === 'user') {
      const { registration } = await events.page(event, request.viewer)
      withLink = registration?.status === 'registered'
    }
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${event.slug}.ics"`)
      .header('cache-control', 'private, no-store')
      .send(events.calendar(event, withLink))
  })

  async function registrationPage(request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const user = requireUser(request, reply)
    if (!user) return null
    const found = await foundOr404(request, reply)
    if (!found) return null
    const { event, taken } = found
    if (!mayAttend(event.audience, request.viewer)) {
      await reply
        .code(403)
        .view('events/views/not-allowed.njk', { pageTitle: 'This event is for policing only', event })
      return null
    }
    return { user, event, taken }
  }

  app.get<SlugParams>('/events/:slug/register', async (request, reply) => {
    const found = await registrationPage(request, reply)
    if (!found) return reply
    const { user, event, taken } = found
    const { registration } = await events.page(event, request.viewer)
    if (registration) return reply.redirect(`/events/${event.slug}`, 303)
    if (!registrationOpen(event))
      return reply.code(409).view('events/views/closed.njk', { pageTitle: 'Registration has closed', event })
    const organisation =
      user.organisationId === null
        ? ''
        : ((await services.reference.get()).organisationById.get(user.organisationId)?.name ?? '')
    return reply.view('events/views/register.njk', {
      pageTitle: `Register for ${event.title}`,
      activeNav: 'events',
      event: eventView(event, taken),
      input: { name: user.name, organisation },
      errors: [],
    })
  })

  app.post<SlugParams>('/events/:slug/register', async (request, reply) => {
    const found = await registrationPage(request, reply)
    if (!found) return reply
    const { user, event, taken } = found
    const form = parseRegistrationForm(request.body)
    if (!form.ok) {
      return reply.code(400).view('events/views/register.njk', {
        pageTitle: `Error: Register for ${event.title}`,
        activeNav: 'events',
        event: eventView(event, taken),
        input: request.body ?? {},
        errors: form.errors,
      })
    }
    const result = await events.register(user, request.viewer, event.id, form.values)
    if (result.kind === 'closed')
      return reply.code(409).view('events/views/closed.njk', { pageTitle: 'Registration has closed', event })
    if (result.kind === 'not-allowed') {
      return reply
        .code(403)
        .view('events/views/not-allowed.njk', { pageTitle: 'This event is for policing only', event })
    }
    request.session.flash =
      result.kind === 'registered'
        ? 'You have a place. We have sent you a confirmation e-mail.'
        : 'The event is full, so you are on the waiting list. We will e-mail you if a place comes free.'
    return reply.redirect(`/events/${event.slug}`, 303)
  })

  // From the event page or the account page: the signed-in person gives up their own place.
  app.post<SlugParams>('/events/:slug/cancel', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const event = await eventOr404(request, reply)
    if (!event) return reply
    const { registration } = await events.page(event, request.viewer)
    if (!registration) return reply.code(404).view('errors/not-found.njk')
    const result = await events.cancel(registration.id, event.id)
    if (result === 'started')
      return reply.code(409).view('events/views/started.njk', { pageTitle: 'This event has started', event })
    if (result === 'event-cancelled') return eventCancelled(reply, event)
    request.session.flash = `You have cancelled your registration for ${event.title}.`
    const back =
      (request.body as { from?: unknown } | undefined)?.from === 'account' ? '/account/events' : `/events/${event.slug}`
    return reply.redirect(back, 303)
  })

  // From the link in the e-mail: the token is the proof, so no sign-in is needed.
  async function byToken(request: FastifyRequest<TokenParams>, reply: FastifyReply) {
    const found = tokenPattern.test(request.params.token) ? await events.findByCancelToken(request.params.token) : null
    if (!found) {
      await notFound(reply)
      return null
    }
    return found
  }

  app.get<TokenParams>('/events/cancel/:token', async (request, reply) => {
    const found = await byToken(request, reply)
    if (!found) return reply
    return reply.view('events/views/cancel.njk', {
      pageTitle: `Cancel your registration for ${found.event.title}`,
      event: eventView(found.event, 0),
      registration: found.registration,
      token: request.params.token,
    })
  })

  app.post<TokenParams>('/events/cancel/:token', async (request, reply) => {
    const found = await byToken(request, reply)
    if (!found) return reply
    const result = await events.cancel(found.registration.id, found.event.id)
    if (result === 'event-cancelled') return eventCancelled(reply, found.event)
    if (result === 'started') {
      return reply
        .code(409)
        .view('events/views/started.njk', { pageTitle: 'This event has started', event: found.event })
    }
    return reply.view('events/views/cancelled.njk', { pageTitle: 'Your registration is cancelled', event: found.event })
  })

  app.get('/account/events', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const [registrations, invitations] = await events.myEvents(user.id)
    const now = new Date()
    return reply.view('events/views/my-events.njk', {
      pageTitle: 'Your learning events',
      activeNav: 'account',
      registrations: registrations.map((r) => ({
        ...r,
        view: eventView(r.event, 0),
        cancellable: now < r.event.startsAt && !r.event.cancelledAt,
      })),
      invitations: invitations.map((i) => ({ ...i, view: eventView(i.event, 0) })),
      flash: consumeFlash(request),
    })
  })
}

function regionItems(chosen: string | null) {
  return [
    { value: '', text: 'All regions', selected: chosen === null },
    ...regions
      .filter((r) => r.key !== 'national')
      .map((r) => ({ value: r.key, text: r.label, selected: r.key === chosen })),
    { value: 'national', text: 'National', selected: chosen === 'national' },
  ]
}
