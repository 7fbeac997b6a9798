import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { AccountPage } from './pages/account-page.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { CheckEmailPage, RegisterPage } from './pages/register-page.js'
import {
  ForgotPasswordPage,
  PasswordChangedPage,
  ResetPasswordPage,
  ResetSentPage,
  signIn,
} from './pages/sign-in-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { freshVisitorPerTest } from './support/browser.js'
import { tabTo } from './support/keyboard.js'
import { linkFromOutbox } from './support/outbox.js'

/** Registers a new account through the form; it stays unconfirmed, which a reset link also fixes. */
async function registerNewAccount(page: Page, email: string, organisation: string) {
  await visit(page, RegisterPage.path)
  const register = await RegisterPage.verifyOnPage(page)
  await register.nameInput.fill('Riley Reset')
  await register.emailInput.fill(email)
  await register.organisationInput.fill(organisation)
  await register.organisationSuggestions.first().waitFor({ state: 'visible' })
  await register.organisationInput.press('Enter')
  await register.passwordInput.fill('first password chosen here')
  await clickToNavigate(page, register.createAccountButton)
  await CheckEmailPage.verifyOnPage(page)
}

describe('accounts: forgotten password, with the link from the e-mail', () => {
  const visitor = freshVisitorPerTest()
  let page: Page
  beforeEach(() => {
    page = visitor.page
  })

  it('sets a new password, shows that it has changed, and the new password signs in', async () => {
    // An account made for this test, so no other journey's demo user is changed.
    const email = `reset-${Date.now()}@example.police.uk`
    await registerNewAccount(page, email, 'Kent Police')

    await visit(page, ForgotPasswordPage.path)
    const forgot = await ForgotPasswordPage.verifyOnPage(page)
    await forgot.emailInput.fill(email)
    await clickToNavigate(page, forgot.sendButton)
    await ResetSentPage.verifyOnPage(page)

    const resetPath = await linkFromOutbox(
      visitor.browser,
      email,
      'Reset your Practice Bank password',
      '/reset-password',
    )
    await visit(page, resetPath)
    const reset = await ResetPasswordPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    await reset.passwordInput.fill('a brand new passphrase')
    await clickToNavigate(page, reset.saveButton)

    const changed = await PasswordChangedPage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    await clickToNavigate(page, changed.signInLink)
    await signIn(page, email, 'a brand new passphrase')
    const account = await AccountPage.verifyOnPage(page)
    expect(await account.detail('Organisation')).toBe('Kent Police')
    await expectNoAxeViolations(page)
  })
})

describe('accounts: registering when our script does not run', () => {
  const visitor = freshVisitorPerTest()

  it('offers the organisations as a plain select, chosen with the keyboard', async () => {
    // Our script is blocked (as when it fails to load) rather than JavaScript switched off, because axe
    // itself needs JavaScript: the page is what a browser without scripts gets.
    const page = visitor.page
    await page.route(/\/assets\/application-[\w-]+\.js$/, (route) => route.abort())
    await visit(page, RegisterPage.path)
    const register = await RegisterPage.verifyOnPage(page)
    expect(await register.organisationInput.count()).toBe(0)
    expect(await register.organisationSelect.isVisible()).toBe(true)
    await expectNoAxeViolations(page)
    await register.nameInput.fill('Nat No-Script')
    await register.emailInput.fill(`no-script-${Date.now()}@example.org`)
    await tabTo(page, register.organisationSelect)
    await page.keyboard.type('Mersey')
    expect(await register.organisationSelect.inputValue()).toBe('merseyside')
    await register.passwordInput.fill('no scripts needed here')
    await clickToNavigate(page, register.createAccountButton)
    await CheckEmailPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })
})

describe('accounts: the organisation type-ahead', () => {
  const visitor = freshVisitorPerTest()

  it('sends no organisation when the text is not one of them, even after one was chosen', async () => {
    const page = visitor.page
    await visit(page, RegisterPage.path)
    let register = await RegisterPage.verifyOnPage(page)
    await register.organisationInput.fill('Kent')
    await register.organisationSuggestions.first().waitFor({ state: 'visible' })
    await register.organisationInput.press('Enter')
    expect(await register.organisationSelect.inputValue()).toBe('kent')

    await register.organisationInput.fill('Nowhere Constabulary')
    await clickToNavigate(page, register.createAccountButton, 400)
    register = await RegisterPage.verifyOnPage(page)
    expect(await register.errorSummary.messages()).toContain('Select your organisation')
    expect(await register.organisationInput.inputValue()).toBe('')
    await expectNoAxeViolations(page)
  })
})
