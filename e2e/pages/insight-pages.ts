import type { Locator, Page } from 'playwright-core'
import { AppPage, leadingNumber } from './app-page.js'

/** /insight: the national picture, with its filters, charts, tables and CSV links. */
export class InsightPage extends AppPage {
  static readonly path = '/insight'
  readonly totalText: Locator
  readonly charts: Locator
  readonly staffSection: Locator
  readonly applyFilters: Locator

  private constructor(page: Page) {
    super(page)
    this.totalText = page.locator('[data-qa="total"]')
    this.charts = page.locator('svg[data-qa="chart"]')
    this.staffSection = page.locator('[data-qa="staff-section"]')
    this.applyFilters = page.locator('[data-qa="apply-filters"]')
  }

  static async verifyOnPage(page: Page): Promise<InsightPage> {
    const insight = new InsightPage(page)
    await AppPage.expectHeading(page, insight.heading, 'Insight: the national picture')
    return insight
  }

  async total(): Promise<number> {
    return leadingNumber(await this.totalText.innerText())
  }
}

/** /insight/briefing: the printable page for a meeting with government. */
export class BriefingPage extends AppPage {
  static readonly path = '/insight/briefing'
  readonly included: Locator
  readonly leftOut: Locator
  readonly examples: Locator

  private constructor(page: Page) {
    super(page)
    this.included = page.locator('[data-qa="briefing-included"]')
    this.leftOut = page.locator('[data-qa="briefing-left-out"]')
    this.examples = page.locator('[data-qa="briefing-example"]')
  }

  static async verifyOnPage(page: Page, heading: string | RegExp): Promise<BriefingPage> {
    const briefing = new BriefingPage(page)
    await AppPage.expectHeading(page, briefing.heading, heading)
    return briefing
  }
}
