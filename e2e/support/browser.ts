import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

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

export interface ContextOptions {
  /** false browses as someone whose browser runs no scripts: every journey must still work */
  javaScriptEnabled?: boolean
}

/** A fresh visitor in London, pointed at the app that global-setup.ts started. */
export function newVisitorContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: inject('baseUrl'),
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
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
