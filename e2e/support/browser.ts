import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'

/** Debian's Chromium: the journeys never download a browser. */
export const chromiumPath = '/usr/bin/chromium'

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
}

/** The screen sizes journeys with a form or a filter are tried at: a phone, a tablet and a desktop. */
export const viewports = {
  phone: { width: 390, height: 844 },
  /** a large phone on its side, or a small tablet: where the layout changes from one column */
  narrow: { width: 640, height: 960 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1280, height: 900 },
} as const
export type ViewportName = keyof typeof viewports

export interface ContextOptions {
  /** false browses as someone whose browser runs no scripts: every journey must still work */
  javaScriptEnabled?: boolean
  /** the screen size; desktop unless given */
  viewport?: ViewportName
}

/** A fresh visitor in London, pointed at the app that global-setup.ts started. */
export function newVisitorContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: inject('baseUrl'),
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { ...viewports[options.viewport ?? 'desktop'] },
  })
}

export async function newVisitorPage(browser: Browser, options: ContextOptions = {}): Promise<Page> {
  const context = await newVisitorContext(browser, options)
  return context.newPage()
}

/** Ends every visitor's session, so each test starts with no cookies, cache or open pages. */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()))
}

/**
 * For a describe block where every test starts as a new visitor: one browser for the block and a fresh
 * page (and context) per test. Read `visitor.page` inside tests and hooks.
 */
export function freshVisitorPerTest(onPage?: (page: Page) => void): { readonly browser: Browser; readonly page: Page } {
  let browser: Browser | undefined
  let page: Page | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start')
    page = await newVisitorPage(browser)
    onPage?.(page)
  })
  afterEach(async () => {
    if (browser) await closeContexts(browser)
  })
  return {
    get browser() {
      if (!browser) throw new Error('the browser did not start')
      return browser
    },
    get page() {
      if (!page) throw new Error('no page: read it inside a test')
      return page
    },
  }
}
