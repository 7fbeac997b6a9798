import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'

export class HomePage extends AppPage {
  static readonly path = '/'
  static readonly headingText = 'Share and find practice that protects vulnerable people'

  readonly searchInput: Locator
  readonly searchButton: Locator
  readonly topicLinks: Locator
  readonly regionLinks: Locator
  readonly latestResults: Locator

  private constructor(page: Page) {
    super(page)
    this.searchInput = page.locator('#q')
    this.searchButton = page.locator('form[role="search"] button')
    this.topicLinks = page.locator('[data-qa="topics"] a')
    this.regionLinks = page.locator('[data-qa="regions"] a')
    this.latestResults = page.locator('[data-qa="latest"] [data-qa="result"]')
  }

  static async verifyOnPage(page: Page): Promise<HomePage> {
    const home = new HomePage(page)
    await AppPage.expectHeading(page, home.heading, HomePage.headingText)
    await home.searchInput.waitFor({ state: 'visible' })
    return home
  }
}
