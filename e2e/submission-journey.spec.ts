import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate, navigateBy, openMenuIfFolded } from './pages/navigation.js'
import { SignInPage } from './pages/sign-in-page.js'
import {
  CallPage,
  CallsPage,
  CheckAnswersPage,
  ConfirmationPage,
  MySubmissionsPage,
  SectionPage,
  SubmitStartPage,
  TaskListPage,
} from './pages/submission-pages.js'
import { expectNoAxeViolations as checkAxe, expectUsableOnThisScreen } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage, viewports, type ViewportName } from './support/browser.js'
import { tabTo } from './support/keyboard.js'
import { sectionsForCall, type Step } from './support/practice-answers.js'

type Mode = 'mouse' | 'keyboard'

const emailOf = (label: string) => {
  const user = demoUsers.find((demo) => demo.label === label)
  if (!user) throw new Error(`no demo user labelled "${label}"`)
  return user.email
}

/** The answers, section by section, with the Voice of the Victim 2026 call's own questions. */
const sections = sectionsForCall([
  { type: '#call-howVictimsShapedIt', value: 'Victims chose the first question callers hear.' },
  { tick: 'input[name="call-rights"][value="referral-to-support"]' },
  { type: '#call-beyondTheCode', value: 'Victims choose when and how they are called.' },
])

/** Follows a link or presses a button: by mouse, or by Tab and Enter alone. */
async function go(page: Page, mode: Mode, target: Locator, status = 200) {
  if (mode === 'mouse') return clickToNavigate(page, target, status)
  await tabTo(page, target)
  return navigateBy(page, () => page.keyboard.press('Enter'), status)
}

async function answer(page: Page, mode: Mode, step: Step) {
  if ('tick' in step) {
    const box = page.locator(step.tick)
    if (mode === 'mouse') await box.check()
    else {
      await tabTo(page, box)
      await page.keyboard.press('Space')
    }
    expect(await box.isChecked(), step.tick).toBe(true)
    return
  }
  const field = page.locator(step.type)
  if (mode === 'mouse') await field.fill(step.value)
  else {
    await tabTo(page, field)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(step.value)
  }
  expect(await field.inputValue()).toBe(step.value)
}

async function signInTo(page: Page, mode: Mode, email: string) {
  await visit(page, `${SignInPage.path}?returnTo=%2Fsubmit`)
  const signIn = await SignInPage.verifyOnPage(page)
  if (mode === 'mouse') {
    await signIn.emailInput.fill(email)
    await signIn.passwordInput.fill(DEMO_PASSWORD)
  } else {
    await tabTo(page, signIn.emailInput)
    await page.keyboard.type(email)
    await tabTo(page, signIn.passwordInput)
    await page.keyboard.type(DEMO_PASSWORD)
  }
  await go(page, mode, signIn.signInButton)
}

/** From the start page to the confirmation, answering the Voice of the Victim 2026 call; axe on every page. */
async function submitForTheCall(
  page: Page,
  mode: Mode,
  email: string,
  options: { axe: boolean; fitsTheScreen?: boolean },
): Promise<string> {
  // axe runs inside the page, so it cannot run where scripts are switched off; the same pages are checked in the other passes.
  const pageCheck = options.fitsTheScreen ? expectUsableOnThisScreen : checkAxe
  const expectNoAxeViolations = options.axe ? pageCheck : async (_page: Page) => undefined
  await signInTo(page, mode, email)
  const start = await SubmitStartPage.verifyOnPage(page)
  await expectNoAxeViolations(page)

  await go(page, mode, start.allCallsLink)
  const calls = await CallsPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  await go(page, mode, calls.callLink('voice-of-the-victim-2026'))
  const call = await CallPage.verifyOnPage(page, 'Voice of the Victim 2026')
  expect(await call.questions.count()).toBe(3)
  await expectNoAxeViolations(page)

  await go(page, mode, call.startButton)
  let taskList = await TaskListPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  expect(await taskList.status('Attachments')).toBe('Optional')

  for (const section of sections) {
    await go(page, mode, taskList.sectionLink(section.title))
    const form = await SectionPage.verifyOnPage(page, section.title)
    await expectNoAxeViolations(page)
    for (const step of section.steps) await answer(page, mode, step)
    await go(page, mode, form.saveAndContinue)
    taskList = await TaskListPage.verifyOnPage(page)
    expect(await taskList.status(section.title), section.title).toBe('Completed')
  }
  await expectNoAxeViolations(page)

  await go(page, mode, taskList.checkAnswersButton)
  const check = await CheckAnswersPage.verifyOnPage(page)
  expect(await check.answers('about').innerText()).toContain('Victims shape our callback script')
  expect(await check.answers('call-questions').innerText()).toContain('To be referred to services that support victims')
  await expectNoAxeViolations(page)

  await go(page, mode, check.sendButton)
  const confirmation = await ConfirmationPage.verifyOnPage(page)
  const reference = (await confirmation.reference.innerText()).trim()
  expect(reference).toMatch(/^PB-\d{4}-\d{4}$/)
  await expectNoAxeViolations(page)

  await openMenuIfFolded(page)
  await go(page, mode, page.locator('[data-qa="nav-my-submissions"]'))
  const mine = await MySubmissionsPage.verifyOnPage(page)
  const row = mine.rowFor(reference)
  expect((await row.locator('[data-qa="status"]').innerText()).trim()).toBe('Submitted')
  expect(await row.locator('[data-qa="title"]').innerText()).toBe('Victims shape our callback script')
  await expectNoAxeViolations(page)
  return reference
}

describe('submitting practice in answer to the Voice of the Victim 2026 call', () => {
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

  it('with a mouse, with JavaScript', { timeout: 180_000 }, async () => {
    const page = await newVisitorPage(browser)
    await submitForTheCall(page, 'mouse', emailOf('police member'), { axe: true })
  })

  it('with JavaScript switched off', { timeout: 180_000 }, async () => {
    const page = await newVisitorPage(browser, { javaScriptEnabled: false })
    await submitForTheCall(page, 'mouse', emailOf('contributor (partner, not police)'), { axe: false })
  })

  it.each<ViewportName>(['phone', 'tablet'])('on a %s screen', { timeout: 180_000 }, async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    expect(page.viewportSize()).toEqual(viewports[viewport])
    await submitForTheCall(page, 'mouse', emailOf('police member'), { axe: true, fitsTheScreen: true })
  })

  it('by keyboard alone', { timeout: 240_000 }, async () => {
    const page = await newVisitorPage(browser)
    await submitForTheCall(page, 'keyboard', emailOf('force lead (Kent)'), { axe: true })
  })
})
