import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { slugify } from '../src/features/catalogue/slug.js'
import { visit } from './pages/app-page.js'
import { AdoptionPage, CoveragePage, MapPage } from './pages/map-pages.js'
import { clickToNavigate, ErrorSummary } from './pages/navigation.js'
import { PracticePage } from './pages/practice-page.js'
import { SearchPage } from './pages/search-page.js'
import { signIn } from './pages/sign-in-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { pressToNavigate, tabTo } from './support/keyboard.js'

const sizes: Exclude<ViewportName, 'narrow'>[] = ['desktop', 'phone', 'tablet']
const screenshots = process.env.MAP_SCREENSHOTS

// One practice per screen size for the police member, so each run records a new adoption.
const practiceFor: Record<(typeof sizes)[number], string> = {
  desktop: 'Pet fostering so domestic abuse victims can leave safely',
  phone: 'Night-time welfare hubs for women in town centres',
  tablet: 'Hate crime third-party reporting in GP surgeries',
}

describe('the practice map', () => {
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

  it.each(sizes)(
    'a visitor filters the map to a topic and opens a force’s practice from its hexagon (%s)',
    async (size) => {
      const page = await newVisitorPage(browser, { viewport: size })
      await visit(page, '/practices')
      // On a phone the service navigation folds away behind its menu button.
      const menu = page.locator('.govuk-service-navigation__toggle')
      if (await menu.isVisible()) await menu.click()
      await clickToNavigate(page, page.locator('.govuk-service-navigation a[href="/map"]').first())
      let map = await MapPage.verifyOnPage(page)
      await expectNoAxeViolations(page)
      if (screenshots) await page.screenshot({ path: `${screenshots}/map-${size}.png`, fullPage: true })

      await map.facet('topic').locator('summary').click()
      await map.facet('topic').getByLabel('Domestic abuse', { exact: true }).check()
      await clickToNavigate(page, map.applyFilters)
      map = await MapPage.verifyOnPage(page)
      expect(map.url.searchParams.getAll('topic')).toEqual(['domestic-abuse'])
      await expectNoAxeViolations(page)

      const { force, count } = await map.firstForceWithPractice()
      expect(await map.hex(force).getAttribute('aria-label')).toMatch(new RegExp(`: ${count} practice examples?$`))
      await clickToNavigate(page, map.hex(force))
      const search = await SearchPage.verifyOnPage(page)
      expect(search.url.searchParams.getAll('organisation')).toEqual([force])
      expect(search.url.searchParams.getAll('topic')).toEqual(['domestic-abuse'])
      expect(await search.total()).toBe(count)
      await clickToNavigate(page, page.locator('[data-qa="result-link"]').first())
      await PracticePage.verifyOnPage(page)

      await visit(page, `${CoveragePage.path}?purpose=prevention`)
      const coverage = await CoveragePage.verifyOnPage(page)
      expect(await coverage.gaps.count()).toBeGreaterThan(0)
      await expectNoAxeViolations(page)
      if (screenshots) await page.screenshot({ path: `${screenshots}/coverage-${size}.png`, fullPage: true })
    },
  )

  it('can be used by keyboard alone: Tab to a hexagon shows its label, Enter follows it', async () => {
    const page = await newVisitorPage(browser)
    await visit(page, MapPage.path)
    const map = await MapPage.verifyOnPage(page)
    expect(await map.tipOf('kent').isVisible()).toBe(false)
    await tabTo(page, map.hex('kent'))
    expect(await map.tipOf('kent').isVisible()).toBe(true)
    expect(await map.tipOf('kent').textContent()).toContain('Kent Police')
    expect(await map.tipOf('essex').isVisible()).toBe(false)
    if (screenshots) await page.screenshot({ path: `${screenshots}/map-focus.png` })
    await pressToNavigate(page)
    const search = await SearchPage.verifyOnPage(page)
    expect(search.url.searchParams.getAll('organisation')).toEqual(['kent'])
  })

  it.each(sizes)('a police member records “we use this too” and sees it on the map (%s)', async (size) => {
    const page = await newVisitorPage(browser, { viewport: size })
    const slug = slugify(practiceFor[size])
    await signIn(page, 'officer@demo.police.uk', DEMO_PASSWORD, `/practices/${slug}`)
    await PracticePage.verifyOnPage(page, practiceFor[size])
    await clickToNavigate(page, page.locator('[data-qa="we-use-this"]'))
    const form = await AdoptionPage.verifyOnPage(page)
    await expectNoAxeViolations(page)

    await clickToNavigate(page, form.save, 400)
    expect(await new ErrorSummary(page).messages()).toEqual([
      'Select what your force did with this practice',
      'Enter the date your force started using it',
    ])
    await expectNoAxeViolations(page)

    await form.kind('adapted').check()
    await page.locator('#changes').fill('We run it with the housing association instead of the council.')
    await page.locator('#startedOn-day').fill('12')
    await page.locator('#startedOn-month').fill('5')
    await page.locator('#startedOn-year').fill('2025')
    await clickToNavigate(page, form.save)
    await PracticePage.verifyOnPage(page, practiceFor[size])
    const records = await page.locator('[data-qa="spread-record"] h3').allInnerTexts()
    expect(records).toContain('Merseyside Police: adapted')

    await clickToNavigate(page, page.locator('[data-qa="spread-map-link"]'))
    expect(await page.locator('[data-qa="hex"][data-force="merseyside"]').getAttribute('aria-label')).toBe(
      'Merseyside Police: adapted',
    )
    await expectNoAxeViolations(page)
    expect(await page.locator('[data-qa="spread-table"] tbody tr').allInnerTexts()).toContain(
      'Merseyside Police\tAdapted',
    )
  })
})
