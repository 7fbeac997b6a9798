import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { minimalPdf } from '../test/support/files.js'
import { visit } from './pages/app-page.js'
import { AttachmentsPage } from './pages/attachments-page.js'
import { NotFoundPage } from './pages/error-pages.js'
import { clickToNavigate } from './pages/navigation.js'
import { PracticePage } from './pages/practice-page.js'
import { ReviewPracticePage, ReviewQueuePage } from './pages/review-pages.js'
import { SearchPage } from './pages/search-page.js'
import { SignInPage } from './pages/sign-in-page.js'
import {
  CallPage,
  CheckAnswersPage,
  ConfirmationPage,
  MySubmissionsPage,
  SectionPage,
  SubmitStartPage,
  TaskListPage,
} from './pages/submission-pages.js'
import { expectNoAxeViolations } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage } from './support/browser.js'
import { readFromOutbox } from './support/outbox.js'

const emailOf = (label: string) => {
  const user = demoUsers.find((demo) => demo.label === label)
  if (!user) throw new Error(`no demo user labelled "${label}"`)
  return user.email
}
const contributor = emailOf('contributor (partner, not police)')
const reviewer = emailOf('reviewer')
const policeMember = emailOf('police member')

/** Words no other journey or demo practice uses, so the search finds this practice alone. */
const title = 'Lantern suppers where survivors steer victim callbacks'
const comment = 'Please say how the survivors who steer the callbacks are paid and supported.'
const revisedResources = 'Two supervisors one day a week, and a paid fee and counselling for every survivor.'

type Step = { fill: string; value: string } | { check: string }

/** Every section of the Voice of the Victim 2026 submission; publication is agreed to policing only. */
const sections: { title: string; steps: Step[] }[] = [
  {
    title: 'Your organisation and contact',
    steps: [
      { fill: '#contactRole', value: 'Victim care lead' },
      { fill: '#contactPhone', value: '01632 960 002' },
    ],
  },
  {
    title: 'About the practice',
    steps: [
      { fill: '#title', value: title },
      { fill: '#summary', value: 'Survivors of crime meet call handlers over supper to rewrite how callbacks sound.' },
      { fill: '#problem', value: 'Victims said our callbacks felt like a checklist.' },
      { fill: '#aims', value: 'Victims feel heard and take up the support offered.' },
    ],
  },
  {
    title: 'What you did',
    steps: [
      {
        fill: '#approach',
        value: 'Monthly suppers where survivors and call handlers draft callback wording together.',
      },
      { check: 'input[name="targetGroups"][value="victims"]' },
      { check: 'input[name="topics"][value="voice-of-the-victim"]' },
      { check: 'input[name="purposes"][value="prevention"]' },
      { check: '#scale' },
      { fill: '#startDate-day', value: '12' },
      { fill: '#startDate-month', value: '9' },
      { fill: '#startDate-year', value: '2023' },
      { check: '#stillRunning' },
    ],
  },
  {
    title: 'Call questions',
    steps: [
      { fill: '#call-howVictimsShapedIt', value: 'Survivors wrote the opening words of every callback.' },
      { check: 'input[name="call-rights"][value="referral-to-support"]' },
      { fill: '#call-beyondTheCode', value: 'Survivors choose the time of day they are called back.' },
    ],
  },
  {
    title: 'Resources and implementation',
    steps: [
      { fill: '#resources', value: 'Two supervisors, one day a week.' },
      { fill: '#implementationChallenges', value: 'Finding rooms in the evening.' },
      { fill: '#lessonsLearned', value: 'Food helps people talk.' },
    ],
  },
  { title: 'Evidence', steps: [{ check: '#stage' }, { check: '#selfOutcome' }] },
  {
    title: 'Sharing and consent',
    steps: [
      { check: 'input[name="consentPublication"][value="policing"]' },
      { check: '#consentShowContact' },
      { check: '#consentResearch' },
      { check: '#consentEvents' },
      { check: '#consentGovernment' },
      { check: '#privacyNoticeRead' },
    ],
  },
]

/** Signs in through the sign-in page (checked with axe) and lands on `returnTo`. */
async function signInAs(page: Page, email: string, returnTo: string): Promise<void> {
  await visit(page, `${SignInPage.path}?returnTo=${encodeURIComponent(returnTo)}`)
  const signIn = await SignInPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  await signIn.emailInput.fill(email)
  await signIn.passwordInput.fill(DEMO_PASSWORD)
  await clickToNavigate(page, signIn.signInButton)
  expect(new URL(page.url()).pathname).toBe(returnTo.split('?')[0])
}

