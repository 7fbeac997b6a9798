import type { CheerioAPI } from 'cheerio'
import { and, eq, sql } from 'drizzle-orm'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEvents, learningEventRegistrations, learningEvents, outbox } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { fromLondonTime } from '../src/features/events/london-time.js'
import { aRegistration, anEvent, type EventSpec } from './support/events.js'
import { insertDemoEvents } from '../src/db/seed/demo-events.js'
import { aPractice } from './support/factories.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp
let staff: TestClient
let people = 0

beforeAll(async () => {
  t = await createTestApp()
  await aUser(t.db, { email: 'changer@college.police.uk', roles: ['reviewer'] })
  staff = await signedIn(t.app, 'changer@college.police.uk')
})

afterAll(async () => {
  await t.close()
})

/**
 * An event from 10am to 1pm London time a fortnight ahead, registration closing the day before, so
 * that its form (one date for start and end) reads back valid whatever the time the tests run.
 */
async function anEventOnADay(spec: EventSpec = {}) {
  const event = await anEvent(t.db, spec)
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)
  const [row] = await t.db
    .update(learningEvents)
    .set({
      startsAt: fromLondonTime(day, '10:00'),
      endsAt: fromLondonTime(day, '13:00'),
      registrationClosesAt: fromLondonTime(day, '09:00'),
    })
    .where(eq(learningEvents.id, event.id))
    .returning()
  if (!row) throw new Error('event gone')
  return row
}

/** Every field of the page's first form as a browser would send it, with the CSRF token. */
function formFields($: CheerioAPI, selector = 'form[data-qa=event-form]'): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {}
  const add = (name: string | undefined, value: string) => {
    if (!name) return
    const had = fields[name]
    fields[name] = had === undefined ? value : [...[had].flat(), value]
  }
  $(`${selector} input`).each((_, el) => {
    const input = $(el)
    const type = input.attr('type') ?? 'text'
    if ((type === 'radio' || type === 'checkbox') && input.attr('checked') === undefined) return
    add(input.attr('name'), String(input.val() ?? ''))
  })
  $(`${selector} textarea`).each((_, el) => add($(el).attr('name'), $(el).text().replace(/^\n/, '')))
  $(`${selector} select`).each((_, el) => add($(el).attr('name'), String($(el).find('option[selected]').val() ?? '')))
  return fields
}

/** Loads the edit page and posts it back with these fields changed. */
async function saveEdit(slug: string, changes: Record<string, string | string[]>, client = staff) {
  const page = await client.get(`/events/${slug}/edit`)
  expect(page.status).toBe(200)
  return client.post(`/events/${slug}/edit`, { ...formFields(page.$), ...changes })
}

/** A signed-in person who registers for the event through its form (a place, or the waiting list). */
async function registers(slug: string, name: string) {
  people += 1
  const email = `${name}-${people}@cheshire.police.uk`
  await aUser(t.db, { email, organisation: 'cheshire' })
  const client = await signedIn(t.app, email)
  expect((await client.submit(`/events/${slug}/register`, { name })).status).toBe(303)
  return { email, client }
}

const stored = async (id: number) => {
  const [row] = await t.db.select().from(learningEvents).where(eq(learningEvents.id, id))
  if (!row) throw new Error('event gone')
  return row
}

const mailsTo = (email: string) => t.db.select().from(outbox).where(eq(outbox.toAddress, email))

const statuses = async (eventId: number) =>
  Object.fromEntries(
    (await t.db.select().from(learningEventRegistrations).where(eq(learningEventRegistrations.eventId, eventId))).map(
      (r) => [r.name, r.status],
    ),
  )

function calendarEvent(body: string) {
  const component = new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')
  if (!component) throw new Error('no VEVENT')
  return component
}

const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) }
}

