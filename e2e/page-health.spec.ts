import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { visit } from './pages/app-page.js'
import { HomePage } from './pages/home-page.js'
import { CoveragePage, MapPage } from './pages/map-pages.js'
import { PracticePage } from './pages/practice-page.js'
import { SearchPage } from './pages/search-page.js'
import { freshVisitorPerTest } from './support/browser.js'
import { watchForProblems, type PageProblems } from './support/page-problems.js'

// With scripts running, pages must load cleanly under the Content Security Policy: no console errors,
// no uncaught exceptions, and every asset they ask for is served.
describe('pages load without errors or Content Security Policy violations', () => {
  let problems: PageProblems
  const visitor = freshVisitorPerTest((opened) => {
    problems = watchForProblems(opened)
  })
  let page: Page
  beforeEach(() => {
    page = visitor.page
  })

  async function expectStrictPolicy(path: string): Promise<void> {
    const response = await visit(page, path)
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("style-src 'self'")
  }

  /** The scripts really ran: the body was marked, and GOV.UK Frontend initialised its components. */
  async function expectScriptsRan(): Promise<void> {
    const bodyClasses = (await page.locator('body').getAttribute('class')) ?? ''
    expect(bodyClasses.split(' ')).toEqual(expect.arrayContaining(['js-enabled', 'govuk-frontend-supported']))
    expect(await page.locator('[data-govuk-service-navigation-init]').count()).toBe(1)
  }

  it('home page', async () => {
    await expectStrictPolicy(HomePage.path)
    await HomePage.verifyOnPage(page)
    await expectScriptsRan()
    await problems.expectNone()
  })

  it('search page with results and filters', async () => {
    await expectStrictPolicy('/practices?q=domestic+abuse')
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.total()).toBeGreaterThan(0)
    await expectScriptsRan()
    expect(await page.locator('[data-module="govuk-checkboxes"]:not([data-govuk-checkboxes-init])').count()).toBe(0)
    await problems.expectNone()
  })

  it('practice map and coverage grid', async () => {
    await expectStrictPolicy('/map?topic=domestic-abuse')
    await MapPage.verifyOnPage(page)
    await expectScriptsRan()
    await expectStrictPolicy('/map/coverage')
    await CoveragePage.verifyOnPage(page)
    await problems.expectNone()
  })

  it('counts a request abandoned by the page still open, not one abandoned by a page already left', async () => {
    const styles = '**/assets/*.css'
    await page.route(styles, (route) => route.abort('aborted'))
    await visit(page, HomePage.path)
    await page.evaluate(() => document.readyState)
    expect(problems.seen()).toEqual(expect.arrayContaining([expect.stringMatching(/\.css \(net::ERR_ABORTED\)$/)]))
    await page.unroute(styles)
    await visit(page, CoveragePage.path)
    await CoveragePage.verifyOnPage(page)
    await problems.expectNone()
  })

  it('practice page', async () => {
    await visit(page, '/practices?q=domestic+abuse')
    const href = await (await SearchPage.verifyOnPage(page)).resultLinks.first().getAttribute('href')
    await expectStrictPolicy(href ?? '')
    await PracticePage.verifyOnPage(page)
    await expectScriptsRan()
    await problems.expectNone()
  })
})
