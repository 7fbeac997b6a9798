import type { Locator, Page, Response } from 'playwright-core'
import { expect } from 'vitest'

/** The account end of the service navigation: "Sign in" for visitors; "Your account", "Sign out" (and "Admin") once signed in. */
export class AccountNavigation {
  readonly signInLink: Locator
  readonly accountLink: Locator
  readonly adminLink: Locator
  readonly signOutButton: Locator

  constructor(readonly page: Page) {
    const navigation = page.locator('.govuk-service-navigation')
    this.signInLink = navigation.locator('[data-qa="nav-sign-in"]')
    this.accountLink = navigation.locator('[data-qa="nav-account"]')
    this.adminLink = navigation.locator('[data-qa="nav-admin"]')
    this.signOutButton = navigation.locator('[data-qa="sign-out"]')
  }

  /** Fails unless the navigation shows what a visitor who has not signed in sees. */
  async expectSignedOut(): Promise<void> {
    expect(await this.signInLink.isVisible(), '"Sign in" in the navigation').toBe(true)
    expect(await this.accountLink.count(), '"Your account" in the navigation').toBe(0)
    expect(await this.signOutButton.count(), '"Sign out" in the navigation').toBe(0)
    expect(await this.adminLink.count(), '"Admin" in the navigation').toBe(0)
  }

  /** Fails unless the navigation shows what a signed-in person sees, with "Admin" only for admins. */
  async expectSignedIn({ admin = false }: { admin?: boolean } = {}): Promise<void> {
    expect(await this.signInLink.count(), '"Sign in" in the navigation').toBe(0)
    expect(await this.accountLink.isVisible(), '"Your account" in the navigation').toBe(true)
    expect(await this.signOutButton.isVisible(), '"Sign out" in the navigation').toBe(true)
    expect(await this.adminLink.count(), '"Admin" in the navigation').toBe(admin ? 1 : 0)
  }
}

/** On a small screen the service navigation folds under a "Menu" button: opens it when it is folded. */
export async function openMenuIfFolded(page: Page): Promise<void> {
  const toggle = page.locator('.govuk-service-navigation__toggle')
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

/**
 * Does something that loads a new page (a key press, a click, a form sent) and returns the response that
 * the page was built from, after any redirects, failing unless it has `status`.
 */
export async function navigateBy(page: Page, action: () => Promise<void>, status = 200): Promise<Response> {
  const responded = page.waitForResponse(
    (response) =>
      response.request().isNavigationRequest() &&
      response.frame() === page.mainFrame() &&
      (response.status() < 300 || response.status() >= 400),
  )
  const loaded = page.waitForEvent('load')
  await action()
  const [response] = await Promise.all([responded, loaded])
  expect(response.status(), `status of ${response.request().method()} ${new URL(response.url()).pathname}`).toBe(status)
  return response
}

/** Clicks a link or a button that loads a new page. */
export function clickToNavigate(page: Page, target: Locator, status = 200): Promise<Response> {
  return navigateBy(page, () => target.click(), status)
}

/** A GOV.UK error summary: its items, and whether it took focus when the page loaded, as it does with scripts. */
export class ErrorSummary {
  readonly root: Locator
  readonly links: Locator

  constructor(readonly page: Page) {
    this.root = page.locator('.govuk-error-summary')
    this.links = this.root.locator('.govuk-error-summary__list a')
  }

  /** The text of each error, in order. */
  async messages(): Promise<string[]> {
    return (await this.links.allInnerTexts()).map((text) => text.trim())
  }

  /** The fragment of each error link, such as "#email". */
  async targets(): Promise<(string | null)[]> {
    return this.links.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  }

  /** Fails unless the summary shows and GOV.UK Frontend has moved focus to it. */
  async expectFocused(): Promise<void> {
    await this.root.waitFor({ state: 'visible' })
    expect(await this.page.title()).toMatch(/^Error: /)
    try {
      await this.page.waitForFunction(
        () => document.activeElement?.classList.contains('govuk-error-summary') ?? false,
        undefined,
        { timeout: 10_000 },
      )
    } catch (error) {
      // Say why: GOV.UK Frontend focuses the summary when it initialises it, so first check that it did.
      const state = await this.page.evaluate(() => ({
        bodyClasses: document.body.className,
        summaryInitialised: document
          .querySelector('.govuk-error-summary')
          ?.hasAttribute('data-govuk-error-summary-init'),
        focused: document.activeElement?.outerHTML.slice(0, 120),
      }))
      throw new Error(`the error summary did not take focus: ${JSON.stringify(state)}`, { cause: error })
    }
  }
}
