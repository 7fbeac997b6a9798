import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { AccountPage, ChangePasswordPage, DeleteAccountPage } from './pages/account-page.js'
import { visit } from './pages/app-page.js'
import { HomePage } from './pages/home-page.js'
import { AccountNavigation, clickToNavigate, navigateBy } from './pages/navigation.js'
import { CheckEmailPage, EmailVerifiedPage, LinkExpiredPage, RegisterPage } from './pages/register-page.js'
import { ForgotPasswordPage, ResetPasswordPage, ResetSentPage, signIn, SignInPage } from './pages/sign-in-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { closeContexts, freshVisitorPerTest, launchBrowser, newVisitorPage } from './support/browser.js'
import { arrowDownTo, hasFocus, pressToNavigate, tabTo } from './support/keyboard.js'
import { linkFromOutbox } from './support/outbox.js'

const demoEmail = (role: 'admin' | 'police member' | 'contributor (partner, not police)'): string => {
  const user = demoUsers.find((demo) => demo.label === role)
  if (!user) throw new Error(`no demo user labelled "${role}"`)
  return user.email
}

// Registering, confirming the address, signing in and out, by keyboard alone, with an axe check on every page.
describe('accounts: register, confirm the e-mail address, sign in, see the account, sign out', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  afterEach(async () => {
    await closeContexts(browser)
  })

  it('by keyboard alone, with the link from the e-mail', async () => {
    // A police address, so the new account can read policing-only practice.
    const email = `journey-${Date.now()}@example.police.uk`
    const name = 'Jo Journey'
    const password = 'kettle harbour violet spoon'
    const page = await newVisitorPage(browser)
    await visit(page, HomePage.path)
    await HomePage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    // Home → Sign in → Create an account.
    await tabTo(page, new AccountNavigation(page).signInLink)
    await pressToNavigate(page)
    let signInPage = await SignInPage.verifyOnPage(page)
    await signInPage.navigation.expectSignedOut()
    await expectNoAxeViolations(page)

    await tabTo(page, signInPage.createAccountLink)
    await pressToNavigate(page)
    const register = await RegisterPage.verifyOnPage(page)
    expect(register.url.pathname).toBe(RegisterPage.path)
    await expectNoAxeViolations(page)

    // The form: type into each field; find the organisation by typing part of its name into the type-ahead.
    await tabTo(page, register.nameInput)
    await page.keyboard.type(name)
    await tabTo(page, register.emailInput)
    await page.keyboard.type(email)
    await tabTo(page, register.organisationInput)
    expect(await register.organisationSelect.isVisible()).toBe(false)
    expect(await register.organisationSelect.inputValue()).toBe('')
    await page.keyboard.type('north')
    await register.organisationSuggestions.first().waitFor({ state: 'visible' })
    expect(await register.organisationSuggestions.allInnerTexts()).toContain('North Yorkshire Police')
    // The grey completion behind the text box (a copy of the first suggestion) is hidden from screen readers.
    expect(await page.locator('.autocomplete__hint').getAttribute('aria-hidden')).toBe('true')
    // axe with the list of suggestions open, then again once one is chosen and the list has closed.
    await expectNoAxeViolations(page)
    await arrowDownTo(page, register.organisationSuggestions.filter({ hasText: 'North Yorkshire Police' }))
    await page.keyboard.press('Enter')
    await register.organisationSuggestions.first().waitFor({ state: 'hidden' })
    expect(await register.organisationInput.inputValue()).toBe('North Yorkshire Police')
    expect(await register.organisationSelect.inputValue()).toBe('north-yorkshire')
    await expectNoAxeViolations(page)
    await tabTo(page, register.passwordInput)
    await page.keyboard.type(password)
    expect(await register.nameInput.inputValue()).toBe(name)
    expect(await register.emailInput.inputValue()).toBe(email)
    expect(await register.passwordInput.inputValue()).toBe(password)
    expect(await hasFocus(register.passwordInput)).toBe(true)
    await pressToNavigate(page)

    const checkEmail = await CheckEmailPage.verifyOnPage(page)
    expect(checkEmail.url.pathname).toBe(CheckEmailPage.path)
    await expectNoAxeViolations(page)

    // E-mail is not sent in tests: the demo admin reads it in the outbox, in a browser of their own.
    const verifyPath = await linkFromOutbox(browser, email, 'Confirm your e-mail address', '/verify-email')
    expect(verifyPath).toMatch(/^\/verify-email\/[\w-]+$/)

    // Following the e-mail's link is not something done on our site, so it is opened directly.
    await visit(page, verifyPath)
    const verified = await EmailVerifiedPage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    await tabTo(page, verified.continueLink)
    await pressToNavigate(page)
    signInPage = await SignInPage.verifyOnPage(page)
    await tabTo(page, signInPage.emailInput)
    await page.keyboard.type(email)
    await tabTo(page, signInPage.passwordInput)
    await page.keyboard.type(password)
    await pressToNavigate(page)

    const account = await AccountPage.verifyOnPage(page)
    expect(account.url.pathname).toBe(AccountPage.path)
    expect(await account.detail('Name')).toBe(name)
    expect(await account.detail('E-mail address')).toBe(email)
    expect(await account.detail('Organisation')).toBe('North Yorkshire Police')
    expect(await account.detail('Roles')).toBe('Contributor')
    expect(await account.detail('Policing-only practice')).toBe('You can read it')
    expect(await page.locator('[data-qa="data-contents"]').innerText()).toContain('your saved searches and alerts')
    await account.navigation.expectSignedIn()
    await expectNoAxeViolations(page)

    // Sign out: a button in the navigation, which sends a form.
    await tabTo(page, account.navigation.signOutButton)
    await pressToNavigate(page)
    const homeAgain = await HomePage.verifyOnPage(page)
    expect(homeAgain.url.pathname).toBe(HomePage.path)
    await new AccountNavigation(page).expectSignedOut()
    await expectNoAxeViolations(page)

    // The session is over: the account page sends the visitor to sign in, and back there afterwards.
    await visit(page, AccountPage.path)
    const signInAgain = await SignInPage.verifyOnPage(page)
    expect(signInAgain.url.pathname).toBe(SignInPage.path)
    expect(signInAgain.url.searchParams.get('returnTo')).toBe(AccountPage.path)
  })

  it('sending the registration form empty shows every problem, and the error summary takes focus', async () => {
    const page = await newVisitorPage(browser)
    await visit(page, RegisterPage.path)
    let register = await RegisterPage.verifyOnPage(page)
    expect(await register.errorSummary.root.count()).toBe(0)

    await tabTo(page, register.createAccountButton)
    await navigateBy(page, () => page.keyboard.press('Enter'), 400)

    register = await RegisterPage.verifyOnPage(page)
    expect(register.url.pathname).toBe(RegisterPage.path)
    await register.errorSummary.expectFocused()
    expect(await register.errorSummary.messages()).toEqual([
      'Enter your full name',
      'Enter your e-mail address',
      'Select your organisation',
      'Enter a password',
    ])
    expect(await register.errorSummary.targets()).toEqual(['#name', '#email', '#organisation', '#password'])
    expect(await register.fieldError('name')).toBe('Error: Enter your full name')
    expect(await register.fieldError('organisation')).toBe('Error: Select your organisation')
    await expectNoAxeViolations(page)

    // The first error link takes the keyboard to its field.
    await tabTo(page, register.errorSummary.links.first())
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'name')
  })

  it('signing in with the wrong password shows the error summary', async () => {
    const email = demoEmail('police member')
    const page = await newVisitorPage(browser)
    await visit(page, SignInPage.path)
    let signInPage = await SignInPage.verifyOnPage(page)
    await tabTo(page, signInPage.emailInput)
    await page.keyboard.type(email)
    await tabTo(page, signInPage.passwordInput)
    await page.keyboard.type('not the right password')
    await navigateBy(page, () => page.keyboard.press('Enter'), 400)

    signInPage = await SignInPage.verifyOnPage(page)
    await signInPage.errorSummary.expectFocused()
    expect(await signInPage.errorSummary.messages()).toEqual(['Enter the e-mail address and password for your account'])
    // The address is kept; the password never is.
    expect(await signInPage.emailInput.inputValue()).toBe(email)
    expect(await signInPage.passwordInput.inputValue()).toBe('')
    await signInPage.navigation.expectSignedOut()
    await expectNoAxeViolations(page)
  })
})

