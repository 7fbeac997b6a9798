import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { visit } from './pages/app-page.js'
import { HomePage } from './pages/home-page.js'
import { PracticePage } from './pages/practice-page.js'
import { SearchPage } from './pages/search-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage, viewports, type ViewportName } from './support/browser.js'
import { hasFocus, pressToNavigate, tabTo } from './support/keyboard.js'

const searchText = '"domestic abuse" victims'

// The whole journey is made with the keyboard alone, once with scripts running and once without:
// the search form, the filters and the pagination are plain links and GET forms.
describe('finding practice by keyboard alone: search, filter, remove the filter, page through, open a practice', () => {
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

  it('with JavaScript', async () => {
    const page = await newVisitorPage(browser)
    await findPracticeByKeyboard(page, { javaScriptEnabled: true })
  })

  it('with JavaScript disabled', async () => {
    const page = await newVisitorPage(browser, { javaScriptEnabled: false })
    await findPracticeByKeyboard(page, { javaScriptEnabled: false })
  })
})

async function findPracticeByKeyboard(
  page: Page,
  { javaScriptEnabled }: { javaScriptEnabled: boolean },
): Promise<void> {
  // Home: Tab to the search box, type and press Enter.
  await visit(page, HomePage.path)
  const home = await HomePage.verifyOnPage(page)
  const bodyClasses = (await page.locator('body').getAttribute('class')) ?? ''
  expect(bodyClasses.includes('govuk-frontend-supported'), 'GOV.UK Frontend scripts ran').toBe(javaScriptEnabled)

  await tabTo(page, home.searchInput)
  await page.keyboard.type(searchText)
  await pressToNavigate(page)

  let search = await SearchPage.verifyOnPage(page)
  expect(search.url.pathname).toBe('/practices')
  expect(search.url.searchParams.get('q')).toBe(searchText)
  expect(await search.searchInput.inputValue()).toBe(searchText)
  const matches = await search.total()
  expect(matches).toBeGreaterThan(0)
  expect(await search.results.count()).toBe(Math.min(matches, 20))

  // Filter: tick the first region with Space, then go back to "Apply filters" and press Enter.
  const regionCheckbox = await tabTo(page, search.facetOptions('region'))
  const region = await regionCheckbox.getAttribute('value')
  const regionLabel = await search.labelOf(regionCheckbox)
  expect(region).toMatch(/^[a-z0-9-]+$/)
  expect(await regionCheckbox.isChecked()).toBe(false)
  await page.keyboard.press('Space')
  expect(await regionCheckbox.isChecked()).toBe(true)
  await tabTo(page, search.applyFiltersButton, { backwards: true })
  await pressToNavigate(page)

  search = await SearchPage.verifyOnPage(page)
  expect(search.url.searchParams.getAll('region')).toEqual([region])
  expect(search.url.searchParams.get('q')).toBe(searchText)
  expect(await search.selectedFilterTags.count()).toBe(1)
  const regionName = regionLabel.replace(/\s*\([\d,]+\)$/, '')
  expect(await search.selectedFilterTags.innerText()).toContain(regionName)
  expect(await search.facetOptions('region').and(page.locator(':checked')).count()).toBe(1)
  const filtered = await search.total()
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThanOrEqual(matches)
  expect(regionLabel).toContain(`(${filtered})`)

  // Remove the filter with its tag.
  await tabTo(page, search.selectedFilterTags)
  await pressToNavigate(page)

  search = await SearchPage.verifyOnPage(page)
  expect(search.url.searchParams.has('region')).toBe(false)
  expect(search.url.searchParams.get('q')).toBe(searchText)
  expect(await search.selectedFilterTags.count()).toBe(0)
  expect(await search.facetOptions('region').and(page.locator(':checked')).count()).toBe(0)
  expect(await search.total()).toBe(matches)

  // Browse everything: empty the search box and press Enter, then follow "Next".
  await tabTo(page, search.searchInput)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  expect(await search.searchInput.inputValue()).toBe('')
  await pressToNavigate(page)

  search = await SearchPage.verifyOnPage(page)
  expect(search.url.searchParams.get('q') ?? '').toBe('')
  const everything = await search.total()
  expect(everything).toBeGreaterThan(40)
  expect(await search.results.count()).toBe(20)
  expect(await search.showing.innerText()).toBe(`Showing 1 to 20 of ${everything}`)
  expect(await search.previousPageLink.count()).toBe(0)

  await tabTo(page, search.nextPageLink)
  await pressToNavigate(page)

  search = await SearchPage.verifyOnPage(page)
  expect(search.url.searchParams.get('page')).toBe('2')
  expect(await search.showing.innerText()).toBe(`Showing 21 to 40 of ${everything}`)
  expect((await search.currentPageItem.innerText()).trim()).toBe('2')
  expect(await search.results.count()).toBe(20)

  // Open the first practice on page 2.
  const firstResult = search.resultLinks.first()
  const title = (await firstResult.innerText()).trim()
  const href = await firstResult.getAttribute('href')
  await tabTo(page, firstResult)
  expect(await hasFocus(firstResult)).toBe(true)
  await pressToNavigate(page)

  const practice = await PracticePage.verifyOnPage(page, title)
  expect(practice.url.pathname).toBe(href)
  expect(await practice.demoBanner.isVisible()).toBe(true)
}

