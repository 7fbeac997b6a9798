import { eq, sql } from 'drizzle-orm'
import { parse as parseCsv } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditEvents,
  learningEventMaterials,
  learningEventPractices,
  learningEventRegistrations,
  learningEvents,
  outbox,
} from '../src/db/schema/index.js'
import { OutboxWorker } from '../src/features/email/worker.js'
import { toLondonParts } from '../src/features/events/london-time.js'
import type { Mailer } from '../src/features/email/mailer.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aRegistration, anEvent } from './support/events.js'
import { aPractice } from './support/factories.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp
let staff: TestClient
let contributorId: number
let showcaseable: { id: number; slug: string; title: string }
let notConsented: { id: number; slug: string }

beforeAll(async () => {
  t = await createTestApp()
  await aUser(t.db, { email: 'organiser@college.police.uk', roles: ['reviewer'] })
  contributorId = (await aUser(t.db, { email: 'presenter@kent.police.uk', organisation: 'kent' })).id
  showcaseable = await aPractice(t.db, {
    title: 'Lantern walks with stalking survivors',
    organisation: 'kent',
    submittedByUserId: contributorId,
    values: { consentEvents: true },
  })
  notConsented = await aPractice(t.db, { title: 'Practice kept off the stage', values: { consentEvents: false } })
  staff = await signedIn(t.app, 'organiser@college.police.uk')
})

afterAll(async () => {
  await t.close()
})

const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) }
}

function eventForm(fields: Record<string, string | string[]> = {}) {
  const on = inDays(30)
  const closes = inDays(25)
  return {
    title: 'Stalking learning day',
    description: 'Forces share what helps victims of stalking.',
    region: 'south-east',
    format: 'in-person',
    venue: 'Test Hall',
    address: '1 Test Street, Maidstone',
    'date-day': on.day,
    'date-month': on.month,
    'date-year': on.year,
    startTime: '9:30am',
    endTime: '16:00',
    capacity: '2',
    audience: 'policing',
    'closesDate-day': closes.day,
    'closesDate-month': closes.month,
    'closesDate-year': closes.year,
    closesTime: '5pm',
    speakers: 'DI Test Person, Kent Police',
    ...fields,
  }
}

const countEvents = async () => (await t.db.select({ id: learningEvents.id }).from(learningEvents)).length

