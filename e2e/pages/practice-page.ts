import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'

/** /practices/:slug: one practice example. */
export class PracticePage extends AppPage {
  readonly title: Locator
  readonly summary: Locator
  readonly demoBanner: Locator
  readonly keyDetails: Locator
  readonly breadcrumbs: Locator

  private constructor(page: Page) {
    super(page)
    this.title = page.locator('[data-qa="practice-title"]')
    this.summary = page.locator('[data-qa="practice-summary"]')
    this.demoBanner = page.locator('[data-qa="demo-banner"]')
    this.keyDetails = page.locator('[data-qa="key-details"]')
    this.breadcrumbs = page.locator('.govuk-breadcrumbs')
  }

  /** Fails unless the page shows a practice, titled `title` when given. */
  static async verifyOnPage(page: Page, title?: string): Promise<PracticePage> {
    const practice = new PracticePage(page)
    await AppPage.expectHeading(page, practice.title, title ?? /\S/)
    await practice.keyDetails.waitFor({ state: 'visible' })
    return practice
  }
}
