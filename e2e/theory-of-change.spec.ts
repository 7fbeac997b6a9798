import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { tocJourneyReference, tocPublishedSlug } from './support/toc-fixtures.js'

const contributor = 'contributor@demo.example.org'
const reviewer = 'reviewer@demo.police.uk'
const base = () => `/submissions/${inject('tocPracticeId')}/theory-of-change`
const builderPages = ['problem', 'outcomes', 'impact', 'readiness']
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

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  if (page.viewportSize()?.width === 390) await expectFitsTheScreen(page)
}

async function save(page: Page): Promise<void> {
  await clickToNavigate(page, page.getByRole('button', { name: 'Save' }))
  expect(new URL(page.url()).pathname).toBe(base())
  expect(await page.locator('[data-qa=flash]').innerText()).toMatch(/saved as version \d+/)
}

describe('theory of change: built page by page, printed, downloaded and reviewed', () => {
  it('lets the contributor build it page by page, with an error first', async () => {
    const page = await signedInPage(contributor, base())
    await checkPage(page)
    expect(await page.locator('[data-qa=toc-not-started]').count()).toBe(1)

    await clickToNavigate(page, page.locator('[data-qa=toc-pages] a').nth(0))
    await checkPage(page)
    await clickToNavigate(page, page.getByRole('button', { name: 'Save' }), 400)
    expect(await page.title()).toMatch(/^Error: /)
    await checkPage(page)
    await page
      .locator('#problem')
      .fill('People in mental health crisis are held in cells because no one else is on hand.')
    await page.locator('#inputs').fill('A mental health nurse\nA response car')
    await page.locator('#activities').fill('Attend calls together\nAssess the person at the scene')
    await page.locator('#outputs').fill('Calls attended')
    await save(page)

    await clickToNavigate(page, page.locator('[data-qa=toc-pages] a').nth(1))
    await checkPage(page)
    await page.locator('#short-1-outcome').fill('Fewer detentions under section 136')
    await page.locator('#short-1-measure').fill('Section 136 detentions a month')
    await page.locator('#short-1-dataSource').fill('Custody records')
    await page.locator('#short-1-baseline').check()
    await page.locator('#long-1-outcome').fill('People in crisis get care sooner')
    await save(page)

    await clickToNavigate(page, page.locator('[data-qa=toc-pages] a').nth(2))
    await checkPage(page)
    await page.locator('#impact').fill('Less harm to people in crisis, and officers back on patrol sooner.')
    await page.locator('#assumptions').fill('The nurse can see health records')
    await page.locator('#risks').fill('Nurse shifts go unfilled')
    await save(page)

    await clickToNavigate(page, page.locator('[data-qa=toc-pages] a').nth(3))
    await checkPage(page)
    await page.locator('#comparisonGroup').check()
    await page.locator('#casesPerYear').fill('400')
    await page.locator('#showOnPracticePage').check()
    await save(page)
    expect(await page.locator('[data-qa=toc-version]').innerText()).toContain('Shown on the published practice page')
    // readiness as advice: the outcome without a measure is a gap, with what to do next
    expect(await page.locator('[data-qa=readiness-level]').innerText()).toBe('Not yet ready')
    expect(await page.locator('[data-qa=readiness-items]').innerText()).toContain(
      'What to do next: Give every outcome a measure and a data source',
    )
    await page.context().close()
  })

  it('shows the logic model and its text version, and prints the diagram without buttons', async () => {
    const page = await signedInPage(contributor, base())
    const diagram = page.locator('[data-qa=toc-diagram] svg')
    expect(await diagram.count()).toBe(1)
    const svgText = await diagram.textContent()
    // long boxes wrap over several lines, so look for the words that start them
    for (const box of ['Calls attended', 'Fewer detentions under', 'Nurse shifts go unfilled'])
      expect(svgText).toContain(box)
    const textVersion = await page.locator('main').innerText()
    expect(textVersion).toContain('The logic model as text')
    expect(textVersion).toContain('Section 136 detentions a month')
    expect(textVersion).toContain('Nurse shifts go unfilled')

    await page.emulateMedia({ media: 'print' })
    expect(await diagram.isVisible()).toBe(true)
    const shownOnPrint = await page.evaluate(() =>
      [...document.querySelectorAll('.app-no-print')]
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => el.outerHTML.slice(0, 80)),
    )
    expect(shownOnPrint).toEqual([])
    expect(await page.locator('[data-qa=toc-docx]').isVisible()).toBe(false)
    expect(await page.locator('.govuk-header').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    await page.context().close()
  })

  it('downloads the theory of change as a Word document', async () => {
    const page = await signedInPage(contributor, base())
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-qa=toc-docx]').click()])
    expect(download.suggestedFilename()).toMatch(/^theory-of-change-\d+\.docx$/)
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const bytes = Buffer.concat(chunks)
    // a DOCX is a zip file whose first entry is [Content_Types].xml
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304')
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true)
    await page.context().close()
  })

  it('lets a reviewer comment on a version', async () => {
    const page = await signedInPage(reviewer, base())
    await checkPage(page)
    const latest = page.locator('[data-qa=toc-versions] > li').first()
    await clickToNavigate(page, latest.getByRole('button', { name: 'Add comment' }), 400)
    expect(await page.title()).toMatch(/^Error: /)
    await checkPage(page)
    await page
      .locator('[data-qa=toc-versions] > li')
      .first()
      .locator('textarea')
      .fill('Say how the baseline for detentions will be taken.')
    await clickToNavigate(
      page,
      page.locator('[data-qa=toc-versions] > li').first().getByRole('button', { name: 'Add comment' }),
    )
    expect(await page.locator('[data-qa=flash]').innerText()).toMatch(/Your comment on version \d+ has been added/)
    expect(await page.locator('[data-qa=toc-comment]').first().innerText()).toContain('baseline for detentions')
    await page.context().close()
  })

  it('shows the reviewer the same readiness beside the rubric', async () => {
    const assessment = `/review/${tocJourneyReference}/assessment`
    const page = await signedInPage(reviewer, assessment)
    const aside = page.locator('[data-qa=assessment-readiness]')
    expect(await aside.locator('[data-qa=readiness-level]').innerText()).toBe('Not yet ready')
    expect(await aside.innerText()).toContain('Give every outcome a measure and a data source')
    await clickToNavigate(page, aside.getByRole('link', { name: /Read the theory of change/ }))
    expect(new URL(page.url()).pathname).toBe(base())
    await page.context().close()
  })

  it('shows it on the published practice page once the contributor agrees, with no axe violations', async () => {
    const slug = tocPublishedSlug
    const published = `/submissions/${inject('tocPublishedId')}/theory-of-change`
    const page = await signedInPage(contributor, published)
    await visit(page, `${published}/problem`)
    await page.locator('#problem').fill('Outboard motors are stolen from boats moored overnight.')
    await page.locator('#activities').fill('Walk the quay at night')
    await clickToNavigate(page, page.getByRole('button', { name: 'Save' }))
    await visit(page, `${published}/readiness`)
    await page.locator('#showOnPracticePage').check()
    await clickToNavigate(page, page.getByRole('button', { name: 'Save' }))
    await page.context().close()
    for (const viewport of viewportNames) {
      const visitor = await newVisitorPage(browser, { viewport })
      await visit(visitor, `/practices/${slug}`)
      const section = visitor.locator('[data-qa=practice-toc]')
      expect(await section.locator('svg').count()).toBe(1)
      expect(await section.innerText()).toContain('Walk the quay at night')
      await checkPage(visitor)
      await visitor.context().close()
    }
  })

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`has no axe violations on any theory-of-change page at ${viewport} size`, async () => {
      const page = await signedInPage(contributor, base(), viewport)
      await checkPage(page)
      for (const builderPage of builderPages) {
        await visit(page, `${base()}/${builderPage}`)
        await checkPage(page)
      }
      await page.context().close()
      const staff = await signedInPage(reviewer, base(), viewport)
      await checkPage(staff)
      await visit(staff, `/review/${tocJourneyReference}/assessment`)
      await checkPage(staff)
      await staff.context().close()
    })
  }
})
