import type { Page, Request } from 'playwright-core'
import { expect } from 'vitest'

export interface PageProblems {
  /** everything seen so far that counts as a problem, one line each */
  seen(): string[]
  expectNone(): Promise<void>
}

/**
 * Records console errors (Chromium reports Content Security Policy violations there), uncaught
 * exceptions, and requests that failed or were answered with an error, from now on.
 *
 * A request the browser abandoned because the page it belonged to was left (the favicon of one page still
 * loading when the test goes to the next; Chromium reports `net::ERR_ABORTED`) is not a problem of either
 * page; an abandoned request of the page still open is.
 */
export function watchForProblems(page: Page): PageProblems {
  const problems: string[] = []
  const abandoned: { line: string; document: number }[] = []
  // Which document of the main frame each request was asked for by, counted by navigations.
  let documents = 0
  const askedBy = new WeakMap<Request, number>()
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documents++
  })
  page.on('request', (request) => {
    askedBy.set(request, documents)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => {
    problems.push(`uncaught exception: ${error.message}`)
  })
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown reason'
    const line = `request failed: ${request.url()} (${reason})`
    if (reason === 'net::ERR_ABORTED' && !request.isNavigationRequest())
      abandoned.push({ line, document: askedBy.get(request) ?? documents })
    else problems.push(line)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  const seen = () => [...problems, ...abandoned.filter((a) => a.document === documents).map((a) => a.line)]
  return {
    seen,
    async expectNone() {
      // Console messages are reported asynchronously: a round trip to the page lets any pending ones arrive.
      await page.evaluate(() => document.readyState)
      expect(seen(), `problems on ${page.url()}`).toEqual([])
    },
  }
}
