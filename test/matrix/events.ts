import { learningEventPractices } from '../../src/db/schema/index.js'
import { aRegistration, anEvent } from '../support/events.js'
import { aPractice } from '../support/factories.js'
import { signedInOnly, staffOnly, type MatrixSection } from './types.js'

/**
 * Learning events (src/features/events). The event is open to everyone signed in; its showcased
 * practice was contributed by the matrix's contributor, who alone has an invitation to answer. The
 * cancel link belongs to an event that has started, so following it changes nothing (409).
 */
export const eventMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/events', url: '/events', expect: 200 },
    { method: 'GET', route: '/events/new', url: '/events/new', expect: staffOnly(200) },
    { method: 'POST', route: '/events', url: '/events', expect: staffOnly(400) },
    { method: 'GET', route: '/events/:slug', url: '/events/{EVENT}', expect: 200 },
    { method: 'GET', route: '/events/:slug/calendar.ics', url: '/events/{EVENT}/calendar.ics', expect: 200 },
    { method: 'GET', route: '/events/:slug/register', url: '/events/{EVENT}/register', expect: signedInOnly(200) },
    // No name: the form again with "Enter your name"; nobody registered.
    { method: 'POST', route: '/events/:slug/register', url: '/events/{EVENT}/register', expect: signedInOnly(400) },
    // Nobody here has a place to give up.
    { method: 'POST', route: '/events/:slug/cancel', url: '/events/{EVENT}/cancel', expect: signedInOnly(404) },
    { method: 'GET', route: '/events/cancel/:token', url: '/events/cancel/{CANCEL_TOKEN}', expect: 200 },
    { method: 'POST', route: '/events/cancel/:token', url: '/events/cancel/{CANCEL_TOKEN}', expect: 409 },
    { method: 'GET', route: '/events/:slug/manage', url: '/events/{EVENT}/manage', expect: staffOnly(200) },
    {
      method: 'GET',
      route: '/events/:slug/attendees.csv',
      url: '/events/{EVENT}/attendees.csv',
      expect: staffOnly(200),
    },
    // The event has not started: "You can mark attendance once the event has started".
    { method: 'POST', route: '/events/:slug/attendance', url: '/events/{EVENT}/attendance', expect: staffOnly(400) },
    { method: 'POST', route: '/events/:slug/materials', url: '/events/{EVENT}/materials', expect: staffOnly(400) },
    // Empty forms: the event form's own errors, and "Enter the reason the event is cancelled"; nothing changes.
    { method: 'GET', route: '/events/:slug/edit', url: '/events/{EVENT}/edit', expect: staffOnly(200) },
    { method: 'POST', route: '/events/:slug/edit', url: '/events/{EVENT}/edit', expect: staffOnly(400) },
    { method: 'GET', route: '/events/:slug/cancel-event', url: '/events/{EVENT}/cancel-event', expect: staffOnly(200) },
    {
      method: 'POST',
      route: '/events/:slug/cancel-event',
      url: '/events/{EVENT}/cancel-event',
      expect: staffOnly(400),
    },
    {
      method: 'GET',
      route: '/events/:slug/presenting',
      url: '/events/{EVENT}/presenting',
      expect: { anonymous: 'sign-in', contributor: 200, rest: 404 },
    },
    {
      method: 'POST',
      route: '/events/:slug/presenting',
      url: '/events/{EVENT}/presenting',
      expect: { anonymous: 'sign-in', contributor: 400, rest: 404 },
    },
    { method: 'GET', route: '/account/events', url: '/account/events', expect: signedInOnly(200) },
  ],
  async fixtures(db, _app, { users }) {
    const practice = await aPractice(db, {
      title: 'Showcased at the matrix event',
      submittedByUserId: users.contributor.id,
      values: { consentEvents: true },
    })
    const event = await anEvent(db, { title: 'Matrix learning event' })
    await db
      .insert(learningEventPractices)
      .values({ eventId: event.id, practiceId: practice.id, invitation: 'invited' })
    const started = await anEvent(db, { title: 'Matrix event under way', startsInHours: -1 })
    const registration = await aRegistration(db, started.id, users.admin.id)
    return { EVENT: event.slug, CANCEL_TOKEN: registration.cancelToken }
  },
}
