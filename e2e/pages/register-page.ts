import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /register: name, e-mail address, organisation and password for a new account. */
export class RegisterPage extends AppPage {
  static readonly path = '/register'

  readonly nameInput: Locator
  readonly emailInput: Locator
  /** the GOV.UK select: what the form sends; hidden once JavaScript turns it into a type-ahead */
  readonly organisationSelect: Locator
  /** the type-ahead text box that stands in for the select when JavaScript runs */
  readonly organisationInput: Locator
  /** the suggestions listed under the type-ahead while it is open */
  readonly organisationSuggestions: Locator
  readonly passwordInput: Locator
  readonly createAccountButton: Locator
  readonly signInLink: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.nameInput = page.locator('#name')
    this.emailInput = page.locator('#email')
    this.organisationSelect = page.locator('select[name="organisation"]')
    this.organisationInput = page.locator('input#organisation[role="combobox"]')
    this.organisationSuggestions = page.locator('#organisation__listbox [role="option"]')
    this.passwordInput = page.locator('#password')
    this.createAccountButton = page.locator('[data-qa="register"]')
    this.signInLink = page.locator('main a[href="/sign-in"]')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page): Promise<RegisterPage> {
    const register = new RegisterPage(page)
    await AppPage.expectHeading(page, register.heading, 'Create an account')
    // The select, or the type-ahead that replaces it when JavaScript runs: both have the label's id.
    await page.locator('#organisation').waitFor({ state: 'visible' })
    return register
  }

  /** The error shown beside a field, such as "Error: Enter your full name", or null when there is none. */
  async fieldError(fieldId: string): Promise<string | null> {
    const message = this.page.locator(`#${fieldId}-error`)
    return (await message.count()) ? (await message.innerText()).replace(/\s+/g, ' ').trim() : null
  }
}

/** /register/check-email: where registering always ends, whether or not the address already has an account. */
export class CheckEmailPage extends AppPage {
  static readonly path = '/register/check-email'

  private constructor(page: Page) {
    super(page)
  }

  static async verifyOnPage(page: Page): Promise<CheckEmailPage> {
    const check = new CheckEmailPage(page)
    await AppPage.expectHeading(page, check.heading, 'Check your e-mail')
    // Without a mail server (as in the journeys) the page says the link waits for an administrator.
    await page.locator('[data-qa="mail-status"]', { hasText: 'confirm your address' }).waitFor({ state: 'visible' })
    return check
  }
}

/** /verify-email/:token with a good token: the GOV.UK panel, and the way on to sign in. */
export class EmailVerifiedPage extends AppPage {
  readonly continueLink: Locator

  private constructor(page: Page) {
    super(page)
    this.continueLink = page.locator('[data-qa="continue-sign-in"]')
  }

  static async verifyOnPage(page: Page): Promise<EmailVerifiedPage> {
    const verified = new EmailVerifiedPage(page)
    await AppPage.expectHeading(page, page.locator('h1.govuk-panel__title'), 'Your e-mail address is confirmed')
    await verified.continueLink.waitFor({ state: 'visible' })
    return verified
  }
}

/** A verification or reset link that is unknown, used or out of date (400), with a form to ask for a new one. */
export class LinkExpiredPage extends AppPage {
  readonly emailInput: Locator
  readonly sendButton: Locator

  private constructor(page: Page) {
    super(page)
    this.emailInput = page.locator('#email')
    this.sendButton = page.locator('main form button[type="submit"]', { hasText: 'Send a new link' })
  }

  static async verifyOnPage(page: Page): Promise<LinkExpiredPage> {
    const expired = new LinkExpiredPage(page)
    await AppPage.expectHeading(page, expired.heading, 'This link has expired or been used')
    await expired.emailInput.waitFor({ state: 'visible' })
    return expired
  }
}
