import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectUsableOnThisScreen } from './support/axe.js'
import { launchBrowser, newVisitorContext } from './support/browser.js'

const admin = demoUsers.find((user) => user.label === 'admin')
const fixture = fileURLToPath(new URL('../test/fixtures/legacy-practice-map.csv', import.meta.url))

/** Waits for the progress page (which refreshes itself without scripts) to reach `heading`. */
async function waitForHeading(page: Page, heading: string) {
  await page.locator('h1', { hasText: heading }).waitFor({ timeout: 30_000 })
}

// An admin brings in the legacy practice map on a phone: upload, match the columns, read the dry run,
// commit, and find the practice in the review queue. Every page passes axe and fits the screen.
describe('admin: importing the legacy spreadsheet', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (!admin) throw new Error('no demo admin')
    browser = await launchBrowser()
    const context = await newVisitorContext(browser, { viewport: 'phone' })
    page = await context.newPage()
    await signIn(page, admin.email, DEMO_PASSWORD, '/admin/users')
  })

  afterAll(async () => {
    await browser.close()
  })

  it('uploads the example sheet, checks it with a dry run and commits it', async () => {
    await visit(page, '/admin/imports')
    expect((await page.locator('h1').innerText()).trim()).toBe('Import practice')
    expect(await page.locator('[data-qa=example-csv]').getAttribute('href')).toBe('/admin/imports/example.csv')
    await expectUsableOnThisScreen(page)

    // Nothing chosen: the GOV.UK error summary, and nothing is stored.
    await clickToNavigate(page, page.locator('[data-qa=upload]'), 400)
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select a CSV or Excel file')
    await expectUsableOnThisScreen(page)

    await page.locator('input[type=file]').setInputFiles(fixture)
    await clickToNavigate(page, page.locator('[data-qa=upload]'))
    expect((await page.locator('h1').innerText()).trim()).toBe('Match the columns to practice fields')
    expect(await page.locator('select[name=column1]').inputValue()).toBe('organisation')
    expect(await page.locator('select[name=column4]').inputValue()).toBe('topics')
    await expectUsableOnThisScreen(page)

    await clickToNavigate(page, page.locator('[data-qa=start-dry-run]'))
    await waitForHeading(page, 'Dry run')
    expect(await page.locator('[data-qa=totals]').innerText()).toMatch(/Would be created\s+\d{3}/)
    await expectUsableOnThisScreen(page)

    await clickToNavigate(page, page.locator('[data-qa=show-error]'))
    const errors = await page.locator('[data-qa=report]').innerText()
    expect(errors).toContain('Organisation ‘Mets Police’ not recognised — did you mean Metropolitan Police Service?')
    await expectUsableOnThisScreen(page)

    await page.locator('input[name=arrival][value=review]').check()
    await clickToNavigate(page, page.locator('[data-qa=commit]'))
    await waitForHeading(page, 'Imported')
    expect(await page.locator('[data-qa=totals]').innerText()).toMatch(/New practice\s+\d{3}/)
    await expectUsableOnThisScreen(page)

    await visit(page, '/review')
    expect(Number(await page.locator('[data-qa=count-imported]').innerText())).toBeGreaterThan(390)
  })

  it('offers to undo the import, with the GOV.UK question pattern', async () => {
    await visit(page, '/admin/imports')
    await clickToNavigate(page, page.locator('[data-qa=imports] a').first())
    await clickToNavigate(page, page.locator('[data-qa=undo]'))
    expect(await page.locator('h1').innerText()).toContain('Undo the import of legacy-practice-map.csv?')
    await expectUsableOnThisScreen(page)
  })
})