describe('changing an event', () => {
  it('shows the create form filled in, saves a change under the same address and audits it', async () => {
    const event = await anEventOnADay({ title: 'Learning day with a typo', format: 'in-person' })
    const page = await staff.get(`/events/${event.slug}/edit`)
    expect(page.$('[data-qa=page-heading]').text()).toBe('Change event details')
    expect(page.$('#title').val()).toBe('Learning day with a typo')
    expect(page.$('#venue').val()).toBe('Test Hall')
    expect(page.$('#capacity').val()).toBe('30')
    expect(page.$('input[name=format][value=in-person]').attr('checked')).toBeDefined()
    expect(page.$('input[name=sequence]').val()).toBe('0')
    expect(page.$('[data-qa=save-event-button]').text().trim()).toBe('Save changes')

    const saved = await saveEdit(event.slug, { title: 'Learning day without a typo' })
    expect(saved.status).toBe(303)
    expect(saved.response.headers.location).toBe(`/events/${event.slug}/manage`)
    const manage = await staff.get(`/events/${event.slug}/manage`)
    expect(manage.$('[data-qa=flash]').text()).toContain('The event’s details have been saved.')
    const shown = await staff.get(`/events/${event.slug}`)
    expect(shown.$('[data-qa=page-heading]').text()).toBe('Learning day without a typo')
    const after = await stored(event.id)
    expect(after).toMatchObject({ slug: event.slug, sequence: 1, startsAt: event.startsAt, venue: 'Test Hall' })
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'event-changed'), sql`${auditEvents.details}->>'eventId' = ${String(event.id)}`),
      )
    expect(audit?.details).toMatchObject({
      changes: { title: { from: 'Learning day with a typo', to: 'Learning day without a typo' } },
      told: 0,
    })
    // A title alone is no news to people: no e-mail was queued.
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(sql`${outbox.subject} like ${'%Learning day without a typo%'}`),
    ).toEqual([])
  })

  it('answers bad input with the error summary and inline errors, and changes nothing', async () => {
    const event = await anEventOnADay({ title: 'Event kept as it was', format: 'in-person' })
    const before = await stored(event.id)
    const cases: [Record<string, string>, string][] = [
      [{ title: '' }, 'Enter the title of the event'],
      [{ venue: '' }, 'Enter the name of the venue'],
      [{ capacity: 'lots' }, 'The number of places must be a whole number between 1 and 10,000'],
      [{ endTime: '00:01' }, 'The end time must be after the start time'],
      [{ 'date-day': '31', 'date-month': '2' }, 'The date of the event must be a real date'],
      [
        { format: 'online', onlineLink: 'ftp://example.org/room' },
        'Enter the joining link as a web address starting https://',
      ],
      [{ practices: 'practice-nobody-may-show' }, 'Select practice from the list'],
    ]
    for (const [fields, message] of cases) {
      const { status, $ } = await saveEdit(event.slug, fields)
      expect({ fields, status }).toEqual({ fields, status: 400 })
      expect($('title').text()).toMatch(/^Error: Change event details/)
      expect($('.govuk-error-summary').text()).toContain(message)
      if (!fields.practices) expect($('.govuk-error-message').text()).toContain(message)
      // The input is given back as typed.
      if (fields.title === undefined) expect($('#title').val()).toBe('Event kept as it was')
    }
    expect(await stored(event.id)).toEqual(before)
  })

  it('refuses fewer places than people already registered, saying how many', async () => {
    const event = await anEventOnADay({ capacity: 3 })
    for (const name of ['held-a', 'held-b', 'held-c']) await registers(event.slug, name)
    const refused = await saveEdit(event.slug, { capacity: '2' })
    expect(refused.status).toBe(400)
    const message = '3 people have already registered, so the number of places must be 3 or more'
    expect(refused.$('.govuk-error-summary').text()).toContain(message)
    expect(refused.$('#capacity-error').text()).toContain(message)
    expect(await stored(event.id)).toMatchObject({ capacity: 3, sequence: 0 })
    // Exactly as many as are registered is allowed.
    expect((await saveEdit(event.slug, { capacity: '3', title: 'Now exactly full' })).status).toBe(303)
  })

  it('gives the places a raised capacity adds to the waiting list in order, e-mailing each person promoted', async () => {
    const event = await anEventOnADay({ capacity: 1, title: 'Room that got bigger' })
    const first = await registers(event.slug, 'grow-a')
    const second = await registers(event.slug, 'grow-b')
    const third = await registers(event.slug, 'grow-c')
    const fourth = await registers(event.slug, 'grow-d')
    expect(await statuses(event.id)).toEqual({
      'grow-a': 'registered',
      'grow-b': 'waiting',
      'grow-c': 'waiting',
      'grow-d': 'waiting',
    })
    const saved = await saveEdit(event.slug, { capacity: '3' })
    expect(saved.status).toBe(303)
    expect(await statuses(event.id)).toEqual({
      'grow-a': 'registered',
      'grow-b': 'registered',
      'grow-c': 'registered',
      'grow-d': 'waiting',
    })
    const promoted = 'A place has come free: you are going to Room that got bigger'
    for (const person of [second, third]) {
      expect((await mailsTo(person.email)).filter((m) => m.subject === promoted)).toHaveLength(1)
    }
    for (const person of [first, fourth]) {
      expect((await mailsTo(person.email)).filter((m) => m.subject === promoted)).toHaveLength(0)
    }
    const manage = await staff.get(`/events/${event.slug}/manage`)
    expect(manage.$('[data-qa=flash]').text()).toContain('2 people from the waiting list now have places.')
    const page = await fourth.client.get(`/events/${event.slug}`)
    expect(page.$('[data-qa=on-waiting-list]').text()).toContain('number 1')
  })

  it('e-mails a new date to everyone registered or waiting once, with the joining link only to people with a place', async () => {
    const event = await anEventOnADay({ capacity: 1, title: 'Event moved a week' })
    const placed = await registers(event.slug, 'moved-a')
    const waiting = await registers(event.slug, 'moved-b')
    const gaveUp = await registers(event.slug, 'moved-c')
    await gaveUp.client.submit(`/events/${event.slug}/cancel`, {}, `/events/${event.slug}`)
    const on = inDays(21)
    const closes = inDays(20)
    const saved = await saveEdit(event.slug, {
      'date-day': on.day,
      'date-month': on.month,
      'date-year': on.year,
      'closesDate-day': closes.day,
      'closesDate-month': closes.month,
      'closesDate-year': closes.year,
    })
    expect(saved.status).toBe(303)
    const subject = 'Event moved a week has changed: the date or time'
    const [toPlaced] = (await mailsTo(placed.email)).filter((m) => m.subject === subject)
    const [toWaiting] = (await mailsTo(waiting.email)).filter((m) => m.subject === subject)
    expect((await mailsTo(placed.email)).filter((m) => m.subject === subject)).toHaveLength(1)
    expect((await mailsTo(waiting.email)).filter((m) => m.subject === subject)).toHaveLength(1)
    expect((await mailsTo(gaveUp.email)).filter((m) => m.subject === subject)).toHaveLength(0)
    expect(toPlaced?.body).toContain(`/events/${event.slug}`)
    expect(toPlaced?.body).toContain(String(event.onlineLink))
    expect(toPlaced?.body).toMatch(/\/events\/cancel\/[A-Za-z0-9_-]{20,}/)
    expect(toPlaced?.body).not.toContain('{{token-')
    expect(toWaiting?.body).toContain('still on the waiting list')
    expect(toWaiting?.body).not.toContain(String(event.onlineLink))
    // Each person's own cancel link works.
    const link = /\/events\/cancel\/[A-Za-z0-9_-]+/.exec(String(toWaiting?.body))?.[0] ?? ''
    expect((await new TestClient(t.app).get(link)).$('[data-qa=page-heading]').text()).toBe('Leave the waiting list?')
    const manage = await staff.get(`/events/${event.slug}/manage`)
    expect(manage.$('[data-qa=flash]').text()).toContain('2 people have been e-mailed the new details.')
  })

  it('refuses a form loaded before someone else saved, keeping the first change', async () => {
    const event = await anEventOnADay({ title: 'Two organisers at once' })
    const older = await staff.get(`/events/${event.slug}/edit`)
    expect((await saveEdit(event.slug, { title: 'First organiser’s title' })).status).toBe(303)
    const late = await staff.post(`/events/${event.slug}/edit`, { ...formFields(older.$), capacity: '50' })
    expect(late.status).toBe(409)
    expect(late.$('.govuk-error-summary').text()).toContain('Someone else changed this event while you were editing it')
    expect(late.$('#title').val()).toBe('First organiser’s title')
    expect(await stored(event.id)).toMatchObject({ title: 'First organiser’s title', capacity: 30, sequence: 1 })
  })

  it('puts a SEQUENCE in the .ics that goes up with every change, and STATUS:CANCELLED once cancelled', async () => {
    const event = await anEventOnADay({ title: 'Calendar that follows changes' })
    const ics = async () => calendarEvent((await t.app.inject({ url: `/events/${event.slug}/calendar.ics` })).body)
    expect((await ics()).getFirstPropertyValue('sequence')).toBe(0)
    expect((await ics()).getFirstPropertyValue('status')).toBe('CONFIRMED')
    await saveEdit(event.slug, { startTime: '9:30am', closesTime: '8am' })
    expect((await ics()).getFirstPropertyValue('sequence')).toBe(1)
    await saveEdit(event.slug, { venue: 'ignored for online events', onlineLink: 'https://meet.example.org/new-room' })
    expect((await ics()).getFirstPropertyValue('sequence')).toBe(2)
    const uid = (await ics()).getFirstPropertyValue('uid')
    expect(
      (await staff.submit(`/events/${event.slug}/cancel-event`, { reason: 'The speakers are unwell.' })).status,
    ).toBe(303)
    const cancelled = await ics()
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(3)
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(cancelled.getFirstPropertyValue('uid')).toBe(uid)
  })

  it('invites the contributor of practice added to the showcase, and takes off practice unticked', async () => {
    const contributor = await aUser(t.db, { email: 'late-presenter@kent.police.uk', organisation: 'kent' })
    const added = await aPractice(t.db, {
      title: 'Practice added after the event was created',
      organisation: 'kent',
      submittedByUserId: contributor.id,
      values: { consentEvents: true },
    })
    const event = await anEventOnADay({ title: 'Showcase that grew' })
    expect((await saveEdit(event.slug, { practices: added.slug })).status).toBe(303)
    expect((await lastEmailTo(t.db, 'late-presenter@kent.police.uk'))?.subject).toBe(
      'Would you present ‘Practice added after the event was created’ at Showcase that grew?',
    )
    const page = await staff.get(`/events/${event.slug}/edit`)
    expect(page.$(`input[name=practices][value=${added.slug}]`).attr('checked')).toBeDefined()
    const fields = formFields(page.$)
    delete fields.practices
    expect((await staff.post(`/events/${event.slug}/edit`, fields)).status).toBe(303)
    expect((await staff.get(`/events/${event.slug}`)).$('[data-qa=showcased-practice]')).toHaveLength(0)
  })

  it('refuses changing an event that has started', async () => {
    const event = await anEvent(t.db, { startsInHours: -1 })
    const page = await staff.get(`/events/${event.slug}/edit`)
    expect(page.status).toBe(409)
    expect(page.$('[data-qa=page-heading]').text()).toBe('This event has started')
    expect((await staff.get(`/events/${event.slug}/manage`)).$('[data-qa=change-links]')).toHaveLength(0)
  })
})

