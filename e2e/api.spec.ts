import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { ApiPage, ApiTokensPage, NewApiTokenPage } from './pages/api-pages.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'

const officer = 'officer@demo.police.uk'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  if (page.viewportSize()?.width === 390) await expectFitsTheScreen(page)
}

describe('a personal API token', () => {
  it.each<ViewportName>(['desktop', 'phone'])('is made, shown once, used and revoked (%s)', async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    await signIn(page, officer, DEMO_PASSWORD)
    await clickToNavigate(page, page.locator('[data-qa="api-tokens-link"]'))
    let tokens = await ApiTokensPage.verifyOnPage(page)
    await checkPage(page)

    // Nothing typed: the GOV.UK error summary, and still accessible.
    await clickToNavigate(page, tokens.makeButton, 400)
    tokens = await ApiTokensPage.verifyOnPage(page)
    expect(await tokens.errorSummary.messages()).toEqual(['Enter a name for the token'])
    await checkPage(page)

    const name = `Intranet list on a ${viewport}`
    await tokens.nameInput.fill(name)
    await page.getByLabel('In 30 days').check()
    await clickToNavigate(page, tokens.makeButton)
    const created = await NewApiTokenPage.verifyOnPage(page)
    await checkPage(page)
    const token = await created.token.inputValue()
    expect(token).toMatch(/^pbt_/)

    // The token reads the API as its owner: a police member reads policing-only practice.
    const headers = { authorization: `Bearer ${token}` }
    const withToken = await page.request.get('/api/v1/practices?pageSize=100', { headers })
    expect(withToken.status()).toBe(200)
    const visibilities = ((await withToken.json()) as { results: { visibility: string }[] }).results.map(
      (r) => r.visibility,
    )
    expect(visibilities).toContain('policing')
    // The same token downloads a search's export as its owner, policing-only practice included.
    const exported = await page.request.get('/practices/export.csv?sort=title', { headers })
    expect(exported.status()).toBe(200)
    expect(await exported.text()).toContain(',policing,')

    await clickToNavigate(page, created.backLink)
    tokens = await ApiTokensPage.verifyOnPage(page)
    expect(await page.content()).not.toContain(token)
    const row = tokens.row(name)
    expect(await row.locator('[data-qa="token-prefix"]').innerText()).toBe(`${token.slice(0, 10)}…`)

    await clickToNavigate(page, row.locator('[data-qa="revoke"]'))
    tokens = await ApiTokensPage.verifyOnPage(page)
    expect(await tokens.flash.innerText()).toContain('The token has been revoked')
    expect((await tokens.row(name).locator('[data-qa="token-state"]').innerText()).trim()).toBe('Revoked')
    await checkPage(page)

    const refused = await page.request.get('/api/v1/practices', { headers })
    expect(refused.status()).toBe(401)
    expect(((await refused.json()) as { error: string }).error).toBe('token_revoked')
    const refusedExport = await page.request.get('/practices/export.csv', { headers })
    expect(refusedExport.status()).toBe(401)
    expect(((await refusedExport.json()) as { message: string }).message).toBe('This API token has been revoked')
    await page.context().close()
  })
})

describe('the API page', () => {
  it.each<ViewportName>(['desktop', 'phone'])('lists every route and explains tokens (%s)', async (viewport) => {
    const page = await newVisitorPage(browser, { viewport })
    await visit(page, ApiPage.path)
    const api = await ApiPage.verifyOnPage(page)
    expect(await api.routes.count()).toBeGreaterThanOrEqual(10)
    expect(await page.locator('a[href="/account/api-tokens"]').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-qa="token-exports"]').innerText()).toContain('/practices/export.csv')
    await checkPage(page)
    await page.context().close()
  })
})
