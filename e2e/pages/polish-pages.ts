import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { AppPage } from './app-page.js'

/** The sub-navigation shared by the review queue, the assessments list and the due list. */
export class ReviewSubNavigation {
  readonly nav: Locator
  readonly current: Locator

  constructor(page: Page) {
    this.nav = page.locator('nav[aria-label="Review"]')
    this.current = this.nav.locator('a[aria-current="page"]')
  }

  async expectCurrent(text: string): Promise<void> {
    expect(await this.nav.count(), 'one review sub-navigation').toBe(1)
    expect((await this.nav.locator('a').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Review queue',
      'Assessments',
      'Due for review',
      'Evaluation',
    ])
    expect((await this.current.innerText()).trim()).toBe(text)
  }
}

/** /review/:reference as a reviewer sees it, with the assessment summary. */
export class ReviewPageWithAssessment extends AppPage {
  readonly summary: Locator
  readonly progress: Locator
  readonly assessmentLink: Locator

  constructor(page: Page) {
    super(page)
    this.summary = page.locator('[data-qa="assessment-summary"]')
    this.progress = page.locator('[data-qa="assessment-progress"]')
    this.assessmentLink = page.locator('[data-qa="assessment-link"]')
  }

  static async verifyOnPage(page: Page, title: string): Promise<ReviewPageWithAssessment> {
    const review = new ReviewPageWithAssessment(page)
    await AppPage.expectHeading(page, review.heading, title)
    return review
  }
}

/** /my-submissions. */
export class MySubmissionsPage extends AppPage {
  readonly reviewLinks: Locator

  constructor(page: Page) {
    super(page)
    this.reviewLinks = page.locator('[data-qa="review-link"]')
  }

  static async verifyOnPage(page: Page): Promise<MySubmissionsPage> {
    const mine = new MySubmissionsPage(page)
    await AppPage.expectHeading(page, mine.heading, 'My submissions')
    return mine
  }
}
