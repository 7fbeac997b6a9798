import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'

const admin = 'admin@demo.police.uk'
const reviewer = 'reviewer@demo.police.uk'
const contributor = 'contributor@demo.example.org'
const slug = `e2e-call-${Date.now().toString(36)}`
const title = 'Call for practice on neighbourhood trust'

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

  it('lets a contributor answer the call’s questions, checked on the server', async () => {
    const page = await signedInPage(contributor, `/calls/${slug}`)
    await clickToNavigate(page, page.locator('[data-qa=start-for-call]'))
    const taskList = new URL(page.url()).pathname
    await clickToNavigate(page, page.getByRole('link', { name: 'Call questions' }))
    await clickToNavigate(page, page.locator('[data-qa=save-and-continue]'), 400)
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'Select an answer to ‘Who first suggested the idea?’',
    )
    await page.getByLabel('What changed for residents?').fill('Residents now walk the beat with officers once a month.')
    await page.getByRole('radio', { name: 'A resident' }).check()
    await clickToNavigate(page, page.locator('[data-qa=save-and-continue]'))
    await visit(page, taskList)
    expect(await page.locator('.govuk-task-list').innerText()).toMatch(/Call questions\s*Completed/)
    await page.close()
  })

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`shows staff the response on the progress page (${viewport})`, async () => {
      const page = await signedInPage(reviewer, `/review/calls/${slug}`, viewport)
      expect(await page.locator('[data-qa=drafts]').innerText()).toBe('1 draft started and not sent yet')
      expect(await page.locator('[data-qa=response-state]').allInnerTexts()).toEqual(['Draft'])
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
