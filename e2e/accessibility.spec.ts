import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { visit } from './pages/app-page.js'
import { NotFoundPage } from './pages/error-pages.js'
import { HomePage } from './pages/home-page.js'
import { PracticePage } from './pages/practice-page.js'
import { SearchPage } from './pages/search-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { freshVisitorPerTest } from './support/browser.js'

// One axe check per page, against WCAG 2.2 AA, with scripts running as most visitors have them.
describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const visitor = freshVisitorPerTest()
  let page: Page
  beforeEach(() => {
    page = visitor.page
  })

  it('home page', async () => {
    await visit(page, HomePage.path)
    const home = await HomePage.verifyOnPage(page)
    expect(await home.latestResults.count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })

  it('search with results', async () => {
    await visit(page, '/practices?q=domestic+abuse')
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.total()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })

  it('search with no results', async () => {
    await visit(page, '/practices?q=zzzxqy')
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.total()).toBe(0)
    expect(await search.noResults.isVisible()).toBe(true)
    await expectNoAxeViolations(page)
  })

  it('search corrected for spelling, with synonyms', async () => {
    await visit(page, '/practices?q=elderly+stalkng')
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.total()).toBeGreaterThan(0)
    expect(await search.correctedNotice.innerText()).toContain('Showing results for elderly stalking')
    expect(await search.alsoSearchedFor.innerText()).toContain('Also searched for: older')
    await expectNoAxeViolations(page)
  })

  it('search with few results for every word, followed by partial matches', async () => {
    await visit(page, '/practices?q=stalking+giraffes+lighthouse')
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.relaxedNotice.isVisible()).toBe(true)
    await expectNoAxeViolations(page)
  })

  it('search with a filter selected', async () => {
    await visit(page, '/practices?q=domestic+abuse')
    let search = await SearchPage.verifyOnPage(page)
    const region = await search.facetOptions('region').first().getAttribute('value')
    await visit(page, `/practices?q=domestic+abuse&region=${region ?? ''}`)
    search = await SearchPage.verifyOnPage(page)
    expect(await search.selectedFilterTags.count()).toBe(1)
    expect(await search.total()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })

  it('search with a parameter it cannot understand (400)', async () => {
    await visit(page, '/practices?page=abc', 400)
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.errorSummary.isVisible()).toBe(true)
    expect(await search.errorSummary.innerText()).toContain('Page must be a whole number')
    expect(await page.title()).toMatch(/^Error: /)
    await expectNoAxeViolations(page)
  })

  it('practice page', async () => {
    await visit(page, '/practices?q=domestic+abuse')
    const search = await SearchPage.verifyOnPage(page)
    const link = search.resultLinks.first()
    const title = (await link.innerText()).trim()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/practices\/[a-z0-9-]+$/)
    await visit(page, href ?? '')
    await PracticePage.verifyOnPage(page, title)
    await expectNoAxeViolations(page)
  })

  it('practice that does not exist (404)', async () => {
    await visit(page, '/practices/does-not-exist', 404)
    await NotFoundPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })

  it('address that does not exist (404)', async () => {
    await visit(page, '/no-such-page', 404)
    await NotFoundPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
  })
})
