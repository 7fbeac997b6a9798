import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /review: the queue with its counts, tabs, filter form and table. */
export class ReviewQueuePage extends AppPage {
  static readonly path = '/review'

  readonly organisationSelect: Locator
  readonly assigneeSelect: Locator
  readonly applyFiltersButton: Locator
  readonly rows: Locator

  private constructor(page: Page) {
    super(page)
    this.organisationSelect = page.locator('#organisation')
    this.assigneeSelect = page.locator('#assignee')
    this.applyFiltersButton = page.locator('[data-qa="apply-filters"]')
    this.rows = page.locator('[data-qa="queue-row"]')
  }

  static async verifyOnPage(page: Page): Promise<ReviewQueuePage> {
    const queue = new ReviewQueuePage(page)
    await AppPage.expectHeading(page, queue.heading, 'Review')
    await queue.applyFiltersButton.waitFor({ state: 'visible' })
    return queue
  }

  row(reference: string): Locator {
    return this.page.locator(`[data-qa="queue-row"][data-reference="${reference}"]`)
  }

  assignToMeButton(reference: string): Locator {
    return this.row(reference).locator('[data-qa="assign-to-me"]')
  }

  link(reference: string): Locator {
    return this.row(reference).locator('[data-qa="queue-link"]')
  }
}

/** /review/:reference: the contributor's answers, classification, Toolkit, duplicates, decisions and timeline. */
export class ReviewPracticePage extends AppPage {
  readonly status: Locator
  readonly errorSummary: ErrorSummary
  readonly changesComments: Locator
  readonly requestChangesButton: Locator
  readonly saveClassificationButton: Locator
  readonly toolkitQuery: Locator
  readonly toolkitSearchButton: Locator
  readonly toolkitResults: Locator
  readonly toolkitLinks: Locator
  readonly publishButton: Locator
  readonly reviewerOutcome: Locator
  readonly timeline: Locator
  readonly successBanner: Locator
  readonly contents: Locator

  private constructor(page: Page) {
    super(page)
    this.status = page.locator('[data-qa="status"]')
    this.successBanner = page.locator('[data-qa="flash"].govuk-notification-banner--success')
    this.contents = page.locator('[data-qa="contents"]')
    this.errorSummary = new ErrorSummary(page)
    this.changesComments = page.locator('#changesComments')
    this.requestChangesButton = page.locator('[data-qa="request-changes"]')
    this.saveClassificationButton = page.locator('[data-qa="save-classification"]')
    this.toolkitQuery = page.locator('#toolkit-query')
    this.toolkitSearchButton = page.locator('[data-qa="toolkit-search-button"]')
    this.toolkitResults = page.locator('[data-qa="toolkit-result"]')
    this.toolkitLinks = page.locator('[data-qa="toolkit-link"]')
    this.publishButton = page.locator('[data-qa="publish"]')
    this.reviewerOutcome = page.locator('[data-qa="reviewer-outcome"]')
    this.timeline = page.locator('[data-qa="timeline"]')
  }

  static async verifyOnPage(page: Page, title: string): Promise<ReviewPracticePage> {
    const review = new ReviewPracticePage(page)
    await AppPage.expectHeading(page, review.heading, title)
    await review.status.waitFor({ state: 'visible' })
    return review
  }

  /** One part of the contributor's answers (a page of the form), by its title. */
  answersPart(title: string): Locator {
    return this.page
      .locator('[data-qa="answers-part"]')
      .filter({ has: this.page.locator('summary', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) })
  }

  /** Opens a part of the answers as a reviewer does, by selecting its summary; an open part stays open. */
  async openAnswers(title: string): Promise<void> {
    const part = this.answersPart(title)
    if (!(await part.evaluate((details: HTMLDetailsElement) => details.open))) await part.locator('summary').click()
  }

  /** The contributor's answer to one field, as shown (visible only once its part is open). */
  answer(field: string): Locator {
    return this.page.locator(`[data-qa="answer-${field}"] .govuk-summary-list__value`)
  }

  /** A radio or checkbox of the classification form, by its group and label. */
  option(group: string, label: string): Locator {
    return this.page
      .locator(`[data-qa="classification"] input[name="${group}"]`)
      .and(this.page.getByLabel(label, { exact: true }))
  }

  visibility(label: string): Locator {
    return this.page.locator('[data-qa="decision-publish"]').getByLabel(label, { exact: true })
  }
}

/** /review/:reference/revisions/:number: the live practice beside the proposed change. */
export class RevisionComparisonPage extends AppPage {
  readonly changes: Locator
  readonly approveButton: Locator

  private constructor(page: Page) {
    super(page)
    this.changes = page.locator('[data-qa="comparison"] tbody tr')
    this.approveButton = page.locator('[data-qa="approve"]')
  }

  static async verifyOnPage(page: Page, number: number): Promise<RevisionComparisonPage> {
    const comparison = new RevisionComparisonPage(page)
    await AppPage.expectHeading(page, comparison.heading, `Revision ${number} compared with the live version`)
    return comparison
  }
}

/** The 409 page a reviewer sees when someone else changed the practice after they opened it. */
export class ReviewConflictPage extends AppPage {
  readonly reason: Locator
  readonly changesSince: Locator
  readonly backLink: Locator

  private constructor(page: Page) {
    super(page)
    this.reason = page.locator('[data-qa="conflict-reason"]')
    this.changesSince = page.locator('[data-qa="changes-since"]')
    this.backLink = page.locator('[data-qa="back-to-practice"]')
  }

  static async verifyOnPage(page: Page): Promise<ReviewConflictPage> {
    const conflict = new ReviewConflictPage(page)
    await AppPage.expectHeading(page, conflict.heading, 'Someone else changed this practice')
    return conflict
  }
}
