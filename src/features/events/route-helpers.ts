import type { FastifyReply, FastifyRequest } from 'fastify'
import { regions } from '../../db/seed/reference-data.js'
import type { FormError } from '../../web/forms.js'
import { requireUser } from '../access/guards.js'
import type { SignedInUser, Viewer } from '../access/visibility.js'
import type { EventRow } from './repository.js'
import { eventSlugPattern } from './routes.js'
import { canManageEvents, type EventsService } from './service.js'

export type SlugParams = { Params: { slug: string } }

/** The signed-in programme staff member, or null after answering (sign-in redirect or 403). */
export function requireEventStaff(request: FastifyRequest, reply: FastifyReply): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!canManageEvents(request.viewer)) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}

/** The event the address names, or null after answering 404. */
export async function eventFromAddress(
  events: EventsService,
  request: FastifyRequest<SlugParams>,
  reply: FastifyReply,
): Promise<EventRow | null> {
  const found = eventSlugPattern.test(request.params.slug) ? await events.findBySlug(request.params.slug) : null
  if (!found) {
    await reply.code(404).view('errors/not-found.njk')
    return null
  }
  return found.event
}

/** What differs between creating an event and changing one; the fields, their checks and the view are shared. */
export interface EventFormMode {
  heading: string
  caption: string | null
  action: string
  button: string
  buttonQa: string
  back: { text: string; href: string }
}

export const newEventMode: EventFormMode = {
  heading: 'Create a learning event',
  caption: null,
  action: '/events',
  button: 'Create event',
  buttonQa: 'create-event-button',
  back: { text: 'All learning events', href: '/events' },
}

export const changeEventMode = (event: EventRow): EventFormMode => ({
  heading: 'Change event details',
  caption: event.title,
  action: `/events/${event.slug}/edit`,
  button: 'Save changes',
  buttonQa: 'save-event-button',
  back: { text: 'Back to managing the event', href: `/events/${event.slug}/manage` },
})

/** The event form's page: the given input (posted, or a stored event's), its errors and the practice to tick. */
export async function eventFormPage(
  events: EventsService,
  viewer: Viewer,
  mode: EventFormMode,
  input: Record<string, unknown>,
  errors: FormError[],
) {
  const chosen = new Set([input.practices].flat().filter((v): v is string => typeof v === 'string'))
  const practice = await events.showcaseable(viewer)
  return {
    // The layout puts "Error: " before the title when there are errors.
    pageTitle: `${mode.heading}${mode.caption ? `: ${mode.caption}` : ''}`,
    activeNav: 'events',
    mode,
    input,
    errors,
    regionItems: [
      { value: '', text: 'Select a region' },
      ...regions.map((r) => ({ value: r.key, text: r.label, selected: input.region === r.key })),
    ],
    practiceItems: practice.map((p) => ({
      value: p.slug,
      text: p.title,
      hint: { text: p.organisationName },
      checked: chosen.has(p.slug),
    })),
  }
}
