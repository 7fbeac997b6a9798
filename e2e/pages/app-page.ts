import type { Locator, Page, Response } from 'playwright-core'
import { expect } from 'vitest'

/** What every page of the service shares: the layout, the heading and the title. */
export abstract class AppPage {
  readonly heading: Locator
  readonly skipLink: Locator
  readonly serviceNavigation: Locator

  constructor(readonly page: Page) {
    this.heading = page.locator('h1')
    this.skipLink = page.locator('.govuk-skip-link')
    this.serviceNavigation = page.locator('.govuk-service-navigation')
  }

  /** The address of the page now showing, for assertions on its path and query. */
  get url(): URL {
    return new URL(this.page.url())
  }

  /** Fails unless the page's only h1 reads `text` and its title starts with it. */
  protected static async expectHeading(page: Page, heading: Locator, text: string | RegExp): Promise<void> {
    await heading.first().waitFor({ state: 'visible' })
    expect(await page.locator('h1').count(), 'one h1 on the page').toBe(1)
    const headingText = (await heading.innerText()).trim()
    if (typeof text === 'string') expect(headingText).toBe(text)
    else expect(headingText).toMatch(text)
    expect(await page.title()).toMatch(/ – Practice Bank$/)
  }
}

/** Opens a path of the app under test and fails unless the server answers with `status`. */
export async function visit(page: Page, pathAndQuery: string, status = 200): Promise<Response> {
  const response = await page.goto(pathAndQuery)
  if (!response) throw new Error(`no response for ${pathAndQuery}`)
  expect(response.status(), `status of ${pathAndQuery}`).toBe(status)
  return response
}

/** Reads the leading number of a text such as "1,234 practice examples". */
export function leadingNumber(text: string): number {
  const match = /^\s*([\d,]+)/.exec(text)
  if (!match?.[1]) throw new Error(`expected a number at the start of "${text}"`)
  return Number(match[1].replaceAll(',', ''))
}