async function answerSection(page: Page, taskList: TaskListPage, section: (typeof sections)[number]) {
  await clickToNavigate(page, taskList.sectionLink(section.title))
  const form = await SectionPage.verifyOnPage(page, section.title)
  await expectNoAxeViolations(page)
  for (const step of section.steps) {
    if ('check' in step) await page.locator(step.check).check()
    else await page.locator(step.fill).fill(step.value)
  }
  await clickToNavigate(page, form.saveAndContinue)
  const after = await TaskListPage.verifyOnPage(page)
  expect(await after.status(section.title), section.title).toBe('Completed')
  return after
}

/** From the task list: check answers, send, and read the reference on the confirmation. */
async function checkAndSend(page: Page, taskList: TaskListPage): Promise<string> {
  await clickToNavigate(page, taskList.checkAnswersButton)
  const check = await CheckAnswersPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  await clickToNavigate(page, check.sendButton)
  const confirmation = await ConfirmationPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  return (await confirmation.reference.innerText()).trim()
}

async function openMySubmissions(page: Page): Promise<MySubmissionsPage> {
  await clickToNavigate(page, page.locator('[data-qa="nav-my-submissions"]'))
  const mine = await MySubmissionsPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  return mine
}

const statusIn = async (mine: MySubmissionsPage, reference: string) =>
  (await mine.rowFor(reference).locator('[data-qa="status"]').innerText()).trim()

/** The reviewer opens the practice from the queue. */
async function openFromQueue(page: Page, reference: string): Promise<ReviewPracticePage> {
  await clickToNavigate(page, page.locator('[data-qa="nav-review"]'))
  const queue = await ReviewQueuePage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  await clickToNavigate(page, queue.link(reference))
  const review = await ReviewPracticePage.verifyOnPage(page, title)
  await expectNoAxeViolations(page)
  return review
}

async function searchFor(page: Page, words: string): Promise<SearchPage> {
  await visit(page, `${SearchPage.path}?q=${encodeURIComponent(words)}`)
  const search = await SearchPage.verifyOnPage(page)
  await expectNoAxeViolations(page)
  return search
}