// On small screens MoJ's filter toggle hides the panel behind a "Show filters" button so the search box
// and the results come first; the panel opens over the results and closes again.
describe('searching on a small screen with scripts: open the filters, choose one, apply, close them', () => {
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

  it.each<ViewportName>(['phone', 'narrow', 'tablet'])('on a %s screen', async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    expect(page.viewportSize()).toEqual(viewports[viewport])
    await visit(page, SearchPage.path)
    let search = await SearchPage.verifyOnPage(page)
    const showFilters = page.getByRole('button', { name: 'Show filters' })
    const panel = page.locator('#filter-panel')
    expect(await panel.isVisible(), 'the filter panel starts closed').toBe(false)
    const menu = page.getByRole('button', { name: 'Menu' })
    expect(await menu.isVisible(), 'the navigation folds under "Menu" below tablet width').toBe(viewport !== 'tablet')
    expect(await page.locator('[data-qa="nav-sign-in"]').isVisible()).toBe(viewport === 'tablet')
    expect(await search.searchInput.isVisible()).toBe(true)
    expect(await search.results.first().isVisible()).toBe(true)
    await expectNoAxeViolations(page)

    await showFilters.click()
    expect(await panel.isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Hide filters' }).getAttribute('aria-expanded')).toBe('true')
    await expectNoAxeViolations(page)
    const checkbox = search.facetOptions('region').first()
    const region = await checkbox.getAttribute('value')
    await search.labelOf(checkbox).then((label) => page.getByLabel(label, { exact: true }).check())
    await Promise.all([page.waitForURL(/region=/), search.applyFiltersButton.click()])

    search = await SearchPage.verifyOnPage(page)
    expect(search.url.searchParams.getAll('region')).toEqual([region])
    expect(await panel.isVisible(), 'the panel is closed again after applying').toBe(false)
    expect(await search.results.first().isVisible()).toBe(true)
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Show filters' }).click()
    expect(await search.selectedFilterTags.count()).toBe(1)
    await page.getByRole('button', { name: 'Close filters' }).click()
    expect(await panel.isVisible()).toBe(false)
    expect(await hasFocus(page.getByRole('button', { name: 'Show filters' }))).toBe(true)
    await search.searchInput.click()
    expect(await hasFocus(search.searchInput), 'the search box can be reached').toBe(true)
  })

  it('shows the filters beside the results on a desktop, with a button to hide them', async () => {
    const page = await newVisitorPage(browser)
    await visit(page, SearchPage.path)
    const search = await SearchPage.verifyOnPage(page)
    const panel = page.locator('#filter-panel')
    expect(await panel.isVisible()).toBe(true)
    const panelBox = await panel.boundingBox()
    const resultBox = await search.results.first().boundingBox()
    expect(panelBox && resultBox && panelBox.x + panelBox.width <= resultBox.x).toBe(true)
    await page.getByRole('button', { name: 'Hide filters' }).click()
    expect(await panel.isVisible()).toBe(false)
  })

  it('shows the filters on a phone when scripts do not run', async () => {
    const page = await newVisitorPage(browser, { viewport: 'phone', javaScriptEnabled: false })
    await visit(page, SearchPage.path)
    const search = await SearchPage.verifyOnPage(page)
    expect(await page.locator('#filter-panel').isVisible()).toBe(true)
    expect(await search.applyFiltersButton.isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Show filters' }).count()).toBe(0)
  })
})