describe('cancelling an event', () => {
  it('asks for a reason, then closes registration, marks the event and e-mails everyone once', async () => {
    const event = await anEventOnADay({ capacity: 1, title: 'Event called off' })
    const placed = await registers(event.slug, 'off-a')
    const waiting = await registers(event.slug, 'off-b')
    people += 1
    const late = `off-late-${people}@cheshire.police.uk`
    await aUser(t.db, { email: late, organisation: 'cheshire' })
    const latecomer = await signedIn(t.app, late)
    const registerPage = await latecomer.get(`/events/${event.slug}/register`)

    const manage = await staff.get(`/events/${event.slug}/manage`)
    expect(manage.$('[data-qa=change-event]').attr('href')).toBe(`/events/${event.slug}/edit`)
    expect(manage.$('[data-qa=cancel-event]').attr('href')).toBe(`/events/${event.slug}/cancel-event`)
    const confirm = await staff.get(`/events/${event.slug}/cancel-event`)
    expect(confirm.$('[data-qa=page-heading]').text()).toBe('Cancel this event?')
    expect(confirm.$('[data-qa=who-is-told]').text()).toContain(
      '1 person with a place and 1 person on the waiting list',
    )

    const blank = await staff.submit(`/events/${event.slug}/cancel-event`, { reason: '   ' })
    expect(blank.status).toBe(400)
    expect(blank.$('title').text()).toMatch(/^Error: /)
    expect(blank.$('.govuk-error-summary').text()).toContain('Enter the reason the event is cancelled')
    expect(blank.$('#reason-error').text()).toContain('Enter the reason the event is cancelled')
    expect((await stored(event.id)).cancelledAt).toBeNull()

    const reason = 'The venue flooded and no other room was free that week.'
    const done = await staff.submit(`/events/${event.slug}/cancel-event`, { reason })
    expect(done.status).toBe(303)
    expect(done.response.headers.location).toBe(`/events/${event.slug}`)
    const after = await stored(event.id)
    expect(after.cancellationReason).toBe(reason)
    expect(after.cancelledAt).not.toBeNull()

    const page = await placed.client.get(`/events/${event.slug}`)
    expect(page.$('[data-qa=event-cancelled]').text()).toContain('Cancelled')
    expect(page.$('[data-qa=event-cancelled]').text()).toContain(reason)
    expect(page.$('[data-qa=cancel-registration]')).toHaveLength(0)
    const list = await t.app.inject({ url: '/events' })
    expect(list.body).toContain(event.slug)
    const $list = (await staff.get('/events')).$
    expect($list(`[data-slug=${event.slug}] [data-qa=cancelled-tag]`).text()).toBe('Cancelled')
    expect($list(`[data-slug=${event.slug}] [data-qa=cancelled-reason]`).text()).toContain(reason)

    // Registration and the waiting list are closed, with a message, and nothing is written.
    const refused = await latecomer.post(`/events/${event.slug}/register`, {
      name: 'Too late',
      _csrf: String(registerPage.$('input[name=_csrf]').val()),
    })
    expect(refused.status).toBe(409)
    expect(refused.$('[data-qa=closed-cancelled]').text()).toContain('has been cancelled')
    expect((await latecomer.get(`/events/${event.slug}/register`)).status).toBe(409)
    const placedAgain = await placed.client.submit(
      `/events/${event.slug}/register`,
      { name: 'off-a' },
      `/events/${event.slug}`,
    )
    expect(placedAgain.status).toBe(409)
    expect(Object.keys(await statuses(event.id)).sort()).toEqual(['off-a', 'off-b'])

    // One e-mail each, with the reason; a second cancel is refused and sends nothing.
    for (const person of [placed, waiting]) {
      const mails = (await mailsTo(person.email)).filter((m) => m.subject === 'Cancelled: Event called off')
      expect(mails).toHaveLength(1)
      expect(mails[0]?.body).toContain(reason)
    }
    const again = await staff.post(`/events/${event.slug}/cancel-event`, {
      reason: 'Twice',
      _csrf: String(confirm.$('input[name=_csrf]').val()),
    })
    expect(again.status).toBe(409)
    expect(await t.db.select().from(outbox).where(eq(outbox.subject, 'Cancelled: Event called off'))).toHaveLength(2)
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'event-cancelled'), sql`${auditEvents.details}->>'eventId' = ${String(event.id)}`),
      )
    expect(audit?.details).toMatchObject({ reason, told: 2 })

    // It can no longer be changed, and giving up a place promotes nobody.
    const edit = await staff.get(`/events/${event.slug}/edit`)
    expect(edit.status).toBe(409)
    expect(edit.$('[data-qa=not-changeable]').text()).toContain('A cancelled event cannot be changed')
    const beforeGiveUp = (await t.db.select().from(outbox)).length
    const gaveUp = await placed.client.submit(`/events/${event.slug}/cancel`, {}, `/events/${event.slug}`)
    expect(gaveUp.status).toBe(409)
    expect((await t.db.select().from(outbox)).length).toBe(beforeGiveUp)
    expect(await statuses(event.id)).toEqual({ 'off-a': 'registered', 'off-b': 'waiting' })
  })

  it('sends no reminder the day before a cancelled event', async () => {
    const cancelled = await anEvent(t.db, { startsInHours: 12, title: 'Tomorrow but cancelled' })
    const goingAhead = await anEvent(t.db, { startsInHours: 12, title: 'Tomorrow and going ahead' })
    const person = await aUser(t.db, { email: 'reminded@cheshire.police.uk', organisation: 'cheshire' })
    const skipped = await aRegistration(t.db, cancelled.id, person.id)
    await aRegistration(t.db, goingAhead.id, person.id)
    expect(
      (await staff.submit(`/events/${cancelled.slug}/cancel-event`, { reason: 'The trainer is ill.' })).status,
    ).toBe(303)
    await t.app.services.events.runScheduledJobs()
    const subjects = (await mailsTo('reminded@cheshire.police.uk')).map((m) => m.subject)
    expect(subjects).toContain('Reminder: Tomorrow and going ahead is tomorrow')
    expect(subjects).not.toContain('Reminder: Tomorrow but cancelled is tomorrow')
    expect(subjects.filter((s) => s === 'Cancelled: Tomorrow but cancelled')).toHaveLength(1)
    const [row] = await t.db
      .select()
      .from(learningEventRegistrations)
      .where(eq(learningEventRegistrations.id, skipped.id))
    expect(row?.reminderSentAt).toBeNull()
  })
})

