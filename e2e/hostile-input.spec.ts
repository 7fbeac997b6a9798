import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { visit } from './pages/app-page.js'
import { PracticePage } from './pages/practice-page.js'
import { SearchPage } from './pages/search-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { freshVisitorPerTest } from './support/browser.js'
import { hostileFieldsShown, hostilePractice, hostileSearchWord } from './support/hostile-practice.js'

declare global {
  interface Window {
    /** what the Content Security Policy blocked on this page, recorded from before the first script */
    cspViolations: string[]
  }
}

/** Dialogs any page of the test opened: a payload that ran would most likely call alert(). */
const dialogs: string[] = []

const visitor = freshVisitorPerTest()

/** Before the first page: record every dialog and every Content Security Policy violation. */
async function watch(page: Page): Promise<void> {
  dialogs.length = 0
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
}

/** Elements and attributes the payloads would add if a page showed them as markup. */
function injectedInPage(): string[] {
  const found: string[] = []
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src') ?? ''
    if (!src.startsWith('/assets/') || script.text.trim() !== '') found.push(`script ${src}`)
  }
  // GOV.UK details are ours (the review page's parts); any other details element was typed in.
  const tags = ['iframe', 'object', 'embed', 'base', 'math', 'marquee', 'video', 'details:not(.govuk-details)', 'style']
  for (const tag of [...tags, 'svg script']) if (document.querySelector(tag)) found.push(tag.replace(/:.*/, ''))
  if (document.querySelector('meta[http-equiv]')) found.push('meta http-equiv')
  for (const link of document.querySelectorAll('link[rel=stylesheet]'))
    if (!(link.getAttribute('href') ?? '').startsWith('/assets/')) found.push('link stylesheet')
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
      // eslint-disable-next-line no-control-regex
      if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${element.tagName}[${name}]`)
    }
  }
  return found
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(dialogs, 'dialogs opened').toEqual([])
  expect(await page.evaluate(() => window.cspViolations), 'Content Security Policy violations').toEqual([])
  expect(await page.locator('img[onerror], svg[onload], script:not([src^="/assets/"])').count()).toBe(0)
  expect(await page.evaluate(injectedInPage), 'markup injected by the payloads').toEqual([])
  expect(await page.title()).not.toBe('owned')
  // The layout's own scripts did run, so the checks above looked at a page with scripts on.
  expect(await page.locator('body.govuk-frontend-supported').count()).toBe(1)
}

describe('hostile input in a published practice is shown as typed, and nothing in it runs', () => {
  it('on the practice page', async () => {
    const page = visitor.page
    await watch(page)
    await visit(page, `/practices/${hostilePractice.slug}`)
    const practice = await PracticePage.verifyOnPage(page, hostilePractice.title)
    await expectNothingRan(page)

    expect((await practice.summary.innerText()).trim()).toBe(hostilePractice.summary)
    const text = await page.locator('main').innerText()
    for (const value of hostileFieldsShown) expect(text, 'shown as typed').toContain(value)
    expect(text).toContain('{{ 7*7 }}')
    expect(text, 'no template was evaluated').not.toMatch(/\b49\b/)
    await expectNoAxeViolations(page)
  })

  it('on the search results that find it', async () => {
    const page = visitor.page
    await watch(page)
    await visit(page, `${SearchPage.path}?q=${hostileSearchWord}`)
    const search = await SearchPage.verifyOnPage(page)
    expect(await search.results.count()).toBe(1)
    await expectNothingRan(page)

    expect((await search.resultLinks.innerText()).trim()).toBe(hostilePractice.title)
    const result = await search.results.innerText()
    expect(result).toContain(hostilePractice.summary)
    expect(result, 'no template was evaluated').not.toMatch(/\b49\b/)
    await expectNoAxeViolations(page)
  })
})
