import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'

/** The GOV.UK "Page not found" page, for unknown addresses and for practice that cannot be shown. */
export class NotFoundPage extends AppPage {
  readonly searchLink: Locator

  private constructor(page: Page) {
    super(page)
    this.searchLink = page.locator('main a[href="/practices"]')
  }

  static async verifyOnPage(page: Page): Promise<NotFoundPage> {
    const notFound = new NotFoundPage(page)
    await AppPage.expectHeading(page, page.locator('[data-qa="page-heading"]'), 'Page not found')
    return notFound
  }
}