describe('who may change or cancel an event', () => {
  it('refuses police members and sends visitors to sign in, changing nothing', async () => {
    const event = await anEventOnADay({ title: 'Only staff change this' })
    await aUser(t.db, { email: 'not-staff@kent.police.uk', organisation: 'kent' })
    const police = await signedIn(t.app, 'not-staff@kent.police.uk')
    const token = String((await police.get(`/events/${event.slug}`)).$('input[name=_csrf]').first().val())
    for (const path of ['edit', 'cancel-event']) {
      expect((await police.get(`/events/${event.slug}/${path}`)).status).toBe(403)
      const posted = await police.post(`/events/${event.slug}/${path}`, {
        _csrf: token,
        title: 'Taken over',
        reason: 'Because I can',
      })
      expect(posted.status).toBe(403)
      const visitor = new TestClient(t.app)
      const page = await visitor.get(`/events/${event.slug}/${path}`)
      expect(page.status).toBe(302)
      expect(String(page.response.headers.location)).toMatch(/^\/sign-in/)
    }
    expect(await stored(event.id)).toMatchObject({ title: 'Only staff change this', cancelledAt: null, sequence: 0 })
    expect((await police.get(`/events/${event.slug}`)).$('[data-qa=change-event]')).toHaveLength(0)
  })
})