describe('creating a learning event', () => {
  it('shows the GOV.UK error summary and inline errors, and creates nothing, when the form is not right', async () => {
    const before = await countEvents()
    const cases: [Record<string, string | string[]>, string][] = [
      [{ title: '' }, 'Enter the title of the event'],
      [{ format: '' }, 'Select whether the event is in person or online'],
      [{ venue: '' }, 'Enter the name of the venue'],
      [
        { format: 'online', onlineLink: 'javascript:alert(1)' },
        'Enter the joining link as a web address starting https://',
      ],
      [{ 'date-day': '31', 'date-month': '2' }, 'The date of the event must be a real date'],
      [{ endTime: '9am' }, 'The end time must be after the start time'],
      [{ startTime: '25:00' }, 'Enter the start time, like 9:30am or 14:00'],
      [{ capacity: '0' }, 'The number of places must be a whole number between 1 and 10,000'],
      [{ region: 'atlantis' }, 'Select the region the event is for'],
      [
        { 'closesDate-day': inDays(40).day, 'closesDate-month': inDays(40).month, 'closesDate-year': inDays(40).year },
        'Registration must close before the event starts',
      ],
      [
        { practices: notConsented.slug },
        'Select practice from the list: only practice whose contributors agreed to events can be showcased',
      ],
    ]
    for (const [fields, message] of cases) {
      const { status, $ } = await staff.submit('/events', eventForm(fields), '/events/new')
      expect({ fields, status }).toEqual({ fields, status: 400 })
      expect($('title').text()).toMatch(/^Error: /)
      expect($('.govuk-error-summary').text()).toContain(message)
      expect($('.govuk-error-message').text()).toContain(message)
    }
    expect(await countEvents()).toBe(before)
  })

  it('offers only practice whose contributor agreed to events, and invites that contributor to present', async () => {
    const { $ } = await staff.get('/events/new')
    const offered = $('input[name=practices]')
      .map((_, el) => $(el).val())
      .get()
    expect(offered).toContain(showcaseable.slug)
    expect(offered).not.toContain(notConsented.slug)

    const { status, response } = await staff.submit(
      '/events',
      eventForm({ practices: showcaseable.slug }),
      '/events/new',
    )
    expect(status).toBe(303)
    const slug = String(response.headers.location).replace('/events/', '')
    const [event] = await t.db.select().from(learningEvents).where(eq(learningEvents.slug, slug))
    expect(event?.title).toBe('Stalking learning day')
    // 9:30am London time in the winter or summer, stored as the instant.
    expect(toLondonParts(event?.startsAt ?? new Date()).time).toBe('09:30')
    const [showcase] = await t.db
      .select()
      .from(learningEventPractices)
      .where(eq(learningEventPractices.eventId, event?.id ?? 0))
    expect(showcase?.invitation).toBe('invited')
    const invitation = await lastEmailTo(t.db, 'presenter@kent.police.uk')
    expect(invitation?.subject).toBe(
      'Would you present ‘Lantern walks with stalking survivors’ at Stalking learning day?',
    )
    expect(invitation?.body).toContain(`/events/${slug}/presenting`)
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'event-created'))
    expect(audit?.details).toMatchObject({ eventId: event?.id })

    const page = await staff.get(`/events/${slug}`)
    expect(page.$('[data-qa=showcased-practice] a').text()).toBe('Lantern walks with stalking survivors')
    expect(page.$('[data-qa=speakers]').text()).toContain('DI Test Person, Kent Police')

    // The contributor accepts in the service; the practice page lists the event.
    const presenter = await signedIn(t.app, 'presenter@kent.police.uk')
    expect((await presenter.submit(`/events/${slug}/presenting`, {})).status).toBe(400)
    expect((await presenter.submit(`/events/${slug}/presenting`, { answer: 'accepted' })).status).toBe(303)
    const [answered] = await t.db
      .select()
      .from(learningEventPractices)
      .where(eq(learningEventPractices.eventId, event?.id ?? 0))
    expect(answered?.invitation).toBe('accepted')
    const manage = await staff.get(`/events/${slug}/manage`)
    expect(manage.$('[data-qa=invitations]').text()).toContain('Will present')
    const practicePage = await presenter.get(`/practices/${showcaseable.slug}`)
    expect(practicePage.$('[data-qa=to-be-presented-at] a').text()).toBe('Stalking learning day')
    // Nobody else has an invitation to answer.
    expect((await staff.get(`/events/${slug}/presenting`)).status).toBe(404)
  })
})

describe('the events list', () => {
  it('lists upcoming and past events, filtered by region, and refuses an unknown region', async () => {
    const upcoming = await anEvent(t.db, { title: 'Wales upcoming event', region: 'wales' })
    const past = await anEvent(t.db, { title: 'Wales past event', region: 'wales', startsInHours: -48 })
    const elsewhere = await anEvent(t.db, { title: 'London upcoming event', region: 'london' })
    const { status, $ } = await staff.get('/events?region=wales')
    expect(status).toBe(200)
    const slugs = (qa: string) =>
      $(`[data-qa=${qa}] [data-qa=event]`)
        .map((_, el) => $(el).attr('data-slug'))
        .get()
    expect(slugs('upcoming')).toEqual([upcoming.slug])
    expect(slugs('past')).toEqual([past.slug])
    expect((await staff.get('/events')).$(`[data-slug=${elsewhere.slug}]`)).toHaveLength(1)
    const bad = await staff.get('/events?region=atlantis')
    expect(bad.status).toBe(400)
    expect(bad.$('.govuk-error-summary').text()).toContain('Select a region from the list')
  })
})

