import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /account/api-tokens: make a token, see them listed, revoke one. */
export class ApiTokensPage extends AppPage {
  static readonly path = '/account/api-tokens'

  readonly nameInput: Locator
  readonly makeButton: Locator
  readonly rows: Locator
  readonly flash: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.nameInput = page.locator('#name')
    this.makeButton = page.locator('[data-qa="make-token"]')
    this.rows = page.locator('[data-qa="tokens"] tbody tr')
    this.flash = page.locator('[data-qa="flash"]')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page): Promise<ApiTokensPage> {
    const tokens = new ApiTokensPage(page)
    await AppPage.expectHeading(page, tokens.heading, 'Your API tokens')
    return tokens
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('[data-qa="token-name"]', { hasText: name }) })
  }
}

/** The answer to making a token: the token, shown this once. */
export class NewApiTokenPage extends AppPage {
  readonly token: Locator
  readonly backLink: Locator

  private constructor(page: Page) {
    super(page)
    this.token = page.locator('[data-qa="token"]')
    this.backLink = page.locator('[data-qa="back-to-tokens"]')
  }

  static async verifyOnPage(page: Page): Promise<NewApiTokenPage> {
    const created = new NewApiTokenPage(page)
    await AppPage.expectHeading(page, created.heading, 'Your new API token')
    return created
  }
}

/** /api: the API described for people. */
export class ApiPage extends AppPage {
  static readonly path = '/api'

  readonly routes: Locator

  private constructor(page: Page) {
    super(page)
    this.routes = page.locator('[data-qa="route"]')
  }

  static async verifyOnPage(page: Page): Promise<ApiPage> {
    const api = new ApiPage(page)
    await AppPage.expectHeading(page, api.heading, 'Practice Bank API')
    return api
  }
}