describe('the practice loop: submitted, reviewed, changed, published and found', () => {
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

  it(
    'goes from a contributor’s answer to a call to a police member’s search, through the real pages',
    { timeout: 240_000 },
    async () => {
      // 1. The contributor answers the open call, adds a PDF and sends it.
      const page = await newVisitorPage(browser)
      await signInAs(page, contributor, SubmitStartPage.path)
      const start = await SubmitStartPage.verifyOnPage(page)
      await expectNoAxeViolations(page)
      await clickToNavigate(page, start.callLink('Voice of the Victim 2026'))
      const call = await CallPage.verifyOnPage(page, 'Voice of the Victim 2026')
      await expectNoAxeViolations(page)
      await clickToNavigate(page, call.startButton)
      let taskList = await TaskListPage.verifyOnPage(page)
      await expectNoAxeViolations(page)
      for (const section of sections) taskList = await answerSection(page, taskList, section)

      await clickToNavigate(page, taskList.sectionLink('Attachments'))
      let attachments = await AttachmentsPage.verifyOnPage(page)
      await expectNoAxeViolations(page)
      await attachments.kindSelect.selectOption('evaluation-report')
      await attachments.fileInput.setInputFiles({
        name: 'Supper evaluation.pdf',
        mimeType: 'application/pdf',
        buffer: minimalPdf(),
      })
      await clickToNavigate(page, attachments.uploadButton)
      attachments = await AttachmentsPage.verifyOnPage(page)
      expect((await attachments.names.allInnerTexts()).map((name) => name.trim())).toEqual(['Supper evaluation.pdf'])
      await expectNoAxeViolations(page)
      await clickToNavigate(page, attachments.backLink)
      taskList = await TaskListPage.verifyOnPage(page)

      const reference = await checkAndSend(page, taskList)
      expect(reference).toMatch(/^PB-\d{4}-\d{4}$/)
      let mine = await openMySubmissions(page)
      expect(await statusIn(mine, reference)).toBe('Submitted')
      expect(await mine.rowFor(reference).locator('[data-qa="title"]').innerText()).toBe(title)

      // The contributor is told it arrived, and the reviewers that it needs reading.
      const received = await readFromOutbox(browser, contributor, `We have received your practice example ${reference}`)
      expect(received).toContain(`Your reference is ${reference}`)
      const toReview = await readFromOutbox(browser, reviewer, `New practice example to review: ${reference}`)
      expect(toReview).toContain(`/review/${reference}`)

      // 2. The reviewer finds it in the queue and asks for a change.
      const reviewerPage = await newVisitorPage(browser)
      await signInAs(reviewerPage, reviewer, ReviewQueuePage.path)
      let review = await openFromQueue(reviewerPage, reference)
      expect(await review.status.innerText()).toContain('Submitted')
      await review.changesComments.fill(comment)
      await clickToNavigate(reviewerPage, review.requestChangesButton)
      review = await ReviewPracticePage.verifyOnPage(reviewerPage, title)
      expect(await review.status.innerText()).toContain('Changes requested')
      expect(await review.successBanner.innerText()).toContain('Sent back for changes')
      await expectNoAxeViolations(reviewerPage)

      // 3. The contributor reads the comment on the task list, changes a section and sends it again.
      await visit(page, MySubmissionsPage.path)
      mine = await MySubmissionsPage.verifyOnPage(page)
      expect(await statusIn(mine, reference)).toBe('Changes requested')
      await expectNoAxeViolations(page)
      await clickToNavigate(page, mine.continueLink(reference))
      taskList = await TaskListPage.verifyOnPage(page)
      expect(await taskList.changesRequested.innerText()).toBe(comment)
      await expectNoAxeViolations(page)
      taskList = await answerSection(page, taskList, {
        title: 'Resources and implementation',
        steps: [{ fill: '#resources', value: revisedResources }],
      })
      expect(await checkAndSend(page, taskList)).toBe(reference)
      mine = await openMySubmissions(page)
      expect(await statusIn(mine, reference)).toBe('Submitted')
      const updated = await readFromOutbox(browser, reviewer, `Updated practice example to review: ${reference}`)
      expect(updated).toContain(title)

      // 4. The reviewer sees the change, classifies it, links a Toolkit entry and publishes to policing only.
      review = await openFromQueue(reviewerPage, reference)
      expect(await review.status.innerText()).toContain('Submitted')
      // The answers are in collapsed parts, one per page of the form: the changed one is opened to read it.
      expect(await review.answer('resources').isVisible()).toBe(false)
      await review.openAnswers('Resources and implementation')
      expect(await review.answer('resources').innerText()).toBe(revisedResources)
      expect(await review.timeline.innerText()).toContain(comment)
      await review.option('outcome', 'Promising').check()
      await review.option('stage', 'Evaluated locally').check()
      await review.option('topics', 'Mental health').check()
      await clickToNavigate(reviewerPage, review.saveClassificationButton)
      review = await ReviewPracticePage.verifyOnPage(reviewerPage, title)
      expect(await review.reviewerOutcome.innerText()).toBe('Promising')
      await expectNoAxeViolations(reviewerPage)

      await review.toolkitQuery.fill('restorative')
      await clickToNavigate(reviewerPage, review.toolkitSearchButton)
      review = await ReviewPracticePage.verifyOnPage(reviewerPage, title)
      expect(await review.toolkitResults.count()).toBe(1)
      await expectNoAxeViolations(reviewerPage)
      await clickToNavigate(reviewerPage, review.toolkitResults.first().locator('[data-qa="link-toolkit"]'))
      review = await ReviewPracticePage.verifyOnPage(reviewerPage, title)
      expect(await review.toolkitLinks.innerText()).toContain('Sample: restorative justice conferences')

      expect(await review.visibility('Everyone (public)').count()).toBe(0)
      await review.visibility('Policing only').check()
      await clickToNavigate(reviewerPage, review.publishButton)
      review = await ReviewPracticePage.verifyOnPage(reviewerPage, title)
      expect(await review.status.innerText()).toContain('Published')
      await expectNoAxeViolations(reviewerPage)

      // 5. A police member finds it, with the reviewer's outcome, and opens it.
      const police = await newVisitorPage(browser)
      await signInAs(police, policeMember, SearchPage.path)
      const found = await searchFor(police, 'lantern suppers survivors')
      // only it has every word; practice with some of them follows, as the search says
      expect((await found.resultLinks.allInnerTexts())[0]).toBe(title)
      expect(await found.results.first().innerText()).toContain('Promising')
      const practicePath = await found.resultLinks.first().getAttribute('href')
      if (!practicePath) throw new Error('the result has no link')
      await clickToNavigate(police, found.resultLinks.first())
      await PracticePage.verifyOnPage(police, title)
      await expectNoAxeViolations(police)

      // A visitor finds nothing, and the practice's own address is not found.
      const visitor = await newVisitorPage(browser)
      const notFound = await searchFor(visitor, 'lantern suppers survivors')
      expect(await notFound.resultLinks.allInnerTexts()).not.toContain(title)
      await visit(visitor, practicePath, 404)
      await NotFoundPage.verifyOnPage(visitor)
      await expectNoAxeViolations(visitor)
    },
  )
})
