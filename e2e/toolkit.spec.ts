import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectUsableOnThisScreen } from './support/axe.js'
import { launchBrowser, newVisitorContext, type ViewportName } from './support/browser.js'

const admin = demoUsers.find((user) => user.label === 'admin')
const heading = async (page: Page) => (await page.locator('h1').innerText()).trim()

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function pageAt(viewport: ViewportName): Promise<Page> {
  const context = await newVisitorContext(browser, { viewport })
  return context.newPage()
}

/** A small Toolkit file for this run: two new interventions, one with a malformed strength. */
function toolkitCsv(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'toolkit-e2e-'))
  const file = path.join(dir, `toolkit-${tag}.csv`)
  writeFileSync(
    file,
    [
      'source_id,title,summary,overall_effect,evidence_strength,effect,effect_strength,economic_cost',
      `e2e-${tag}-1,Imported cocooning (${tag}),Neighbours of a burgled home are visited and advised,Reduces crime,2,Repeat burglary fell,2,Low`,
      `e2e-${tag}-2,Imported with an error (${tag}),,Mixed,9,,,`,
    ].join('\r\n'),
  )
  return file
}

describe.each(['desktop', 'phone'] as const)('the What Works Toolkit on %s', (viewport) => {
  it('an admin adds an entry (after fixing an error) and imports a CSV through a dry run and commit', async () => {
    if (!admin) throw new Error('no demo admin')
    const page = await pageAt(viewport)
    await signIn(page, admin.email, DEMO_PASSWORD, '/admin/users')

    await visit(page, '/admin/toolkit')
    expect(await heading(page)).toBe('What Works Toolkit')
    expect(await page.locator('[data-qa=live-entries] [data-qa=sample]').count()).toBeGreaterThanOrEqual(6)
    await expectUsableOnThisScreen(page)

    await clickToNavigate(page, page.locator('[data-qa=add-entry]'))
    expect(await heading(page)).toBe('Add a Toolkit intervention')
    await expectUsableOnThisScreen(page)
    const title = `Safer lanes (${viewport})`
    await page.locator('#summary').fill('Gates across back lanes behind terraced homes.')
    await clickToNavigate(page, page.locator('[data-qa=save-entry]'), 400)
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter the title of the intervention')
    await expectUsableOnThisScreen(page)
    await page.locator('#title').fill(title)
    await page.getByLabel('Reduces crime', { exact: true }).check()
    await page.locator('#evidenceStrength-3').check()
    await page.locator('#effect').fill('Burglary fell on the gated lanes.')
    await page.locator('#economicCost').fill('Moderate per lane.')
    await clickToNavigate(page, page.locator('[data-qa=save-entry]'))
    expect(await page.locator('[data-qa=saved]').innerText()).toContain(`${title} has been added`)

    const row = page.locator('[data-qa=live-entries] tr', { hasText: title })
    await clickToNavigate(page, row.getByRole('link', { name: `Retire ${title}` }))
    await expectUsableOnThisScreen(page)
    await page.getByLabel('Yes', { exact: true }).check()
    await clickToNavigate(page, page.locator('[data-qa=confirm]'))
    expect(await page.locator('[data-qa=retired-entries]').innerText()).toContain(title)
    await clickToNavigate(
      page,
      page.locator('[data-qa=retired-entries] tr', { hasText: title }).getByRole('link', { name: `Change ${title}` }),
    )
    expect(await page.locator('[data-qa=retired]').count()).toBe(1)
    await expectUsableOnThisScreen(page)

    await visit(page, '/admin/toolkit/import')
    expect(await heading(page)).toBe('Import Toolkit interventions')
    expect(await page.locator('[data-qa=example-csv]').getAttribute('href')).toBe('/admin/toolkit/import/example.csv')
    await expectUsableOnThisScreen(page)
    await page.locator('input[type=file]').setInputFiles(toolkitCsv(viewport))
    await clickToNavigate(page, page.locator('[data-qa=check-file]'))
    expect(await heading(page)).toBe(`Check the import of toolkit-${viewport}.csv`)
    const rows = page.locator('[data-qa=import-row]')
    expect(await rows.nth(0).getAttribute('data-kind')).toBe('new')
    expect(await rows.nth(1).getAttribute('data-kind')).toBe('error')
    expect(await rows.nth(1).innerText()).toContain('Row 3, column evidence_strength')
    await expectUsableOnThisScreen(page)
    await clickToNavigate(page, page.locator('[data-qa=commit]'))
    expect(await page.locator('[data-qa=saved]').innerText()).toContain(
      '1 added, 0 changed, 0 unchanged, 1 rows with errors left out',
    )
    expect(await page.locator('[data-qa=live-entries]').innerText()).toContain(`Imported cocooning (${viewport})`)
    await page.context().close()
  }, 240_000)

  it('a visitor opens a practice’s evidence panel and its Toolkit page', async () => {
    const page = await pageAt(viewport)
    await visit(page, '/practices?evidence=yes')
    const results = page.locator('[data-qa=results] h3 a')
    expect(await results.count()).toBeGreaterThan(0)
    await expectUsableOnThisScreen(page)
    await clickToNavigate(page, results.first())
    const panel = page.locator('[data-qa=evidence]')
    expect(await panel.locator('[data-qa=evidence-link]').count()).toBeGreaterThan(0)
    const headline = await panel.locator('[data-qa=evidence-headline]').first().innerText()
    expect(headline).toContain('Effect')
    expect(headline).toContain('Strength of evidence')
    expect(headline).toContain('Economic cost')
    await expectUsableOnThisScreen(page)
    const practiceTitle = await heading(page)

    await clickToNavigate(page, panel.locator('[data-qa=evidence-toolkit-page]').first())
    expect(page.url()).toMatch(/\/toolkit\/sample-/)
    expect(await page.locator('[data-qa=entry-sample]').count()).toBe(1)
    expect(await page.locator('[data-qa=entry-emmie] tbody tr').count()).toBe(5)
    expect(await page.locator('[data-qa=linked-practice]').innerText()).toContain(practiceTitle)
    await expectUsableOnThisScreen(page)

    await clickToNavigate(page, page.getByRole('link', { name: 'All What Works evidence' }))
    expect(await heading(page)).toBe('What Works evidence')
    expect(await page.locator('[data-qa=toolkit-entry]').count()).toBeGreaterThanOrEqual(6)
    await expectUsableOnThisScreen(page)
    await page.context().close()
  }, 240_000)
})
