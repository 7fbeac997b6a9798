import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import type { FormError } from '../../web/forms.js'
import { requireUser } from '../access/guards.js'
import { parseAttendance, parseEventForm, parseInvitationAnswer, parseMaterialForm } from './forms.js'
import type { EventRow } from './repository.js'
import { eventFormPage, eventFromAddress, newEventMode, requireEventStaff, type SlugParams } from './route-helpers.js'
import { whyFixed } from './change-service.js'
import { eventView } from './view.js'

/** Staff's side of learning events: creating one, the attendee list, attendance and materials; and presenting. */
export default async function eventManageRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const events = services.events

  const requireStaff = requireEventStaff
  const findEvent = (request: FastifyRequest<SlugParams>, reply: FastifyReply) =>
    eventFromAddress(events, request, reply)

  async function renderNew(request: FastifyRequest, reply: FastifyReply, errors: FormError[] = []) {
    const posted = errors.length ? ((request.body ?? {}) as Record<string, unknown>) : {}
    const model = await eventFormPage(events, request.viewer, newEventMode, posted, errors)
    return reply.code(errors.length ? 400 : 200).view('events/views/event-form.njk', model)
  }

  app.get('/events/new', async (request, reply) => {
    if (!requireStaff(request, reply)) return reply
    return renderNew(request, reply)
  })

  app.post('/events', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const form = parseEventForm(request.body, new Date())
    if (!form.ok) return renderNew(request, reply, form.errors)
    const created = await events.create({ user, ip: request.ip }, request.viewer, form.values)
    if ('unknownPractice' in created) {
      return renderNew(request, reply, [
        {
          fieldId: 'practices',
          href: '#practices',
          text: 'Select practice from the list: only practice whose contributors agreed to events can be showcased',
        },
      ])
    }
    request.session.flash = `‘${created.title}’ has been created and is open for registration.`
    return reply.redirect(`/events/${created.slug}`, 303)
  })

  async function renderManage(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    event: EventRow,
    errors: FormError[] = [],
  ) {
    const [attendees, page, invitations] = await Promise.all([
      events.attendees(event.id),
      events.page(event, request.viewer),
      events.invitationsOf(event.id),
    ])
    const taken = attendees.filter((a) => a.registration.status === 'registered').length
    return reply.code(errors.length ? 400 : 200).view('events/views/manage.njk', {
      pageTitle: `Manage ${event.title}`,
      activeNav: 'events',
      event: eventView(event, taken),
      places: attendees.filter((a) => a.registration.status === 'registered'),
      waiting: attendees.filter((a) => a.registration.status === 'waiting'),
      materials: page.materials,
      invitations,
      started: new Date() >= event.startsAt,
      // Changing and cancelling are offered until the event starts, and never once it is cancelled.
      changeable: whyFixed(event) === null,
      input: errors.length ? (request.body ?? {}) : {},
      errors,
      flash: consumeFlash(request),
    })
  }

  app.get<SlugParams>('/events/:slug/manage', async (request, reply) => {
    if (!requireStaff(request, reply)) return reply
    const event = await findEvent(request, reply)
    return event ? renderManage(request, reply, event) : reply
  })

  app.get<SlugParams>('/events/:slug/attendees.csv', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const event = await findEvent(request, reply)
    if (!event) return reply
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${event.slug}-attendees.csv"`)
      .header('cache-control', 'private, no-store')
      .send(await events.attendeesCsv({ user, ip: request.ip }, event))
  })

  app.post<SlugParams>('/events/:slug/attendance', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const event = await findEvent(request, reply)
    if (!event) return reply
    if (new Date() < event.startsAt) {
      return renderManage(request, reply, event, [
        { fieldId: 'attended', href: '#attended', text: 'You can mark attendance once the event has started' },
      ])
    }
    await events.markAttendance({ user, ip: request.ip }, event, parseAttendance(request.body))
    request.session.flash = 'Attendance has been saved.'
    return reply.redirect(`/events/${event.slug}/manage`, 303)
  })

  app.post<SlugParams>('/events/:slug/materials', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const event = await findEvent(request, reply)
    if (!event) return reply
    const form = parseMaterialForm(request.body)
    if (!form.ok) return renderManage(request, reply, event, form.errors)
    await events.addMaterial({ user, ip: request.ip }, event, form.values)
    request.session.flash = `‘${form.values.title}’ has been added to the event page.`
    return reply.redirect(`/events/${event.slug}/manage`, 303)
  })

  /** The contributor invited to present practice at this event; 404 for anyone else. */
  async function invitee(request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const user = requireUser(request, reply)
    if (!user) return null
    const event = await findEvent(request, reply)
    if (!event) return null
    const invitations = await events.invitationsFor(event.id, user.id)
    if (invitations.length === 0) {
      await reply.code(404).view('errors/not-found.njk')
      return null
    }
    return { user, event, invitations }
  }

  app.get<SlugParams>('/events/:slug/presenting', async (request, reply) => {
    const found = await invitee(request, reply)
    if (!found) return reply
    return reply.view('events/views/presenting.njk', {
      pageTitle: `Will you present at ${found.event.title}?`,
      activeNav: 'account',
      event: eventView(found.event, 0),
      invitations: found.invitations,
      errors: [],
    })
  })

  app.post<SlugParams>('/events/:slug/presenting', async (request, reply) => {
    const found = await invitee(request, reply)
    if (!found) return reply
    const answer = parseInvitationAnswer(request.body)
    if (!answer) {
      return reply.code(400).view('events/views/presenting.njk', {
        pageTitle: `Error: Will you present at ${found.event.title}?`,
        activeNav: 'account',
        event: eventView(found.event, 0),
        invitations: found.invitations,
        errors: [{ fieldId: 'answer', href: '#answer', text: 'Select yes if you will present your practice' }],
      })
    }
    await events.answerInvitations({ user: found.user, ip: request.ip }, found.event, answer)
    request.session.flash =
      answer === 'accepted'
        ? 'Thank you: the organisers know you will present.'
        : 'Thank you: the organisers know you cannot present.'
    return reply.redirect(`/events/${found.event.slug}`, 303)
  })
}
