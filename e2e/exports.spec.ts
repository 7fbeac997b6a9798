import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { visit } from './pages/app-page.js'
import { DataPage } from './pages/data-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { SearchPage } from './pages/search-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { closeContexts, launchBrowser, newVisitorPage } from './support/browser.js'

const sizes = ['desktop', 'phone'] as const
const SEARCH = '/practices?topic=domestic-abuse&sort=title'

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: await readFile(path) }
}

describe('exports and feeds of a search', () => {
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

  it.each(sizes)('a visitor downloads the results of a search and finds its feed (%s)', async (size) => {
    const page = await newVisitorPage(browser, { viewport: size })
    await visit(page, SEARCH)
    const search = await SearchPage.verifyOnPage(page)
    const total = await search.total()
    expect(total).toBeGreaterThan(0)

    const csvLink = page.locator('[data-qa="export-csv"]')
    await expect.poll(() => csvLink.isVisible()).toBe(true)
    expect(await page.locator('[data-qa="download-results"]').innerText()).toContain('Download these results')
    const csv = await download(page, csvLink)
    expect(csv.name).toMatch(/^practice-search-\d{4}-\d\d-\d\d\.csv$/)
    const rows = parse(csv.bytes, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.length).toBe(total)
    expect(rows.every((row) => row.Topics?.includes('Domestic abuse'))).toBe(true)

    const xlsx = await download(page, page.locator('[data-qa="export-xlsx"]'))
    expect(xlsx.name).toMatch(/\.xlsx$/)
    // a workbook is a zip file
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK')

    const feedLink = page.locator('[data-qa="feed-link"]')
    expect(await feedLink.isVisible()).toBe(true)
    const alternate = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')
    expect(alternate).toBe('/practices/feed.atom?topic=domestic-abuse')
    expect(await feedLink.getAttribute('href')).toBe(alternate)
    const feed = await page.request.get(alternate ?? '')
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    await expectNoAxeViolations(page)
  })

  it.each(sizes)('a visitor reads the open-data field list and downloads the files (%s)', async (size) => {
    const page = await newVisitorPage(browser, { viewport: size })
    await visit(page, '/practices')
    await clickToNavigate(page, page.locator('.govuk-footer a[href="/data"]'))
    const data = await DataPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    await expectFitsTheScreen(page)
    const fields = await data.fields.count()
    expect(fields).toBeGreaterThan(20)

    const csv = await download(page, data.csvLink)
    const [headings] = parse(csv.bytes, { bom: true, to_line: 1 }) as string[][]
    expect(headings?.length).toBe(fields)
    const jsonl = await download(page, data.jsonLinesLink)
    const first = JSON.parse(jsonl.bytes.toString('utf8').split('\n')[0] ?? '{}') as Record<string, unknown>
    expect(Object.keys(first).length).toBe(fields)
  })
})
