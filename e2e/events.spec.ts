import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import {
  CancelEventPage,
  ChangeEventPage,
  EventPage,
  EventStepPage,
  EventsListPage,
  NewEventPage,
} from './pages/event-pages.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { eventJourneyPracticeTitle } from './support/event-fixtures.js'
import { linkFromOutbox } from './support/outbox.js'

const admin = 'admin@demo.police.uk'
const firstOfficer = 'officer@demo.police.uk'
const secondOfficer = 'force.lead@demo.police.uk'
const contributor = 'contributor@demo.example.org'
const title = 'Lamplighter learning morning'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signedInPage(email: string, landsOn: string, viewport: ViewportName = 'desktop'): Promise<Page> {
  const page = await newVisitorPage(browser, { viewport })
  await signIn(page, email, DEMO_PASSWORD, landsOn)
  return page
}

/** axe on the page, and at phone width nothing wider than the screen. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  if (page.viewportSize()?.width === 390) await expectFitsTheScreen(page)
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000)

// The event the first journey creates; the last one cancels it.
let slug = ''

describe('a learning event from creation to a place coming free', () => {
  it('lets an admin create an event showcasing practice whose contributors agreed to events', async () => {
    const page = await signedInPage(admin, NewEventPage.path)
    const form = await NewEventPage.verifyOnPage(page)
    await checkPage(page)
    await form.field('title').fill(title)
    await form.field('description').fill('Survivors and neighbourhood teams share what makes a café session work.')
    await form.field('region').selectOption('north-east')
    await page.getByLabel('In person', { exact: true }).check()
    await form.field('venue').fill('Durham Demo Hall')
    await form.field('address').fill('2 Example Street, Durham, DH1 0AA')
    const on = inDays(30)
    const closes = inDays(25)
    await form.field('date-day').fill(String(on.getDate()))
    await form.field('date-month').fill(String(on.getMonth() + 1))
    await form.field('date-year').fill(String(on.getFullYear()))
    await form.field('startTime').fill('10am')
    await form.field('endTime').fill('1pm')
    await form.field('capacity').fill('1')
    await page.getByLabel('Police officers and staff only').check()
    await form.field('closesDate-day').fill(String(closes.getDate()))
    await form.field('closesDate-month').fill(String(closes.getMonth() + 1))
    await form.field('closesDate-year').fill(String(closes.getFullYear()))
    await form.field('closesTime').fill('5pm')
    await form.showcase(eventJourneyPracticeTitle).check()
    await form.field('speakers').fill('A survivor who co-hosts the cafés\nInspector Demo, Durham Constabulary')
    await clickToNavigate(page, form.create)
    const event = await EventPage.verifyOnPage(page, title)
    expect(await event.flash.innerText()).toContain('has been created')
    expect(await event.showcased.innerText()).toContain(eventJourneyPracticeTitle)
    await checkPage(page)
    slug = new URL(page.url()).pathname.replace('/events/', '')

    await visit(page, EventsListPage.path)
    const list = await EventsListPage.verifyOnPage(page)
    expect(await list.upcoming.filter({ hasText: title }).count()).toBe(1)
    expect(await list.past.count()).toBeGreaterThan(0)
    await checkPage(page)
    await page.context().close()
  })

  it('gives the one place to the first police member and puts the second on the waiting list', async () => {
    const first = await signedInPage(firstOfficer, `/events/${slug}`, 'phone')
    const event = await EventPage.verifyOnPage(first, title)
    await checkPage(first)
    await clickToNavigate(first, event.register)
    const register = await EventStepPage.verifyOnPage(first, 'Register')
    await checkPage(first)
    await first.locator('#dietaryNeeds').fill('No nuts, please')
    await clickToNavigate(first, register.button('confirm-registration'))
    expect(await (await EventPage.verifyOnPage(first, title)).hasPlace.count()).toBe(1)
    await first.context().close()

    const second = await signedInPage(secondOfficer, `/events/${slug}`)
    const full = await EventPage.verifyOnPage(second, title)
    expect(await full.register.innerText()).toBe('Join the waiting list')
    await clickToNavigate(second, full.register)
    const wait = await EventStepPage.verifyOnPage(second, 'Join the waiting list')
    await checkPage(second)
    await clickToNavigate(second, wait.button('confirm-registration'))
    const waiting = await EventPage.verifyOnPage(second, title)
    expect(await waiting.onWaitingList.innerText()).toContain('number 1')
    await second.context().close()
  })

  it('promotes the waiting police member, by e-mail, when the first cancels from the confirmation e-mail', async () => {
    const cancelPath = await linkFromOutbox(browser, firstOfficer, `Your place at ${title}`, '/events/cancel')
    const first = await newVisitorPage(browser, { viewport: 'phone' })
    await visit(first, cancelPath)
    const cancel = await EventStepPage.verifyOnPage(first, 'Give up your place?')
    await checkPage(first)
    await clickToNavigate(first, cancel.button('confirm-cancel'))
    await EventStepPage.verifyOnPage(first, 'Your registration is cancelled')
    await checkPage(first)
    await first.context().close()

    const promotedLink = await linkFromOutbox(
      browser,
      secondOfficer,
      `A place has come free: you are going to ${title}`,
      '/events/cancel',
    )
    expect(promotedLink).toMatch(/^\/events\/cancel\//)
    const second = await signedInPage(secondOfficer, '/account/events', 'phone')
    await EventStepPage.verifyOnPage(second, 'Your learning events')
    expect(await second.locator('[data-qa="my-registration"]').filter({ hasText: title }).innerText()).toContain(
      'You have a place',
    )
    await checkPage(second)
    await visit(second, `/events/${slug}`)
    expect(await (await EventPage.verifyOnPage(second, title)).hasPlace.count()).toBe(1)
    await second.context().close()
  })

  it('shows organisers the attendees, and lets the invited contributor answer', async () => {
    const organiser = await signedInPage(admin, `/events/${slug}/manage`, 'phone')
    await EventStepPage.verifyOnPage(organiser, 'Manage the event')
    // the promoted police member holds the one place
    expect(await organiser.locator('[data-qa="place"]').innerText()).toContain('Lee Lead')
    await checkPage(organiser)
    await visit(organiser, NewEventPage.path)
    await NewEventPage.verifyOnPage(organiser)
    await checkPage(organiser)
    await organiser.context().close()

    const presenter = await signedInPage(contributor, `/events/${slug}/presenting`, 'phone')
    const presenting = await EventStepPage.verifyOnPage(presenter, 'Will you present your practice?')
    await checkPage(presenter)
    await presenter.getByLabel('Yes, I will present').check()
    await clickToNavigate(presenter, presenting.button('send-answer'))
    const event = await EventPage.verifyOnPage(presenter, title)
    expect(await event.flash.innerText()).toContain('the organisers know you will present')
    await presenter.context().close()
  })
})

describe('changing and cancelling events', () => {
  const demoSlug = 'demo-north-east-domestic-abuse-learning-day'
  const demoTitle = 'Demo: North East learning day on domestic abuse triage'

  it('lets the organiser move an event to another venue, and e-mails the person with a place', async () => {
    const organiser = await signedInPage(admin, `/events/${demoSlug}/manage`)
    const manage = await EventStepPage.verifyOnPage(organiser, 'Manage the event')
    await clickToNavigate(organiser, manage.button('change-event'))
    const form = await ChangeEventPage.verifyOnPage(organiser)
    expect(await form.field('title').inputValue()).toBe(demoTitle)
    await checkPage(organiser)
    await form.field('venue').fill('')
    await clickToNavigate(organiser, form.save, 400)
    await ChangeEventPage.verifyOnPage(organiser)
    expect(await form.errorSummary.innerText()).toContain('Enter the name of the venue')
    await checkPage(organiser)
    await form.field('venue').fill('Demo Riverside Rooms')
    await form.field('address').fill('9 Example Wharf, Sunderland, SR1 0AA')
    await clickToNavigate(organiser, form.save)
    await EventStepPage.verifyOnPage(organiser, 'Manage the event')
    expect(await organiser.locator('[data-qa="flash"]').innerText()).toContain('1 person has been e-mailed')
    await visit(organiser, `/events/${demoSlug}`)
    const event = await EventPage.verifyOnPage(organiser, demoTitle)
    expect(await organiser.locator('[data-qa="event-details"]').innerText()).toContain('Demo Riverside Rooms')
    expect(await event.cancelled.count()).toBe(0)
    await organiser.context().close()

    const link = await linkFromOutbox(browser, secondOfficer, `${demoTitle} has changed: the place`, '/events')
    expect(link).toMatch(/^\/events\//)

    const phone = await signedInPage(admin, `/events/${demoSlug}/edit`, 'phone')
    await ChangeEventPage.verifyOnPage(phone)
    await checkPage(phone)
    await phone.context().close()
  })

  it('cancels another event with a reason: registration closes and it is marked on its page and in the list', async () => {
    const phone = await signedInPage(admin, `/events/${slug}/cancel-event`, 'phone')
    await CancelEventPage.verifyOnPage(phone)
    await checkPage(phone)
    await phone.context().close()

    const organiser = await signedInPage(admin, `/events/${slug}/manage`)
    const manage = await EventStepPage.verifyOnPage(organiser, 'Manage the event')
    await clickToNavigate(organiser, manage.button('cancel-event'))
    const confirm = await CancelEventPage.verifyOnPage(organiser)
    expect(await confirm.whoIsTold.innerText()).toContain('1 person with a place')
    await checkPage(organiser)
    await clickToNavigate(organiser, confirm.confirm, 400)
    await CancelEventPage.verifyOnPage(organiser)
    expect(await confirm.errorSummary.innerText()).toContain('Enter the reason the event is cancelled')
    await checkPage(organiser)
    await confirm.reason.fill('The café that hosts the morning has closed for repairs.')
    await clickToNavigate(organiser, confirm.confirm)
    const event = await EventPage.verifyOnPage(organiser, title)
    expect(await event.flash.innerText()).toContain('has been cancelled')
    expect(await event.cancelled.innerText()).toContain('closed for repairs')
    await checkPage(organiser)
    await visit(organiser, EventsListPage.path)
    const list = await EventsListPage.verifyOnPage(organiser)
    expect(await list.cancelledTag(slug).innerText()).toBe('Cancelled')
    await checkPage(organiser)
    await organiser.context().close()

    const attendee = await signedInPage(secondOfficer, `/events/${slug}`, 'phone')
    const seen = await EventPage.verifyOnPage(attendee, title)
    expect(await seen.cancelled.innerText()).toContain('Cancelled')
    expect(await seen.register.count()).toBe(0)
    await checkPage(attendee)
    await attendee.context().close()
  })
})
