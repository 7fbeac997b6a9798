import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'

/** /events: upcoming and past learning events, filterable by region. */
export class EventsListPage extends AppPage {
  static readonly path = '/events'
  readonly upcoming: Locator
  readonly past: Locator
  readonly createEvent: Locator

  private constructor(page: Page) {
    super(page)
    this.upcoming = page.locator('[data-qa="upcoming"] [data-qa="event"]')
    this.past = page.locator('[data-qa="past"] [data-qa="event"]')
    this.createEvent = page.locator('[data-qa="create-event"]')
  }

  static async verifyOnPage(page: Page): Promise<EventsListPage> {
    const list = new EventsListPage(page)
    await AppPage.expectHeading(page, list.heading, /^Learning events/)
    return list
  }

  /** The "Cancelled" tag on the event with this slug (none when it goes ahead). */
  cancelledTag(slug: string): Locator {
    return this.page.locator(`[data-qa="event"][data-slug="${slug}"] [data-qa="cancelled-tag"]`)
  }
}

/** /events/new: the form staff create an event with. */
export class NewEventPage extends AppPage {
  static readonly path = '/events/new'
  readonly create: Locator

  private constructor(page: Page) {
    super(page)
    this.create = page.locator('[data-qa="create-event-button"]')
  }

  static async verifyOnPage(page: Page): Promise<NewEventPage> {
    const form = new NewEventPage(page)
    await AppPage.expectHeading(page, form.heading, 'Create a learning event')
    return form
  }

  field(id: string): Locator {
    return this.page.locator(`#${id}`)
  }

  showcase(title: string): Locator {
    return this.page.getByLabel(title)
  }
}

/** /events/:slug/edit: the create form again, filled in with the event's details. */
export class ChangeEventPage extends AppPage {
  readonly save: Locator
  readonly errorSummary: Locator

  private constructor(page: Page) {
    super(page)
    this.save = page.locator('[data-qa="save-event-button"]')
    this.errorSummary = page.locator('.govuk-error-summary')
  }

  static async verifyOnPage(page: Page): Promise<ChangeEventPage> {
    const form = new ChangeEventPage(page)
    await AppPage.expectHeading(page, form.heading, 'Change event details')
    return form
  }

  field(id: string): Locator {
    return this.page.locator(`#${id}`)
  }
}

/** /events/:slug/cancel-event: who will be told, and the reason they will read. */
export class CancelEventPage extends AppPage {
  readonly reason: Locator
  readonly confirm: Locator
  readonly whoIsTold: Locator
  readonly errorSummary: Locator

  private constructor(page: Page) {
    super(page)
    this.reason = page.locator('#reason')
    this.confirm = page.locator('[data-qa="confirm-cancel-event"]')
    this.whoIsTold = page.locator('[data-qa="who-is-told"]')
    this.errorSummary = page.locator('.govuk-error-summary')
  }

  static async verifyOnPage(page: Page): Promise<CancelEventPage> {
    const form = new CancelEventPage(page)
    await AppPage.expectHeading(page, form.heading, 'Cancel this event?')
    return form
  }
}

/** /events/:slug: an event, its showcased practice and the viewer's place. */
export class EventPage extends AppPage {
  readonly register: Locator
  readonly hasPlace: Locator
  readonly onWaitingList: Locator
  readonly showcased: Locator
  readonly flash: Locator
  readonly manage: Locator
  readonly presentingLink: Locator
  readonly cancelled: Locator

  private constructor(page: Page) {
    super(page)
    this.cancelled = page.locator('[data-qa="event-cancelled"]')
    this.register = page.locator('[data-qa="register"]')
    this.hasPlace = page.locator('[data-qa="has-place"]')
    this.onWaitingList = page.locator('[data-qa="on-waiting-list"]')
    this.showcased = page.locator('[data-qa="showcased-practice"]')
    this.flash = page.locator('[data-qa="flash"]')
    this.manage = page.locator('[data-qa="manage-event"]')
    this.presentingLink = page.locator('[data-qa="presenting-link"] a')
  }

  static async verifyOnPage(page: Page, title: string): Promise<EventPage> {
    const event = new EventPage(page)
    await AppPage.expectHeading(page, event.heading, title)
    return event
  }
}

/** A page of the event journey known by its heading: register, cancel, manage, presenting, your events. */
export class EventStepPage extends AppPage {
  static async verifyOnPage(page: Page, heading: string | RegExp): Promise<EventStepPage> {
    const step = new EventStepPage(page)
    await AppPage.expectHeading(page, step.heading, heading)
    return step
  }

  button(qa: string): Locator {
    return this.page.locator(`[data-qa="${qa}"]`)
  }
}
