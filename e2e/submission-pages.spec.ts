import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate, navigateBy } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import {
  MySubmissionsPage,
  SectionPage,
  SubmitStartPage,
  TaskListPage,
  WithdrawPage,
} from './pages/submission-pages.js'
import { expectNoAxeViolations } from './support/axe.js'
import { freshVisitorPerTest } from './support/browser.js'

const academic = demoUsers.find((demo) => demo.label === 'academic partner')?.email ?? ''

// The pages the journey does not pass through, each with an axe check (WCAG 2.2 AA).
describe('submission pages off the main journey', () => {
  const visitor = freshVisitorPerTest()
  let page: Page
  beforeEach(() => {
    page = visitor.page
  })

  it('the start page and privacy notice for a visitor', async () => {
    await visit(page, SubmitStartPage.path)
    await SubmitStartPage.verifyOnPage(page)
    expect(await page.locator('[data-qa="sign-in-to-start"]').count()).toBe(1)
    await expectNoAxeViolations(page)
    await visit(page, '/submit/privacy-notice')
    await expectNoAxeViolations(page)
    await visit(page, '/calls/voice-of-the-victim-2022')
    expect(await page.locator('[data-qa="call-closed"]').innerText()).toContain('can no longer be answered')
    await expectNoAxeViolations(page)
  })

  it('errors on a section, saving for later, and withdrawing a draft', async () => {
    await signIn(page, academic, DEMO_PASSWORD, SubmitStartPage.path)
    const start = await SubmitStartPage.verifyOnPage(page)
    await clickToNavigate(page, start.startButton)
    let taskList = await TaskListPage.verifyOnPage(page)

    await clickToNavigate(page, taskList.sectionLink('About the practice'))
    let about = await SectionPage.verifyOnPage(page, 'About the practice')
    await navigateBy(page, () => about.saveAndContinue.click(), 400)
    about = await SectionPage.verifyOnPage(page, 'About the practice')
    await about.errorSummary.expectFocused()
    expect(await about.errorSummary.messages()).toEqual([
      'Enter the title of the practice',
      'Enter a summary of the practice',
      'Enter the problem the practice addresses',
      'Enter the aims and intended outcomes of the practice',
    ])
    await expectNoAxeViolations(page)

    await page.locator('#title').fill('A draft to withdraw')
    await clickToNavigate(page, about.saveForLater)
    taskList = await TaskListPage.verifyOnPage(page)
    expect(await taskList.status('About the practice')).toBe('In progress')
    expect(await page.locator('[data-qa="flash"]').innerText()).toContain('Your answers have been saved')
    await expectNoAxeViolations(page)

    await clickToNavigate(page, page.locator('main a', { hasText: 'Withdraw this submission' }))
    const withdraw = await WithdrawPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    await withdraw.yes.check()
    await clickToNavigate(page, withdraw.continueButton)
    await MySubmissionsPage.verifyOnPage(page)
    const row = page.locator('[data-qa="submissions"] tbody tr', { hasText: 'A draft to withdraw' })
    expect((await row.locator('[data-qa="status"]').innerText()).trim()).toBe('Withdrawn')
    await expectNoAxeViolations(page)
  })

  it('the summary counts its words as they are typed, at desktop and phone width', async () => {
    await signIn(page, academic, DEMO_PASSWORD, SubmitStartPage.path)
    const start = await SubmitStartPage.verifyOnPage(page)
    await clickToNavigate(page, start.startButton)
    const taskList = await TaskListPage.verifyOnPage(page)
    await clickToNavigate(page, taskList.sectionLink('About the practice'))
    await SectionPage.verifyOnPage(page, 'About the practice')
    const count = page
      .locator('.govuk-character-count', { has: page.locator('#summary') })
      .locator('.govuk-character-count__status')
    await count.filter({ hasText: 'You have 150 words remaining' }).waitFor()
    await page.locator('#summary').fill('Victims rewrote the script')
    await count.filter({ hasText: 'You have 146 words remaining' }).waitFor()
    await page.locator('#summary').fill(Array.from({ length: 152 }, (_, i) => `word${i}`).join(' '))
    await count.filter({ hasText: 'You have 2 words too many' }).waitFor()
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await count.innerText()).toBe('You have 2 words too many')
    await expectNoAxeViolations(page)
  })
})
