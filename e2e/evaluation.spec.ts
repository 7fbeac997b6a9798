import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { evaluationJourneyLeadEmail, evaluationJourneyPracticeTitle } from './support/evaluation-fixtures.js'
import { readFromOutbox } from './support/outbox.js'

const academic = 'academic@demo.example.ac.uk'
const reviewer = 'reviewer@demo.police.uk'
const officer = 'officer@demo.police.uk'
const slug = 'lantern-walks-night-time-safety-audits'
const viewportNames: ViewportName[] = ['desktop', 'phone']

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

describe('evaluation brokerage: from shortlisted practice to published findings', () => {
  let requestPath = ''
  let evaluationPath = ''

  it('lets an academic find shortlisted practice first and ask to be introduced', async () => {
    const page = await signedInPage(academic, '/evaluation')
    await checkPage(page)
    const first = page.locator('[data-qa=opportunity-link]').first()
    expect((await first.innerText()).trim()).toBe(evaluationJourneyPracticeTitle)
    await page.locator('#shortlisted').check()
    await clickToNavigate(page, page.locator('[data-qa=apply-filters]'))
    expect(await page.locator('[data-qa=opportunity-link]').allInnerTexts()).toEqual([evaluationJourneyPracticeTitle])
    await clickToNavigate(page, page.locator('[data-qa=opportunity-link]').first())
    await checkPage(page)
    expect(await page.content()).not.toContain(evaluationJourneyLeadEmail)
    await clickToNavigate(page, page.locator('[data-qa=ask-introduction]'))
    await checkPage(page)
    await clickToNavigate(page, page.locator('[data-qa=send-request]'), 400)
    expect(await page.title()).toMatch(/^Error: /)
    await checkPage(page)
    await page.locator('#institution').fill('Demo University, Department of Geography')
    await page
      .locator('#method')
      .fill('Before-and-after counts of reported harassment on the walked streets, with focus groups.')
    await page.locator('#timescale').fill('Nine months')
    await page.getByLabel('Applying for funding').check()
    await page.locator('#ethicsRoute').fill('The university research ethics committee')
    await clickToNavigate(page, page.locator('[data-qa=send-request]'))
    expect(await page.locator('[data-qa=flash]').innerText()).toContain('sent to programme staff')
    expect(await page.content()).not.toContain(evaluationJourneyLeadEmail)
    await page.context().close()
  })

  it('lets a reviewer accept, introducing both sides by e-mail', async () => {
    const page = await signedInPage(reviewer, '/review/evaluation')
    await checkPage(page)
    const row = page.locator('[data-qa=waiting-request]', { hasText: evaluationJourneyPracticeTitle })
    await clickToNavigate(page, row.locator('a'))
    requestPath = new URL(page.url()).pathname
    await checkPage(page)
    await page.getByLabel('Accept: introduce them to the practice lead').check()
    await page.locator('#note').fill('The council has agreed to share street lighting repair data.')
    await clickToNavigate(page, page.locator('[data-qa=save-decision]'))
    evaluationPath = new URL(page.url()).pathname
    expect(evaluationPath).toMatch(/^\/review\/evaluation\/evaluations\/\d+$/)
    await checkPage(page)
    await page.context().close()

    const toAcademic = await readFromOutbox(browser, academic, 'Introduction:')
    expect(toAcademic).toContain(evaluationJourneyLeadEmail)
    const toLead = await readFromOutbox(browser, evaluationJourneyLeadEmail, 'Introduction:')
    expect(toLead).toContain(academic)

    const academicPage = await signedInPage(academic, `/evaluation/${slug}`)
    expect(await academicPage.locator('[data-qa=introduction-contact]').innerText()).toContain(
      evaluationJourneyLeadEmail,
    )
    await academicPage.context().close()
    expect(requestPath).toMatch(/^\/review\/evaluation\/requests\/\d+$/)
  })

  it('records the evaluation through to its report, shown on the practice page', async () => {
    const page = await signedInPage(reviewer, evaluationPath)
    await clickToNavigate(page, page.locator('[data-qa=do-agree]'))
    await page.locator('#startedOn-day').fill('2')
    await page.locator('#startedOn-month').fill('3')
    await page.locator('#startedOn-year').fill('2026')
    await clickToNavigate(page, page.locator('[data-qa=do-start]'))
    expect(await page.locator('[data-qa=evaluation-status]').innerText()).toContain('Under way')
    await visit(page, `/practices/${slug}`)
    expect(await page.locator('[data-qa=being-evaluated]').innerText()).toContain('Being evaluated by Alex Academic')
    await visit(page, evaluationPath)
    await clickToNavigate(page, page.locator('[data-qa=do-report]'), 400)
    await checkPage(page)
    await page.locator('#reportUrl').fill('https://demo.example.ac.uk/reports/lantern-walks.pdf')
    await page
      .locator('#findings')
      .fill('Reports of street harassment on the walked routes fell, and residents felt safer.')
    await clickToNavigate(page, page.locator('[data-qa=do-report]'))
    expect(await page.locator('[data-qa=evaluation-status]').innerText()).toContain('Reported')
    await checkPage(page)
    await visit(page, '/review/evaluation')
    expect(await page.locator('[data-qa=revisit-row]', { hasText: evaluationJourneyPracticeTitle }).count()).toBe(1)
    await checkPage(page)
    await page.context().close()

    const visitor = await newVisitorPage(browser)
    await visit(visitor, `/practices/${slug}`)
    expect(await visitor.locator('[data-qa=evaluation-findings]').innerText()).toContain('residents felt safer')
    await checkPage(visitor)
    await visitor.context().close()
  })

  it('relays a message to the practice lead without showing their address', async () => {
    const page = await signedInPage(officer, `/practices/${slug}`)
    expect(await page.content()).not.toContain(evaluationJourneyLeadEmail)
    await clickToNavigate(page, page.locator('[data-qa=contact-lead]'))
    await checkPage(page)
    await page
      .locator('#message')
      .fill('We would like to try lantern walks in Merseyside: could we talk about how you started?')
    await clickToNavigate(page, page.locator('[data-qa=send-message]'))
    expect(await page.locator('[data-qa=message-sent]').innerText()).toContain('Message sent')
    expect(await page.content()).not.toContain(evaluationJourneyLeadEmail)
    await checkPage(page)
    await page.context().close()
    expect(await readFromOutbox(browser, evaluationJourneyLeadEmail, 'A message about')).toContain(
      'lantern walks in Merseyside',
    )
  })

  for (const viewport of viewportNames) {
    it(`has no accessibility problems on the new pages at ${viewport} size`, async () => {
      const page = await signedInPage(reviewer, '/evaluation', viewport)
      for (const path of ['/evaluation', `/evaluation/${slug}`, '/review/evaluation', requestPath, evaluationPath]) {
        await visit(page, path)
        await checkPage(page)
      }
      await page.context().close()
      const academicPage = await signedInPage(academic, `/evaluation/${slug}`, viewport)
      await checkPage(academicPage)
      await visit(academicPage, '/evaluation/exploitation-referral-pathway-for-pupils-excluded-from-school')
      await checkPage(academicPage)
      await visit(academicPage, '/evaluation/rural-domestic-abuse-victims-setting-their-own-contact-plans/introduction')
      await checkPage(academicPage)
      await visit(academicPage, `/practices/${slug}/contact`)
      await checkPage(academicPage)
      await academicPage.context().close()
    })
  }
})
