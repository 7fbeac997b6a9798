import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { ReviewPracticePage } from './pages/review-pages.js'
import { EditSavedSearchPage, SavedSearchesPage, SaveSearchPage, UnsubscribePage } from './pages/saved-search-pages.js'
import { SearchPage } from './pages/search-page.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { linkFromOutbox } from './support/outbox.js'
import { alertJourneyPractice } from './support/saved-search-fixtures.js'

const officer = 'officer@demo.police.uk'
const reviewer = 'reviewer@demo.police.uk'
const alertSubject = 'New practice for your saved search “Wayfinder”'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function signedInPage(email: string, landsOn: string, viewport: ViewportName = 'desktop'): Promise<Page> {
  const page = await newVisitorPage(browser, { viewport })
  await signIn(page, email, DEMO_PASSWORD, landsOn)
  return page
}

/** axe on the page, and at phone width nothing wider than the screen. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  if (page.viewportSize()?.width === 390) await expectFitsTheScreen(page)
}

/**
 * The alert job runs every second in the app under test: the outbox is read again until its alert is there
 * (linkFromOutbox fails while there is none, and if there were two).
 */
function alertLinkFromOutbox(): Promise<string> {
  return vi.waitFor(() => linkFromOutbox(browser, officer, alertSubject, '/saved-searches/unsubscribe'), {
    timeout: 40_000,
    interval: 250,
  })
}

describe('a saved search with e-mail alerts', () => {
  let unsubscribePath = ''

  it('lets a police member save a search from the search page, with a message when the form is incomplete', async () => {
    const page = await signedInPage(officer, '/practices')
    let search = await SearchPage.verifyOnPage(page)
    await search.searchInput.fill(alertJourneyPractice.word)
    await clickToNavigate(page, search.searchButton)
    search = await SearchPage.verifyOnPage(page)
    expect(await search.noResults.isVisible()).toBe(true)
    await clickToNavigate(page, page.locator('[data-qa="save-this-search"]'))
    let form = await SaveSearchPage.verifyOnPage(page)
    expect(await form.description.innerText()).toContain(alertJourneyPractice.word)
    await checkPage(page)

    await form.name.fill('')
    await clickToNavigate(page, form.saveButton, 400)
    form = await SaveSearchPage.verifyOnPage(page)
    expect(await form.errorSummary.messages()).toEqual([
      'Enter a name for this search',
      'Select how often you want an e-mail about new practice',
    ])
    await checkPage(page)

    await form.name.fill('Wayfinder')
    await form.frequency('Weekly').check()
    await clickToNavigate(page, form.saveButton)
    const list = await SavedSearchesPage.verifyOnPage(page)
    expect(await list.flash.innerText()).toContain('Your search ‘Wayfinder’ is saved')
    expect(await list.item('Wayfinder').innerText()).toContain('Weekly')
    await checkPage(page)
    await page.context().close()
  })

  it('e-mails the practice once a reviewer publishes it, with a link that stops the e-mails without signing in', async () => {
    const page = await signedInPage(reviewer, `/review/${alertJourneyPractice.reference}`)
    let review = await ReviewPracticePage.verifyOnPage(page, alertJourneyPractice.title)
    await review.visibility('Everyone (public)').check()
    await clickToNavigate(page, review.publishButton)
    review = await ReviewPracticePage.verifyOnPage(page, alertJourneyPractice.title)
    expect(await review.status.innerText()).toContain('Published')
    await page.context().close()

    // One alert (linkFromOutbox counts them), naming the practice. That later runs of the job send no
    // second one is tested in test/saved-searches.test.ts, without waiting on the clock.
    unsubscribePath = await alertLinkFromOutbox()
    expect(unsubscribePath).toMatch(/^\/saved-searches\/unsubscribe\/[A-Za-z0-9_-]{43}$/)

    const visitor = await newVisitorPage(browser, { viewport: 'phone' })
    await visit(visitor, unsubscribePath)
    const ask = await UnsubscribePage.verifyOnPage(visitor, 'Stop these e-mails?')
    await checkPage(visitor)
    await clickToNavigate(visitor, ask.confirmButton)
    const done = await UnsubscribePage.verifyOnPage(visitor, 'E-mails stopped')
    expect(await done.done.isVisible()).toBe(true)
    await checkPage(visitor)
    await visit(visitor, unsubscribePath)
    await UnsubscribePage.verifyOnPage(visitor, 'These e-mails are already stopped')
    await checkPage(visitor)
    await visit(visitor, `/saved-searches/unsubscribe/${'x'.repeat(43)}`, 404)
    await UnsubscribePage.verifyOnPage(visitor, 'This link does not work')
    await checkPage(visitor)
    await visitor.context().close()
  }, 120_000)

  it.each(['desktop', 'phone'] as const)('shows the saved search pages accessibly on a %s', async (viewport) => {
    const page = await signedInPage(officer, SavedSearchesPage.path, viewport)
    let list = await SavedSearchesPage.verifyOnPage(page)
    expect(await list.item('Wayfinder').innerText()).toContain('No e-mails')
    await checkPage(page)
    await clickToNavigate(page, list.item('Wayfinder').locator('[data-qa="change"]'))
    const edit = await EditSavedSearchPage.verifyOnPage(page)
    await checkPage(page)
    await edit.name.fill('')
    await clickToNavigate(page, edit.saveButton, 400)
    await EditSavedSearchPage.verifyOnPage(page)
    await checkPage(page)
    await visit(page, SavedSearchesPage.path)
    list = await SavedSearchesPage.verifyOnPage(page)
    await clickToNavigate(page, list.item('Wayfinder').locator('[data-qa="delete"]'))
    expect((await page.locator('h1').innerText()).trim()).toBe('Delete ‘Wayfinder’?')
    await checkPage(page)
    await visit(page, `/practices?q=${alertJourneyPractice.word}`)
    await clickToNavigate(page, page.locator('[data-qa="save-this-search"]'))
    await SaveSearchPage.verifyOnPage(page)
    await checkPage(page)
    await page.context().close()

    // The unsubscribe link's pages, which need no session.
    const visitor = await newVisitorPage(browser, { viewport })
    await visit(visitor, unsubscribePath)
    await UnsubscribePage.verifyOnPage(visitor, 'These e-mails are already stopped')
    await checkPage(visitor)
    await visit(visitor, '/saved-searches/unsubscribe/not-a-token', 404)
    await UnsubscribePage.verifyOnPage(visitor, 'This link does not work')
    await checkPage(visitor)
    await visitor.context().close()
  })
})
