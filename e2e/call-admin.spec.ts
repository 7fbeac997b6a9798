import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { CallPage, CheckAnswersPage, ConfirmationPage, SectionPage, TaskListPage } from './pages/submission-pages.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { practiceSections } from './support/practice-answers.js'

const admin = 'admin@demo.police.uk'
const reviewer = 'reviewer@demo.police.uk'
const contributor = 'contributor@demo.example.org'
const officer = 'officer@demo.police.uk'
const slug = `e2e-call-${Date.now().toString(36)}`
const title = 'Call for practice on neighbourhood trust'
const practiceTitle = 'Residents walk the beat with their officers'

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

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

describe('running a call with its own questions', () => {
  let callId = ''

  it('lets an admin create a call, add two questions of different kinds, preview them and open it', async () => {
    const page = await signedInPage(admin, '/admin/calls/new')
    await page.getByLabel('Title', { exact: true }).fill(title)
    await page.getByLabel('Web address name').fill(slug)
    await page.getByLabel('Theme', { exact: true }).fill('How neighbourhood teams build trust with communities.')
    await page.getByLabel('Opens on').fill(day(3))
    await page.getByLabel('Closes on').fill(day(40))
    await page.getByLabel('Grace period for drafts').fill('5')
    await page.getByRole('checkbox', { name: 'Voice of the victim', exact: true }).check()
    await clickToNavigate(page, page.locator('[data-qa=save-call]'))
    expect(new URL(page.url()).pathname).toBe('/admin/calls')
    await clickToNavigate(page, page.locator(`[data-qa=open-${slug}]`))
    expect(await page.locator(`[data-qa=call-${slug}] [data-qa=state]`).innerText()).toBe('Open')
    await clickToNavigate(page, page.getByRole('link', { name: title }))
    callId = new URL(page.url()).pathname.split('/').pop() ?? ''

    await clickToNavigate(page, page.locator('[data-qa=add-question]'))
    await checkPage(page)
    await page.getByLabel('Question', { exact: true }).fill('Who first suggested the idea?')
    await page.getByRole('radio', { name: 'One choice from a list' }).check()
    await page.getByLabel('Options for a list').fill('A resident\nAn officer\nA partner organisation')
    await clickToNavigate(page, page.locator('[data-qa=save-question]'))

    await clickToNavigate(page, page.locator('[data-qa=add-question]'))
    await page.getByLabel('Question', { exact: true }).fill('What changed for residents?')
    await page.getByRole('radio', { name: 'Long text' }).check()
    await page.getByLabel('Word limit for long text').fill('150')
    await clickToNavigate(page, page.locator('[data-qa=save-question]'))
    expect(await page.locator('[data-qa=question]').count()).toBe(2)
    await checkPage(page)

    // The second question is moved above the first, with a plain form button.
    await clickToNavigate(page, page.locator('[data-qa=question]').nth(1).locator('[data-qa=move-up]'))
    expect(await page.locator('[data-qa=question] h3').first().innerText()).toContain('What changed for residents?')

    await clickToNavigate(page, page.locator('[data-qa=preview]'))
    await checkPage(page)
    expect(await page.getByRole('radio', { name: 'A resident' }).count()).toBe(1)
    expect(await page.getByLabel('What changed for residents?').count()).toBe(1)
    await page.close()
  })

  const references: string[] = []
  // Two people from two forces of one region: the contributor (Cheshire) on a desktop, a police officer
  // (Merseyside) on a phone.
  const responders = [
    { email: contributor, viewport: 'desktop', before: '0' },
    { email: officer, viewport: 'phone', before: '1' },
  ] as const

  it.each(responders)(
    'lets $email answer the call’s questions, checked on the server, and send the whole submission ($viewport)',
    async ({ email, viewport, before }) => {
      const page = await signedInPage(email, `/calls/${slug}`, viewport)
      const callPage = await CallPage.verifyOnPage(page, title)
      expect(await page.locator('[data-qa=submissions-received]').innerText()).toBe(before)
      expect(await page.locator('[data-qa=call-topics]').innerText()).toBe('Voice of the victim')
      await clickToNavigate(page, callPage.startButton)
      let taskList = await TaskListPage.verifyOnPage(page)
      await clickToNavigate(page, taskList.sectionLink('Call questions'))
      const callSection = await SectionPage.verifyOnPage(page, 'Call questions')
      await clickToNavigate(page, callSection.saveAndContinue, 400)
      expect(await callSection.errorSummary.messages()).toContain('Select an answer to ‘Who first suggested the idea?’')
      await checkPage(page)
      await page
        .getByLabel('What changed for residents?')
        .fill('Residents now walk the beat with officers once a month.')
      await page.getByRole('radio', { name: 'A resident' }).check()
      await clickToNavigate(page, callSection.saveAndContinue)
      taskList = await TaskListPage.verifyOnPage(page)
      expect(await taskList.status('Call questions')).toBe('Completed')

      // Every other required section, then check your answers and send.
      for (const section of practiceSections) {
        await clickToNavigate(page, taskList.sectionLink(section.title))
        const form = await SectionPage.verifyOnPage(page, section.title)
        for (const step of section.steps) {
          if ('tick' in step) await page.locator(step.tick).check()
          else await page.locator(step.type).fill(step.type === '#title' ? practiceTitle : step.value)
        }
        await clickToNavigate(page, form.saveAndContinue)
        taskList = await TaskListPage.verifyOnPage(page)
        expect(await taskList.status(section.title), section.title).toBe('Completed')
      }
      await checkPage(page)
      await clickToNavigate(page, taskList.checkAnswersButton)
      const check = await CheckAnswersPage.verifyOnPage(page)
      const callAnswers = await check.answers('call-questions').innerText()
      expect(callAnswers).toContain('Who first suggested the idea?')
      expect(callAnswers).toContain('A resident')
      expect(callAnswers).toContain('Residents now walk the beat with officers once a month.')
      await checkPage(page)
      await clickToNavigate(page, check.sendButton)
      const confirmation = await ConfirmationPage.verifyOnPage(page)
      const reference = (await confirmation.reference.innerText()).trim()
      expect(reference).toMatch(/^PB-\d{4}-\d{4}$/)
      references.push(reference)
      await checkPage(page)

      // The public call page counts it.
      await visit(page, `/calls/${slug}`)
      await CallPage.verifyOnPage(page, title)
      expect(await page.locator('[data-qa=submissions-received]').innerText()).toBe(String(Number(before) + 1))
      await checkPage(page)
      await page.close()
    },
  )

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`shows staff both responses on the progress page by state, force and region (${viewport})`, async () => {
      const page = await signedInPage(reviewer, `/review/calls/${slug}`, viewport)
      expect(await page.locator('[data-qa=sent]').innerText()).toBe('2 responses sent')
      expect(await page.locator('[data-qa=drafts]').innerText()).toBe('0 drafts started and not sent yet')
      expect(await page.locator('[data-qa=response-state]').allInnerTexts()).toEqual(['Submitted', 'Submitted'])
      const listed = await page.locator('[data-qa=responses]').innerText()
      for (const reference of references) expect(listed).toContain(`${reference} ${practiceTitle}`)
      // By state, by force (Cheshire and Merseyside, one each) and by region (both North West).
      expect(await page.locator('[data-qa=states] tbody').innerText()).toMatch(/^Submitted\s+2$/)
      for (const force of ['cheshire', 'merseyside']) {
        const sent = page.locator(`[data-qa=force-row][data-force=${force}] [data-qa=force-sent]`)
        expect(await sent.innerText(), force).toBe('1')
      }
      expect(await page.locator('[data-qa=force-row] [data-qa=force-sent]', { hasText: /^[1-9]/ }).count()).toBe(2)
      expect(await page.locator('[data-qa=region-table] tr', { hasText: 'North West' }).innerText()).toMatch(
        /North West\s+2 of \d+\s+2/,
      )
      const notResponded = await page.locator('[data-qa=not-responded]').innerText()
      expect(notResponded).not.toContain('Cheshire')
      expect(notResponded).not.toContain('Merseyside')
      expect(await page.locator('[data-qa=progress-map] [data-qa=hex]').count()).toBeGreaterThan(40)
      await checkPage(page)
      await page.close()
    })

    it(`has no accessibility problems on the builder pages (${viewport})`, async () => {
      const page = await signedInPage(admin, `/admin/calls/${callId}`, viewport)
      await checkPage(page)
      await visit(page, `/admin/calls/${callId}/questions/new`)
      await checkPage(page)
      await clickToNavigate(page, page.locator('[data-qa=save-question]'), 400)
      await checkPage(page)
      await visit(page, `/admin/calls/${callId}/preview`)
      await checkPage(page)
      await page.close()
    })
  }
})
