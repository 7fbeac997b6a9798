import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /submit: what the bank is for, what you need, open calls, and the start button. */
export class SubmitStartPage extends AppPage {
  static readonly path = '/submit'
  readonly startButton: Locator
  readonly openCalls: Locator
  readonly allCallsLink: Locator

  private constructor(page: Page) {
    super(page)
    this.startButton = page.locator('[data-qa="start"]')
    this.openCalls = page.locator('[data-qa="open-calls"] a')
    this.allCallsLink = page.locator('main a[href="/calls"]')
  }

  static async verifyOnPage(page: Page): Promise<SubmitStartPage> {
    const start = new SubmitStartPage(page)
    await AppPage.expectHeading(page, start.heading, 'Submit a practice example')
    expect(await page.locator('.govuk-task-list').count()).toBe(0)
    return start
  }

  callLink(title: string): Locator {
    return this.openCalls.filter({ hasText: new RegExp(`^${title}$`) })
  }
}

/** /calls: open and closed calls for practice. */
export class CallsPage extends AppPage {
  static readonly path = '/calls'
  private constructor(page: Page) {
    super(page)
  }

  static async verifyOnPage(page: Page): Promise<CallsPage> {
    const calls = new CallsPage(page)
    await AppPage.expectHeading(page, calls.heading, 'Calls for practice')
    return calls
  }

  callLink(slug: string): Locator {
    return this.page.locator(`[data-qa="call-${slug}"] h3 a`)
  }
}

/** /calls/:slug: one call's theme, guidance and questions, and a start button while it is open. */
export class CallPage extends AppPage {
  readonly startButton: Locator
  readonly questions: Locator

  private constructor(page: Page) {
    super(page)
    this.startButton = page.locator('[data-qa="start-for-call"]')
    this.questions = page.locator('[data-qa="call-questions"] > li')
  }

  static async verifyOnPage(page: Page, title: string): Promise<CallPage> {
    const call = new CallPage(page)
    await AppPage.expectHeading(page, call.heading, title)
    return call
  }
}

/** /submissions/:id: the task list. */
export class TaskListPage extends AppPage {
  readonly checkAnswersButton: Locator
  /** the reviewer's comments, shown while changes are asked for */
  readonly changesRequested: Locator

  private constructor(page: Page) {
    super(page)
    this.checkAnswersButton = page.locator('[data-qa="check-answers"]')
    this.changesRequested = page.locator('[data-qa="changes-requested"]')
  }

  static async verifyOnPage(page: Page): Promise<TaskListPage> {
    const taskList = new TaskListPage(page)
    await AppPage.expectHeading(page, taskList.heading, 'Submit a practice example')
    await page.locator('.govuk-task-list').waitFor({ state: 'visible' })
    return taskList
  }

  sectionLink(title: string): Locator {
    return this.page.locator('.govuk-task-list__link', { hasText: new RegExp(`^\\s*${title}\\s*$`) })
  }

  async status(title: string): Promise<string> {
    const item = this.page.locator('.govuk-task-list__item').filter({ has: this.sectionLink(title) })
    return (await item.locator('.govuk-task-list__status').innerText()).trim()
  }
}

/** One section's page: its fields and the two save buttons. */
export class SectionPage extends AppPage {
  readonly saveAndContinue: Locator
  readonly saveForLater: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.saveAndContinue = page.locator('[data-qa="save-and-continue"]')
    this.saveForLater = page.locator('[data-qa="save-for-later"]')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page, title: string): Promise<SectionPage> {
    const section = new SectionPage(page)
    await AppPage.expectHeading(page, section.heading, title)
    await section.saveAndContinue.waitFor({ state: 'visible' })
    return section
  }
}

/** /submissions/:id/check-answers */
export class CheckAnswersPage extends AppPage {
  readonly sendButton: Locator

  private constructor(page: Page) {
    super(page)
    this.sendButton = page.locator('[data-qa="send"]')
  }

  static async verifyOnPage(page: Page): Promise<CheckAnswersPage> {
    const check = new CheckAnswersPage(page)
    await AppPage.expectHeading(page, check.heading, 'Check your answers before sending')
    return check
  }

  answers(sectionKey: string): Locator {
    return this.page.locator(`[data-qa="answers-${sectionKey}"]`)
  }
}

/** /submissions/:id/confirmation: the panel with the reference. */
export class ConfirmationPage extends AppPage {
  readonly reference: Locator

  private constructor(page: Page) {
    super(page)
    this.reference = page.locator('[data-qa="reference"]')
  }

  static async verifyOnPage(page: Page): Promise<ConfirmationPage> {
    const confirmation = new ConfirmationPage(page)
    await AppPage.expectHeading(page, confirmation.heading, 'Practice example sent')
    return confirmation
  }
}

/** /my-submissions */
export class MySubmissionsPage extends AppPage {
  static readonly path = '/my-submissions'

  private constructor(page: Page) {
    super(page)
  }

  static async verifyOnPage(page: Page): Promise<MySubmissionsPage> {
    const mine = new MySubmissionsPage(page)
    await AppPage.expectHeading(page, mine.heading, 'My submissions')
    return mine
  }

  /** The row of the submission with this reference. */
  rowFor(reference: string): Locator {
    return this.page.locator('[data-qa="submissions"] tbody tr').filter({
      has: this.page.locator('[data-qa="reference"]', { hasText: reference }),
    })
  }

  /** The link in that row that goes on with a draft, or with changes a reviewer asked for. */
  continueLink(reference: string): Locator {
    return this.rowFor(reference).locator('a', { hasText: /^Continue/ })
  }
}

/** /submissions/:id/withdraw: the confirmation question. */
export class WithdrawPage extends AppPage {
  readonly yes: Locator
  readonly continueButton: Locator

  private constructor(page: Page) {
    super(page)
    this.yes = page.locator('#confirm')
    this.continueButton = page.locator('[data-qa="confirm-withdraw"]')
  }

  static async verifyOnPage(page: Page): Promise<WithdrawPage> {
    const withdraw = new WithdrawPage(page)
    await AppPage.expectHeading(page, withdraw.heading, /^Do you want to withdraw/)
    return withdraw
  }
}
