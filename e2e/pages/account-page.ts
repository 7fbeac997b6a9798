import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { AccountNavigation } from './navigation.js'

/** /account: the signed-in person's details, and the ways to change their password, get their data or leave. */
export class AccountPage extends AppPage {
  static readonly path = '/account'

  readonly details: Locator
  readonly changePasswordLink: Locator
  readonly deleteAccountLink: Locator
  readonly downloadDataLink: Locator
  readonly signOutEverywhereButton: Locator
  readonly navigation: AccountNavigation

  private constructor(page: Page) {
    super(page)
    this.details = page.locator('[data-qa="account-details"]')
    this.changePasswordLink = page.locator('main a[href="/account/password"]')
    this.deleteAccountLink = page.locator('main a[href="/account/delete"]')
    this.downloadDataLink = page.locator('main a[href="/account/data"]')
    this.signOutEverywhereButton = page.locator('main form[action="/account/sign-out-everywhere"] button')
    this.navigation = new AccountNavigation(page)
  }

  static async verifyOnPage(page: Page): Promise<AccountPage> {
    const account = new AccountPage(page)
    await AppPage.expectHeading(page, page.locator('[data-qa="account-heading"]'), 'Your account')
    await account.details.waitFor({ state: 'visible' })
    return account
  }

  /** The value of one row of the summary list, found by its key, such as "Name" or "Roles". */
  async detail(key: string): Promise<string> {
    const row = this.details
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) })
    return (await row.locator('.govuk-summary-list__value').innerText()).trim()
  }
}

/** /account/password: the current password and a new one. */
export class ChangePasswordPage extends AppPage {
  static readonly path = '/account/password'

  readonly currentPasswordInput: Locator
  readonly newPasswordInput: Locator

  private constructor(page: Page) {
    super(page)
    this.currentPasswordInput = page.locator('#currentPassword')
    this.newPasswordInput = page.locator('#newPassword')
  }

  static async verifyOnPage(page: Page): Promise<ChangePasswordPage> {
    const change = new ChangePasswordPage(page)
    await AppPage.expectHeading(page, change.heading, 'Change your password')
    await change.currentPasswordInput.waitFor({ state: 'visible' })
    return change
  }
}

/** /account/delete: the warning and the password that confirms it. */
export class DeleteAccountPage extends AppPage {
  static readonly path = '/account/delete'

  readonly passwordInput: Locator
  readonly deleteButton: Locator
  readonly keepAccountLink: Locator

  private constructor(page: Page) {
    super(page)
    this.passwordInput = page.locator('#password')
    this.deleteButton = page.locator('main form button.govuk-button--warning')
    this.keepAccountLink = page.locator('main a[href="/account"]')
  }

  static async verifyOnPage(page: Page): Promise<DeleteAccountPage> {
    const remove = new DeleteAccountPage(page)
    await AppPage.expectHeading(page, remove.heading, 'Delete your account')
    await remove.passwordInput.waitFor({ state: 'visible' })
    return remove
  }
}
