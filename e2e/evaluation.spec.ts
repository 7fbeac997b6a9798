import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_THEORY_OF_CHANGE_PRACTICE } from '../src/db/seed/demo-theory-of-change.js'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { minimalPdf } from '../test/support/files.js'
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
    // The shortlist comes first: the demo practice with a theory of change (readier), then this one.
    expect((await page.locator('[data-qa=opportunity-link]').allInnerTexts()).slice(0, 2)).toEqual([
      DEMO_THEORY_OF_CHANGE_PRACTICE,
      evaluationJourneyPracticeTitle,
    ])
    await page.locator('#shortlisted').check()
    await clickToNavigate(page, page.locator('[data-qa=apply-filters]'))
    expect(await page.locator('[data-qa=opportunity-link]').allInnerTexts()).toEqual([
      DEMO_THEORY_OF_CHANGE_PRACTICE,
      evaluationJourneyPracticeTitle,
    ])
    await checkPage(page)
    await clickToNavigate(page, page.locator('[data-qa=opportunity-link]', { hasText: evaluationJourneyPracticeTitle }))
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
    // A file that is not a report: refused by its content, whatever its name says.
    await page.locator('#reportFile').setInputFiles({
      name: 'lantern-walks.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a report</html>'),
    })
    await page
      .locator('#findings')
      .fill('Reports of street harassment on the walked routes fell, and residents felt safer.')
    await clickToNavigate(page, page.locator('[data-qa=do-report]'), 400)
    expect(await page.locator('#reportFile-error').innerText()).toContain('The selected file must be a PDF')
    await checkPage(page)
    await page.locator('#reportFile').setInputFiles({
      name: 'Lantern walks evaluation.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Lantern walks evaluation report'),
    })
    await clickToNavigate(page, page.locator('[data-qa=do-report]'))
    expect(await page.locator('[data-qa=evaluation-status]').innerText()).toContain('Reported')
    expect(await page.locator('[data-qa=report-file]').innerText()).toBe('Lantern walks evaluation.pdf')
    await checkPage(page)

    // Programme staff correct the record after the introduction.
    await clickToNavigate(page, page.locator('[data-qa=edit-details]'))
    await checkPage(page)
    await page.locator('#institution').fill('')
    await clickToNavigate(page, page.locator('[data-qa=save-details]'), 400)
    expect(await page.title()).toMatch(/^Error: /)
    await checkPage(page)
    await page.locator('#institution').fill('Demo University, Department of Geography and Planning')
    await clickToNavigate(page, page.locator('[data-qa=save-details]'))
    expect(await page.locator('[data-qa=flash]').innerText()).toContain('institution changed')
    await visit(page, '/review/evaluation')
    expect(await page.locator('[data-qa=revisit-row]', { hasText: evaluationJourneyPracticeTitle }).count()).toBe(1)
    await checkPage(page)
    await page.context().close()

    for (const viewport of viewportNames) {
      const visitor = await newVisitorPage(browser, { viewport })
      await visit(visitor, `/practices/${slug}`)
      expect(await visitor.locator('[data-qa=evaluation-findings]').innerText()).toContain('residents felt safer')
      const section = visitor.locator('[data-qa=independent-evaluation]')
      expect(await section.innerText()).toContain('Department of Geography and Planning')
      const link = visitor.locator('[data-qa=evaluation-report-file]')
      expect(await section.innerText()).toContain('(PDF,')
      const href = await link.getAttribute('href')
      const response = await visitor.request.get(new URL(href ?? '', visitor.url()).toString())
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('application/pdf')
      expect(response.headers()['content-disposition']).toContain('Lantern walks evaluation.pdf')
      expect((await response.body()).equals(minimalPdf('Lantern walks evaluation report'))).toBe(true)
      await checkPage(visitor)
      await visitor.context().close()
    }
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
      const pages = ['/evaluation', `/evaluation/${slug}`, '/review/evaluation', requestPath, evaluationPath]
      for (const path of [...pages, `${evaluationPath}/edit`]) {
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
