import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { BriefingPage, InsightPage } from './pages/insight-pages.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'

const sizes: ViewportName[] = ['desktop', 'phone', 'tablet']
/** Screenshots for a person to look at; not compared by the tests. */
const shots = process.env.INSIGHT_SCREENSHOTS

/** Saves the whole page in screen-high pieces, small enough to look at one by one. */
async function shoot(page: Page, name: string): Promise<void> {
  if (!shots) return
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 900 }
  const full = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0, n = 0; y < full && n < 12; y += height * 1.5, n += 1) {
    const clip = { x: 0, y, width, height: Math.min(height * 1.5, full - y) }
    await page.screenshot({ path: `${shots}/${name}-${n}.png`, fullPage: true, clip })
  }
}

describe('insight pages in the browser', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
    if (shots) mkdirSync(shots, { recursive: true })
  })

  afterAll(async () => {
    await browser.close()
  })

  afterEach(async () => {
    await closeContexts(browser)
  })

  it.each(sizes)('a visitor filters the national picture to a topic (%s)', async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    await visit(page, InsightPage.path)
    let insight = await InsightPage.verifyOnPage(page)
    const all = await insight.total()
    expect(all).toBeGreaterThanOrEqual(50)
    expect(await insight.charts.count()).toBeGreaterThanOrEqual(7)
    expect(await insight.staffSection.count()).toBe(0)
    await expectNoAxeViolations(page)
    await expectFitsTheScreen(page)
    await shoot(page, `insight-${viewport}`)

    await page.selectOption('#filter-topic', 'domestic-abuse')
    await Promise.all([page.waitForURL(/topic=domestic-abuse/), insight.applyFilters.click()])
    insight = await InsightPage.verifyOnPage(page)
    const filtered = await insight.total()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    // the same address on the search finds the same number
    await page.locator('[data-qa="search-link"]').click()
    await page.waitForURL(/\/practices\?/)
    expect(await page.locator('[data-qa="result-count"]').innerText()).toMatch(new RegExp(`^${filtered} practice`))
  })

  it.each(sizes)('a reviewer reads submissions and turnaround, and opens a briefing (%s)', async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    await signIn(page, 'reviewer@demo.police.uk', DEMO_PASSWORD)
    await visit(page, InsightPage.path)
    const insight = await InsightPage.verifyOnPage(page)
    expect(await insight.total()).toBeGreaterThanOrEqual(60)
    expect(await insight.staffSection.count()).toBe(1)
    expect(await page.locator('[data-qa="table-turnaround"] tbody tr').count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
    await expectFitsTheScreen(page)
    await shoot(page, `insight-staff-${viewport}`)

    await visit(page, '/insight/briefing?topic=domestic-abuse')
    const briefing = await BriefingPage.verifyOnPage(page, 'Topic: Domestic abuse')
    expect(Number(await briefing.included.innerText())).toBeGreaterThan(0)
    expect(await briefing.examples.count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
    await expectFitsTheScreen(page)
    await shoot(page, `briefing-${viewport}`)
    if (shots) {
      await page.emulateMedia({ media: 'print' })
      await shoot(page, `briefing-print-${viewport}`)
    }
  })

  it.each(sizes)("a force lead opens their force's dashboard (%s)", async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    await signIn(page, 'force.lead@demo.police.uk', DEMO_PASSWORD)
    await visit(page, '/insight/forces/kent')
    expect((await page.locator('h1').innerText()).trim()).toBe('Kent Police')
    expect(await page.locator('[data-qa="table-region"] tbody tr').count()).toBeGreaterThan(1)
    await expectNoAxeViolations(page)
    await expectFitsTheScreen(page)
    await shoot(page, `force-${viewport}`)
  })
})
