import type { Locator, Page } from 'playwright-core'
import { AppPage, visit } from './app-page.js'
import { AccountNavigation, clickToNavigate, ErrorSummary } from './navigation.js'

/** /sign-in: e-mail address and password, with links to reset a password or create an account. */
export class SignInPage extends AppPage {
  static readonly path = '/sign-in'

  readonly emailInput: Locator
  readonly passwordInput: Locator
  readonly signInButton: Locator
  readonly forgotPasswordLink: Locator
  readonly createAccountLink: Locator
  readonly errorSummary: ErrorSummary
  readonly navigation: AccountNavigation

  private constructor(page: Page) {
    super(page)
    this.emailInput = page.locator('#email')
    this.passwordInput = page.locator('#password')
    this.signInButton = page.locator('[data-qa="sign-in"]')
    this.forgotPasswordLink = page.locator('main a[href="/forgot-password"]')
    this.createAccountLink = page.locator('main a[href="/register"]')
    this.errorSummary = new ErrorSummary(page)
    this.navigation = new AccountNavigation(page)
  }

  static async verifyOnPage(page: Page): Promise<SignInPage> {
    const signIn = new SignInPage(page)
    await AppPage.expectHeading(page, signIn.heading, 'Sign in')
    await signIn.emailInput.waitFor({ state: 'visible' })
    return signIn
  }
}

/**
 * Signs in from the sign-in page by filling the form and clicking, for journeys that are about what comes
 * after. Fails unless it lands on `landsOn` (the path signing in returns to).
 */
export async function signIn(page: Page, email: string, password: string, landsOn = '/account'): Promise<void> {
  await visit(
    page,
    landsOn === '/account' ? SignInPage.path : `${SignInPage.path}?returnTo=${encodeURIComponent(landsOn)}`,
  )
  const signInPage = await SignInPage.verifyOnPage(page)
  await signInPage.emailInput.fill(email)
  await signInPage.passwordInput.fill(password)
  await clickToNavigate(page, signInPage.signInButton)
  const url = new URL(page.url())
  if (url.pathname !== landsOn) throw new Error(`signing in as ${email} landed on ${url.pathname}, not ${landsOn}`)
}

/** /forgot-password: asks for the address to send a reset link to. */
export class ForgotPasswordPage extends AppPage {
  static readonly path = '/forgot-password'

  readonly emailInput: Locator
  readonly sendButton: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.emailInput = page.locator('#email')
    this.sendButton = page.locator('main form button[type="submit"]', { hasText: 'Send the link' })
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page): Promise<ForgotPasswordPage> {
    const forgot = new ForgotPasswordPage(page)
    await AppPage.expectHeading(page, forgot.heading, 'Reset your password')
    await forgot.emailInput.waitFor({ state: 'visible' })
    return forgot
  }
}

/** What /forgot-password shows once an address is sent: the same page whether or not there is an account. */
export class ResetSentPage extends AppPage {
  private constructor(page: Page) {
    super(page)
  }

  static async verifyOnPage(page: Page): Promise<ResetSentPage> {
    const sent = new ResetSentPage(page)
    await AppPage.expectHeading(page, sent.heading, 'Check your e-mail')
    await page.locator('[data-qa="mail-status"]', { hasText: 'reset the password' }).waitFor({ state: 'visible' })
    return sent
  }
}

/** /reset-password/:token: the form to choose a new password (the token is checked when it is sent). */
export class ResetPasswordPage extends AppPage {
  readonly passwordInput: Locator
  readonly saveButton: Locator

  private constructor(page: Page) {
    super(page)
    this.passwordInput = page.locator('#password')
    this.saveButton = page.locator('main form button[type="submit"]', { hasText: 'Save password' })
  }

  static async verifyOnPage(page: Page): Promise<ResetPasswordPage> {
    const reset = new ResetPasswordPage(page)
    await AppPage.expectHeading(page, reset.heading, 'Choose a new password')
    await reset.passwordInput.waitFor({ state: 'visible' })
    return reset
  }
}

/** What a good reset link leads to once the new password is saved: the GOV.UK panel and the way to sign in. */
export class PasswordChangedPage extends AppPage {
  readonly signInLink: Locator

  private constructor(page: Page) {
    super(page)
    this.signInLink = page.locator('main a[href="/sign-in"]')
  }

  static async verifyOnPage(page: Page): Promise<PasswordChangedPage> {
    const changed = new PasswordChangedPage(page)
    await AppPage.expectHeading(page, page.locator('h1.govuk-panel__title'), 'Your password has been changed')
    await changed.signInLink.waitFor({ state: 'visible' })
    return changed
  }
}
