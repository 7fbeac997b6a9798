import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export interface PageProblems {
  /** everything seen so far, one line each */
  readonly seen: string[]
  expectNone(): Promise<void>
}

/**
 * Records console errors (Chromium reports Content Security Policy violations there), uncaught
 * exceptions, and requests that failed or were answered with an error, from now on.
 */
export function watchForProblems(page: Page): PageProblems {
  const seen: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => {
    seen.push(`uncaught exception: ${error.message}`)
  })
  page.on('requestfailed', (request) => {
    seen.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown reason'})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return {
    seen,
    async expectNone() {
      // Console messages are reported asynchronously: a round trip to the page lets any pending ones arrive.
      await page.evaluate(() => document.readyState)
      expect(seen, `problems on ${page.url()}`).toEqual([])
    },
  }
}
