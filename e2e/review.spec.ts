import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import {
  ReviewConflictPage,
  ReviewPracticePage,
  ReviewQueuePage,
  RevisionComparisonPage,
} from './pages/review-pages.js'
import { SearchPage } from './pages/search-page.js'
import { signIn } from './pages/sign-in-page.js'
import { expectNoAxeViolations, expectUsableOnThisScreen } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { journeyPractice, revisedPractice } from './support/review-fixtures.js'

const reviewerEmail = 'reviewer@demo.police.uk'
const policeEmail = 'officer@demo.police.uk'

async function searchFor(page: Page, words: string): Promise<SearchPage> {
  await visit(page, `${SearchPage.path}?q=${encodeURIComponent(words)}`)
  const search = await SearchPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  return search
}

describe('review: triage, classify, link evidence, publish, find', () => {
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

  it('takes a submitted practice through triage and classification to policing-only publication', async () => {
    const page = await newVisitorPage(browser)
    await signIn(page, reviewerEmail, DEMO_PASSWORD)

    // The queue, from the navigation; filtered to the practice's force.
    await clickToNavigate(page, page.locator('[data-qa="nav-review"]'))
    let queue = await ReviewQueuePage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    await queue.organisationSelect.selectOption(journeyPractice.organisation)
    await clickToNavigate(page, queue.applyFiltersButton)
    queue = await ReviewQueuePage.verifyOnPage(page)
    expect(queue.url.searchParams.get('organisation')).toBe(journeyPractice.organisation)
    expect(await queue.rows.count()).toBe(1)
    await expectNoAxeViolations(page)

    // Assign to me.
    await clickToNavigate(page, queue.assignToMeButton(journeyPractice.reference))
    queue = await ReviewQueuePage.verifyOnPage(page)
    expect(await queue.row(journeyPractice.reference).locator('[data-qa="assignee"]').innerText()).toContain('You')
    await clickToNavigate(page, queue.link(journeyPractice.reference))
    let review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    expect(await review.status.innerText()).toContain('In review')
    await expectNoAxeViolations(page)

    // The answers come in collapsed parts, one per page of the form, listed in the contents at the top:
    // following a link there opens the part it goes to.
    expect(await review.answer('consentPublication').isVisible()).toBe(false)
    await review.contents.getByRole('link', { name: 'Sharing and consent', exact: true }).click()
    await review.answer('consentPublication').waitFor({ state: 'visible' })
    expect(new URL(page.url()).hash).toBe('#answers-sharing')

    // Asking for changes needs comments: the error state, and nothing changes. (Changes asked for for real,
    // and the contributor sending the practice again through their own pages, are in practice-loop.spec.ts.)
    await clickToNavigate(page, review.requestChangesButton, 400)
    review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    await review.errorSummary.expectFocused()
    expect(await review.errorSummary.messages()).toEqual(['Enter what the contributor needs to change'])
    expect(await review.status.innerText()).toContain('In review')
    await expectNoAxeViolations(page)

    // Classify.
    await review.option('outcome', 'Promising').check()
    await review.option('stage', 'Evaluated locally').check()
    await review.option('topics', 'Mental health').check()
    await clickToNavigate(page, review.saveClassificationButton)
    review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    expect(await review.reviewerOutcome.innerText()).toBe('Promising')

    // Find a Toolkit sample without scripts' help (a GET form) and link it.
    await review.toolkitQuery.fill('mental-health')
    await clickToNavigate(page, review.toolkitSearchButton)
    review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    expect(await review.toolkitResults.count()).toBe(1)
    await expectNoAxeViolations(page)
    await review.toolkitResults
      .first()
      .getByLabel('How this practice relates to it (optional)')
      .fill('Both bring health workers to people in crisis.')
    await clickToNavigate(page, review.toolkitResults.first().locator('[data-qa="link-toolkit"]'))
    review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    expect(await review.toolkitLinks.innerText()).toContain('Sample: mental-health street triage')

    // Public is not offered: the contributor agreed to policing only.
    expect(await review.visibility('Everyone (public)').count()).toBe(0)
    await review.visibility('Policing only').check()
    await clickToNavigate(page, review.publishButton)
    review = await ReviewPracticePage.verifyOnPage(page, journeyPractice.title)
    expect(await review.status.innerText()).toContain('Published')
    await expectNoAxeViolations(page)
  })

  // Runs after the test above, which publishes the practice.
  it('shows the published practice to police members with the reviewer’s outcome, and not to visitors', async () => {
    // A police member finds it with the reviewer's outcome; a visitor does not.
    const police = await newVisitorPage(browser)
    await signIn(police, policeEmail, DEMO_PASSWORD)
    const found = await searchFor(police, `"${journeyPractice.title}"`)
    expect(await found.resultLinks.allInnerTexts()).toEqual([journeyPractice.title])
    expect(await found.results.first().innerText()).toContain('Promising')
    expect(await found.results.first().innerText()).toContain('Policing only')

    const visitor = await newVisitorPage(browser)
    const notFound = await searchFor(visitor, `"${journeyPractice.title}"`)
    expect(await notFound.resultLinks.allInnerTexts()).not.toContain(journeyPractice.title)
  })

  it('compares a revision with the live version, and shows a stale form the conflict page', async () => {
    const page = await newVisitorPage(browser)
    await signIn(page, reviewerEmail, DEMO_PASSWORD)
    await visit(page, '/review?tab=revisions')
    const queue = await ReviewQueuePage.verifyOnPage(page)
    await clickToNavigate(page, queue.link(revisedPractice.reference))
    const comparison = await RevisionComparisonPage.verifyOnPage(page, 1)
    expect(await comparison.changes.count()).toBe(1)
    expect(await comparison.changes.first().locator('ins').first().innerText()).toContain('young')
    await expectNoAxeViolations(page)

    // Two tabs on the same practice: the second to act is told, and nothing is overwritten.
    const other = await page.context().newPage()
    await visit(page, `/review/${revisedPractice.reference}`)
    await visit(other, `/review/${revisedPractice.reference}`)
    const first = await ReviewPracticePage.verifyOnPage(other, revisedPractice.title)
    await first.option('outcome', 'Worked').check()
    await clickToNavigate(other, first.saveClassificationButton)
    const stale = await ReviewPracticePage.verifyOnPage(page, revisedPractice.title)
    await stale.option('outcome', 'Did not work').check()
    await clickToNavigate(page, stale.saveClassificationButton, 409)
    const conflict = await ReviewConflictPage.verifyOnPage(page)
    expect(await conflict.changesSince.innerText()).toContain('Classified')
    await expectNoAxeViolations(page)
    await clickToNavigate(page, conflict.backLink)
    const now = await ReviewPracticePage.verifyOnPage(page, revisedPractice.title)
    expect(await now.reviewerOutcome.innerText()).toBe('Worked')
  })

  it.each<[ViewportName, string]>([
    ['phone', 'Promising'],
    ['tablet', 'Worked'],
  ])('works on a %s screen: the queue, a comparison and the classification', async (viewport, outcome) => {
    const page = await newVisitorPage(browser, { viewport })
    await signIn(page, reviewerEmail, DEMO_PASSWORD)
    await visit(page, '/review?tab=revisions')
    const queue = await ReviewQueuePage.verifyOnPage(page)
    await expectUsableOnThisScreen(page)
    await clickToNavigate(page, queue.link(revisedPractice.reference))
    await RevisionComparisonPage.verifyOnPage(page, 1)
    await expectUsableOnThisScreen(page)

    await visit(page, `/review/${revisedPractice.reference}`)
    const review = await ReviewPracticePage.verifyOnPage(page, revisedPractice.title)
    await expectUsableOnThisScreen(page)
    await review.option('outcome', outcome).check()
    await clickToNavigate(page, review.saveClassificationButton)
    const saved = await ReviewPracticePage.verifyOnPage(page, revisedPractice.title)
    expect(await saved.reviewerOutcome.innerText()).toBe(outcome)
    await expectUsableOnThisScreen(page)
  })
})
