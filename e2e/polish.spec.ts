import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { MySubmissionsPage, ReviewPageWithAssessment, ReviewSubNavigation } from './pages/polish-pages.js'
import { signIn } from './pages/sign-in-page.js'
import { assessedPractice } from './support/assessment-fixtures.js'
import { expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage } from './support/browser.js'

const demo = (label: string) => {
  const user = demoUsers.find((candidate) => candidate.label === label)
  if (!user) throw new Error(`no demo user labelled "${label}"`)
  return user
}

// Looks only: nothing here changes a practice, so the other journeys' fixtures are left as they were.
describe('review pages joined up', () => {
  let browser: Browser
  let reviewer: Page
  let lead: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    reviewer = await newVisitorPage(browser)
    lead = await newVisitorPage(browser)
    await signIn(reviewer, demo('reviewer').email, DEMO_PASSWORD, '/review')
    await signIn(lead, demo('force lead (Kent)').email, DEMO_PASSWORD, '/my-submissions')
  })

  afterAll(async () => {
    await browser.close()
  })

  it('one sub-navigation joins the queue, the assessments and the due list', async () => {
    for (const [path, current] of [
      ['/review', 'Review queue'],
      ['/review/assessments', 'Assessments'],
      ['/review/due', 'Due for review'],
      ['/review/evaluation', 'Evaluation'],
    ] as const) {
      await visit(reviewer, path)
      await new ReviewSubNavigation(reviewer).expectCurrent(current)
      await expectNoAxeViolations(reviewer)
    }
  })

  it('the review page says how far assessment has got and links to it', async () => {
    await visit(reviewer, `/review/${assessedPractice.reference}`)
    const page = await ReviewPageWithAssessment.verifyOnPage(reviewer, assessedPractice.title)
    expect(await page.progress.innerText()).toMatch(/^Complete: \d of 2 assessments needed\.$/)
    await expectNoAxeViolations(reviewer)
    await clickToNavigate(reviewer, page.assessmentLink)
    expect(new URL(reviewer.url()).pathname).toBe(`/review/${assessedPractice.reference}/assessment`)
    await expectNoAxeViolations(reviewer)
  })

  it('a force lead’s submissions link to the read-only review page', async () => {
    await visit(lead, '/my-submissions')
    const mine = await MySubmissionsPage.verifyOnPage(lead)
    await expectNoAxeViolations(lead)
    for (const href of await mine.reviewLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/review\/PB-\d{4}-\d{4,6}$/)
    }
    if ((await mine.reviewLinks.count()) > 0) {
      await clickToNavigate(lead, mine.reviewLinks.first())
      expect(new URL(lead.url()).pathname).toMatch(/^\/review\/PB-/)
      await expectNoAxeViolations(lead)
    }
  })
})