// Every other account page gets one axe check (WCAG 2.2 AA).
describe('accessibility of the account pages (axe, WCAG 2.2 AA)', () => {
  const visitor = freshVisitorPerTest()
  let page: Page
  beforeEach(() => {
    page = visitor.page
  })

  it('forgotten password, and the page after sending it', async () => {
    await visit(page, ForgotPasswordPage.path)
    const forgot = await ForgotPasswordPage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    await forgot.emailInput.fill(`nobody-${Date.now()}@example.police.uk`)
    await clickToNavigate(page, forgot.sendButton)
    await ResetSentPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })

  it('choosing a new password', async () => {
    await visit(page, '/reset-password/anything')
    await ResetPasswordPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })

  it('the page after an account is deleted', async () => {
    await visit(page, '/account/deleted')
    expect(await page.locator('h1').innerText()).toContain('Your account has been deleted')
    await expectNoAxeViolations(page)
  })

  it('a link that has expired or been used (400)', async () => {
    await visit(page, '/verify-email/not-a-real-token', 400)
    await LinkExpiredPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })

  it('the signed-in pages: your account, change your password, delete your account', async () => {
    await signIn(page, demoEmail('police member'), DEMO_PASSWORD)
    const account = await AccountPage.verifyOnPage(page)
    expect(await account.detail('Policing-only practice')).toBe('You can read it')
    await expectNoAxeViolations(page)

    await clickToNavigate(page, account.changePasswordLink)
    await ChangePasswordPage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    await visit(page, DeleteAccountPage.path)
    await DeleteAccountPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })
})