describe('registration', () => {
  it('never puts the online link in the HTML or calendar of anyone without a place', async () => {
    const event = await anEvent(t.db, { capacity: 1 })
    const link = String(event.onlineLink)
    await aUser(t.db, { email: 'first@essex.police.uk', organisation: 'essex' })
    await aUser(t.db, { email: 'second@essex.police.uk', organisation: 'essex' })
    const first = await signedIn(t.app, 'first@essex.police.uk')
    const second = await signedIn(t.app, 'second@essex.police.uk')
    const visitorPage = await t.app.inject({ method: 'GET', url: `/events/${event.slug}` })
    expect(visitorPage.body).not.toContain(link)
    expect((await t.app.inject({ method: 'GET', url: `/events/${event.slug}/calendar.ics` })).body).not.toContain(link)
    expect((await first.get(`/events/${event.slug}`)).response.body).not.toContain(link)

    expect((await second.get(`/events/${event.slug}/register`)).$('h1').text()).toBe('Register')
    expect((await first.submit(`/events/${event.slug}/register`, { name: 'First Person' })).status).toBe(303)
    // the event is full: the registration page says what the button will do
    expect((await second.get(`/events/${event.slug}/register`)).$('h1').text()).toBe('Join the waiting list')
    expect((await second.submit(`/events/${event.slug}/register`, { name: 'Second Person' })).status).toBe(303)
    const firstPage = await first.get(`/events/${event.slug}`)
    expect(firstPage.$('[data-qa=online-link]').attr('href')).toBe(link)
    const secondPage = await second.get(`/events/${event.slug}`)
    expect(secondPage.$('[data-qa=on-waiting-list]').text()).toContain('number 1')
    expect(secondPage.response.body).not.toContain(link)
    expect((await second.get(`/events/${event.slug}/calendar.ics`)).response.body).not.toContain(link)
    expect((await lastEmailTo(t.db, 'second@essex.police.uk'))?.body).not.toContain(link)
    expect((await lastEmailTo(t.db, 'first@essex.police.uk'))?.body).toContain(link)
  })

  it('gives an .ics file a calendar parser reads, with the event’s times', async () => {
    const event = await anEvent(t.db, { title: 'Calendar check event', format: 'in-person' })
    const response = await t.app.inject({ method: 'GET', url: `/events/${event.slug}/calendar.ics` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(response.body))
    const component = calendar.getFirstSubcomponent('vevent')
    if (!component) throw new Error('no VEVENT in the calendar file')
    const vevent = new ICAL.Event(component)
    expect(vevent.summary).toBe('Calendar check event')
    expect(vevent.location).toBe('Test Hall, 1 Test Street, Testtown')
    expect(vevent.startDate.toJSDate().toISOString()).toBe(event.startsAt.toISOString())
    expect(vevent.endDate.toJSDate().toISOString()).toBe(event.endsAt.toISOString())
  })

  it('refuses a policing-only event to people who are not police, and a closed one to everyone', async () => {
    const policing = await anEvent(t.db, { audience: 'policing' })
    await aUser(t.db, { email: 'partner@charity.example.org' })
    const partner = await signedIn(t.app, 'partner@charity.example.org')
    expect((await partner.get(`/events/${policing.slug}/register`)).status).toBe(403)
    const closed = await anEvent(t.db, { startsInHours: 2, closesHoursBefore: 3 })
    expect((await partner.get(`/events/${closed.slug}/register`)).status).toBe(409)
    const token = (await partner.get(`/events/${policing.slug}`)).$('input[name=_csrf]').first().val()
    // Nothing written for either.
    expect(
      (await partner.post(`/events/${closed.slug}/register`, { name: 'Partner', _csrf: String(token) })).status,
    ).toBe(409)
    const rows = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(sql`${learningEventRegistrations.eventId} in (${policing.id}, ${closed.id})`)
    expect(rows).toHaveLength(0)
  })

  it('never gives more places than the event has under 50 registrations at once, and the last goes to one person', async () => {
    const event = await anEvent(t.db, { capacity: 25 })
    const people = await Promise.all(
      Array.from({ length: 50 }, (_, i) => aUser(t.db, { email: `rush${i}@wales.police.uk`, organisation: 'gwent' })),
    )
    const clients = await Promise.all(people.map((p) => signedIn(t.app, p.email)))
    const pages = await Promise.all(clients.map((c) => c.get(`/events/${event.slug}/register`)))
    const results = await Promise.all(
      clients.map((c, i) =>
        c.post(`/events/${event.slug}/register`, {
          name: `Rush ${i}`,
          _csrf: String(pages[i]?.$('input[name=_csrf]').val()),
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(303))
    const rows = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(eq(learningEventRegistrations.eventId, event.id))
    expect(rows.filter((r) => r.status === 'registered')).toHaveLength(25)
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(25)
    const mails = await t.db
      .select()
      .from(outbox)
      .where(sql`${outbox.subject} = ${`Your place at ${event.title}`}`)
    expect(mails).toHaveLength(25)
    const page = await clients[0]?.get(`/events/${event.slug}`)
    expect(page?.$('[data-qa=event-details]').text()).toContain('25 places, 0 places left')
  })

  it('promotes the waiting list in the order people joined, from the e-mail link and from the account page', async () => {
    const event = await anEvent(t.db, { capacity: 1, title: 'Small room event' })
    const names = ['queue-a', 'queue-b', 'queue-c']
    const clients: TestClient[] = []
    for (const name of names) {
      await aUser(t.db, { email: `${name}@durham.police.uk`, organisation: 'durham' })
      const client = await signedIn(t.app, `${name}@durham.police.uk`)
      expect((await client.submit(`/events/${event.slug}/register`, { name })).status).toBe(303)
      clients.push(client)
    }
    const statusOf = async () =>
      Object.fromEntries(
        (
          await t.db.select().from(learningEventRegistrations).where(eq(learningEventRegistrations.eventId, event.id))
        ).map((r) => [r.name, r.status]),
      )
    expect(await statusOf()).toEqual({ 'queue-a': 'registered', 'queue-b': 'waiting', 'queue-c': 'waiting' })

    // A cancels from the link in the confirmation e-mail, without signing in.
    const confirmation = await lastEmailTo(t.db, 'queue-a@durham.police.uk')
    const cancelPath = /\/events\/cancel\/[A-Za-z0-9_-]+/.exec(String(confirmation?.body))?.[0] ?? ''
    const visitor = new (await import('./support/client.js')).TestClient(t.app)
    expect((await visitor.get(cancelPath)).$('[data-qa=page-heading]').text()).toBe('Give up your place?')
    expect((await visitor.submit(cancelPath, {})).status).toBe(200)
    expect(await statusOf()).toEqual({ 'queue-a': 'cancelled', 'queue-b': 'registered', 'queue-c': 'waiting' })
    expect((await lastEmailTo(t.db, 'queue-b@durham.police.uk'))?.subject).toBe(
      'A place has come free: you are going to Small room event',
    )
    expect((await visitor.get('/events/cancel/not-a-real-token-at-all-xyz')).status).toBe(404)

    // B cancels from the account page.
    const account = await clients[1]?.get('/account/events')
    expect(account?.$('[data-qa=my-registration]').text()).toContain('You have a place')
    const result = await clients[1]?.submit(`/events/${event.slug}/cancel`, { from: 'account' }, '/account/events')
    expect(result?.response.headers.location).toBe('/account/events')
    expect(await statusOf()).toEqual({ 'queue-a': 'cancelled', 'queue-b': 'cancelled', 'queue-c': 'registered' })
    expect((await lastEmailTo(t.db, 'queue-c@durham.police.uk'))?.subject).toBe(
      'A place has come free: you are going to Small room event',
    )
  })
})

describe('after the event', () => {
  it('lets organisers download the attendee list, mark attendance and attach materials', async () => {
    const event = await anEvent(t.db, { startsInHours: -5, practiceIds: [showcaseable.id] })
    const here = await aUser(t.db, { email: 'came@kent.police.uk', organisation: 'kent' })
    const away = await aUser(t.db, { email: 'stayed-away@kent.police.uk', organisation: 'kent' })
    const came = await aRegistration(t.db, event.id, here.id, '=HYPERLINK("x")')
    await aRegistration(t.db, event.id, away.id, 'Stayed Away')

    const csv = await staff.get(`/events/${event.slug}/attendees.csv`)
    expect(csv.response.headers['content-type']).toBe('text/csv; charset=utf-8')
    const rows = parseCsv(csv.response.body, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.Name)).toEqual([`'=HYPERLINK("x")`, 'Stayed Away'])
    expect(rows[0]).toMatchObject({
      'E-mail': 'came@kent.police.uk',
      'Access needs': 'Step-free access',
      'Dietary needs': 'Vegan',
    })

    expect(
      (
        await staff.submit(
          `/events/${event.slug}/attendance`,
          { attended: String(came.id) },
          `/events/${event.slug}/manage`,
        )
      ).status,
    ).toBe(303)
    const marks = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(eq(learningEventRegistrations.eventId, event.id))
    expect(Object.fromEntries(marks.map((r) => [r.id, r.attended]))).toEqual({
      [came.id]: true,
      [marks.find((r) => r.id !== came.id)?.id ?? 0]: false,
    })

    const bad = await staff.submit(
      `/events/${event.slug}/materials`,
      { kind: 'slides', materialTitle: 'Slides', url: 'javascript:alert(1)' },
      `/events/${event.slug}/manage`,
    )
    expect(bad.status).toBe(400)
    expect(bad.$('.govuk-error-summary').text()).toContain('Enter the web address starting https://')
    const good = await staff.submit(
      `/events/${event.slug}/materials`,
      { kind: 'recording', materialTitle: 'The recording', url: 'https://example.org/recording' },
      `/events/${event.slug}/manage`,
    )
    expect(good.status).toBe(303)
    expect(
      await t.db.select().from(learningEventMaterials).where(eq(learningEventMaterials.eventId, event.id)),
    ).toHaveLength(1)
    const page = await t.app.inject({ method: 'GET', url: `/events/${event.slug}` })
    expect(page.body).toContain('https://example.org/recording')
    const practicePage = await t.app.inject({ method: 'GET', url: `/practices/${showcaseable.slug}` })
    expect(practicePage.body).toContain(event.title)
  })

  it('sends each reminder once the day before, with two workers running at once', async () => {
    const event = await anEvent(t.db, { startsInHours: 12, title: 'Reminder check event' })
    const later = await anEvent(t.db, { startsInHours: 24 * 5, title: 'Not yet event' })
    const emails = ['remind-1@kent.police.uk', 'remind-2@kent.police.uk', 'remind-3@kent.police.uk']
    for (const email of emails) {
      const user = await aUser(t.db, { email, organisation: 'kent' })
      await aRegistration(t.db, event.id, user.id)
      await aRegistration(t.db, later.id, user.id)
    }
    const sent: { to: string; subject: string }[] = []
    const mailer: Mailer = { send: async (mail) => void sent.push(mail) }
    const log = { info: () => undefined, error: () => undefined }
    const job = { name: 'events', run: () => t.app.services.events.runScheduledJobs(2) }
    const workers = [1, 2].map(() => new OutboxWorker(t.db, mailer, { log, jobs: [job], batchSize: 100 }))
    for (let round = 0; round < 3; round++) {
      await Promise.all(workers.map((w) => w.runJobs()))
      await Promise.all(workers.map((w) => w.runOnce()))
    }
    const reminders = sent.filter((m) => m.subject === 'Reminder: Reminder check event is tomorrow')
    expect(reminders.map((m) => m.to).sort()).toEqual(emails)
    expect(sent.filter((m) => m.subject.includes('Not yet event'))).toHaveLength(0)
  })

  it('deletes the personal details of registrations 30 days after the event, and keeps newer ones', async () => {
    const old = await anEvent(t.db, { startsInHours: -24 * 31 - 3 })
    const recent = await anEvent(t.db, { startsInHours: -24 * 29 })
    const person = await aUser(t.db, { email: 'retention@kent.police.uk', organisation: 'kent' })
    const gone = await aRegistration(t.db, old.id, person.id)
    const kept = await aRegistration(t.db, recent.id, person.id)
    await t.app.services.events.runScheduledJobs()
    const [purged] = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(eq(learningEventRegistrations.id, gone.id))
    expect(purged).toMatchObject({
      name: null,
      organisation: null,
      accessNeeds: null,
      dietaryNeeds: null,
      status: 'registered',
    })
    expect(purged?.purgedAt).not.toBeNull()
    const [still] = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(eq(learningEventRegistrations.id, kept.id))
    expect(still).toMatchObject({ name: 'Test Attendee', accessNeeds: 'Step-free access', dietaryNeeds: 'Vegan' })
  })
})