describe('the demo data', () => {
  it('includes a cancelled demo event, listed and marked, whose calendar file says so', async () => {
    await insertDemoEvents(t.db)
    const slug = 'demo-wales-missing-people-workshop'
    const list = await t.app.inject({ url: '/events' })
    const $ = (await staff.get('/events')).$
    expect(list.statusCode).toBe(200)
    expect($(`[data-slug=${slug}] [data-qa=cancelled-tag]`).text()).toBe('Cancelled')
    expect($(`[data-slug=${slug}] h3`).text()).toContain('Demo:')
    const page = await staff.get(`/events/${slug}`)
    expect(page.$('[data-qa=event-cancelled]').text()).toContain('Too few forces could release staff')
    expect(page.$('[data-qa=register]')).toHaveLength(0)
    // No places are "left" at an event that will not happen.
    const places = page.$('.govuk-summary-list__row').filter((_, row) => page.$(row).text().includes('Places'))
    expect(places.find('.govuk-summary-list__value').text().trim()).toBe('30 places')
    const ics = calendarEvent((await t.app.inject({ url: `/events/${slug}/calendar.ics` })).body)
    expect(ics.getFirstPropertyValue('status')).toBe('CANCELLED')
    const [row] = await t.db.select().from(learningEvents).where(eq(learningEvents.slug, slug))
    expect(row?.isDemo).toBe(true)
  })
})
