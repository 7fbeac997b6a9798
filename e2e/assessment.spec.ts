import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import {
  AssessmentPage,
  AssessmentsListPage,
  CriteriaAdminPage,
  CriterionFormPage,
  ReviewDuePage,
} from './pages/assessment-pages.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { assessedPractice } from './support/assessment-fixtures.js'
import { expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage } from './support/browser.js'

const demo = (label: string) => {
  const user = demoUsers.find((candidate) => candidate.label === label)
  if (!user) throw new Error(`no demo user labelled "${label}"`)
  return user
}
const keys = ['can-be-evaluated', 'usefulness-and-scalability', 'innovation', 'harm-addressed', 'threat-addressed']
const { reference, title } = assessedPractice
const assessmentPath = AssessmentPage.path(reference)

// The demo reviewer and the demo admin assess the same practice blind, compare, agree and shortlist it.
// Each signs in once (sign-in is rate limited per address) and keeps the session for every test here.
describe('assessment: blind double assessment, consensus and shortlist', () => {
  let browser: Browser
  let reviewer: Page
  let admin: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    reviewer = await newVisitorPage(browser)
    admin = await newVisitorPage(browser)
    await signIn(reviewer, demo('reviewer').email, DEMO_PASSWORD, assessmentPath)
    await signIn(admin, demo('admin').email, DEMO_PASSWORD, assessmentPath)
  })

  afterAll(async () => {
    await browser.close()
  })

  it('the reviewer is told what is missing, then completes an assessment', async () => {
    await visit(reviewer, assessmentPath)
    let page = await AssessmentPage.verifyOnPage(reviewer, title)
    expect(await page.blindNotice.isVisible()).toBe(true)
    await expectNoAxeViolations(reviewer)

    await page.ownForm.field('innovation').fill(4, 'Reviewer: innovation')
    await clickToNavigate(reviewer, page.completeButton, 400)
    page = await AssessmentPage.verifyOnPage(reviewer, title)
    await page.errorSummary.expectFocused()
    expect((await page.errorSummary.messages())[0]).toBe('Select a score for can it be evaluated')
    expect(await page.ownForm.field('innovation').rationale.inputValue()).toBe('Reviewer: innovation')
    await expectNoAxeViolations(reviewer)

    await page.ownForm.fillAll(keys, [5, 5, 5, 4, 4], 'Reviewer')
    await clickToNavigate(reviewer, page.completeButton)
    page = await AssessmentPage.verifyOnPage(reviewer, title)
    expect((await page.successBanner.innerText()).trim()).toContain('Your assessment is complete')
    expect(await page.ownScores.isVisible()).toBe(true)
    expect(await page.comparison.count()).toBe(0)
    await expectNoAxeViolations(reviewer)
  })

  it('the admin assesses blind, then both see the two side by side with the disagreement marked', async () => {
    await visit(admin, assessmentPath)
    let page = await AssessmentPage.verifyOnPage(admin, title)
    expect(await admin.content()).not.toContain('Reviewer: innovation')
    expect((await page.summary.innerText()).trim()).toContain('1 of 2 assessments complete')
    await expectNoAxeViolations(admin)

    await page.ownForm.fillAll(keys, [3, 4, 5, 4, 4], 'Admin')
    await clickToNavigate(admin, page.completeButton)
    page = await AssessmentPage.verifyOnPage(admin, title)
    expect(await page.comparison.isVisible()).toBe(true)
    expect(await page.comparisonColumn('first-score')).toEqual(['5', '5', '5', '4', '4'])
    expect(await page.comparisonColumn('second-score')).toEqual(['3', '4', '5', '4', '4'])
    expect((await page.comparisonColumn('difference'))[0]).toBe('2 Disagree')
    expect(await page.disagreement.isVisible()).toBe(true)
    await expectNoAxeViolations(admin)

    await visit(reviewer, assessmentPath)
    const reviewerView = await AssessmentPage.verifyOnPage(reviewer, title)
    expect(await reviewerView.comparison.innerText()).toContain('Admin: innovation')
    await expectNoAxeViolations(reviewer)

    await visit(admin, AssessmentsListPage.path)
    const list = await AssessmentsListPage.verifyOnPage(admin)
    expect(await list.row(list.disagreements, reference).count()).toBe(1)
    await expectNoAxeViolations(admin)
  })

  it('records a consensus and shortlists the practice for evaluation', async () => {
    await visit(admin, assessmentPath)
    let page = await AssessmentPage.verifyOnPage(admin, title)
    await page.consensusForm.fillAll(keys, [4, 4, 4, 4, 4], 'Agreed')
    await page.consensusForm.field('threat-addressed').rationale.fill('')
    await clickToNavigate(admin, page.recordConsensusButton, 400)
    page = await AssessmentPage.verifyOnPage(admin, title)
    expect(await page.errorSummary.messages()).toEqual(['Explain the score for threat addressed'])
    await expectNoAxeViolations(admin)

    await page.consensusForm.field('threat-addressed').rationale.fill('Agreed: threat-addressed')
    await clickToNavigate(admin, page.recordConsensusButton)
    page = await AssessmentPage.verifyOnPage(admin, title)
    expect(await page.consensusScores.isVisible()).toBe(true)
    expect(await page.summary.innerText()).toContain('20 of 25 (consensus)')
    expect(await page.shortlistHint.innerText()).toContain('high scoring')
    await expectNoAxeViolations(admin)

    await clickToNavigate(admin, page.shortlistButton)
    page = await AssessmentPage.verifyOnPage(admin, title)
    expect((await page.successBanner.innerText()).trim()).toContain('shortlisted for evaluation')
    await expectNoAxeViolations(admin)

    await visit(admin, AssessmentsListPage.path)
    const list = await AssessmentsListPage.verifyOnPage(admin)
    expect(await list.row(list.shortlisted, reference).innerText()).toContain('20 of 25')
    expect(await list.row(list.disagreements, reference).count()).toBe(0)
    await expectNoAxeViolations(admin)
  })

  it('lists published practice past its review date and re-confirms one', async () => {
    await visit(reviewer, ReviewDuePage.path)
    let due = await ReviewDuePage.verifyOnPage(reviewer)
    const before = await due.rows.count()
    expect(before).toBeGreaterThan(0)
    await expectNoAxeViolations(reviewer)
    const firstTitle = (await due.rows.first().locator('td a').first().innerText()).trim()
    await clickToNavigate(reviewer, due.reconfirmButton(due.rows.first()))
    due = await ReviewDuePage.verifyOnPage(reviewer)
    expect(await due.successBanner.innerText()).toContain(`${firstTitle} is re-confirmed`)
    expect(await due.rows.count()).toBe(before - 1)
    await expectNoAxeViolations(reviewer)
  })

  it('the admin rewords a criterion, fixing a mistake on the way', async () => {
    await visit(admin, CriteriaAdminPage.path)
    let criteria = await CriteriaAdminPage.verifyOnPage(admin)
    expect(await criteria.labels()).toContain('Innovation')
    await expectNoAxeViolations(admin)

    await clickToNavigate(admin, criteria.changeLink('innovation'))
    let form = await CriterionFormPage.verifyOnPage(admin, 'Change a criterion')
    await expectNoAxeViolations(admin)
    await form.label.fill('')
    await clickToNavigate(admin, form.saveButton, 400)
    form = await CriterionFormPage.verifyOnPage(admin, 'Change a criterion')
    await form.errorSummary.expectFocused()
    expect(await form.errorSummary.messages()).toEqual(['Enter the name of the criterion'])
    await expectNoAxeViolations(admin)

    await form.label.fill('Innovation and originality')
    await clickToNavigate(admin, form.saveButton)
    criteria = await CriteriaAdminPage.verifyOnPage(admin)
    expect(await criteria.labels()).toContain('Innovation and originality')
    expect((await criteria.successBanner.innerText()).trim()).toContain('The criterion has been changed')
    await expectNoAxeViolations(admin)
  })
})
