import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** WCAG 2.2 AA, the standard public sector services must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe names an element by a CSS selector, or by a list of them when it sits inside shadow roots. */
const describeTarget = (target: readonly unknown[]): string =>
  target.map((part) => (Array.isArray(part) ? part.flat(Infinity).join(' >>> ') : String(part))).join(', ')

/** Runs axe over the whole page and fails with one line per offending element. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const problems = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} [${describeTarget(node.target)}]`),
  )
  expect(problems, `axe found violations on ${page.url()}:\n  ${problems.join('\n  ')}\n`).toEqual([])
}

/** Nothing on the page is wider than the screen, so no one has to scroll sideways to read it. */
export async function expectFitsTheScreen(page: Page): Promise<void> {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const tooWide = [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.closest('.govuk-visually-hidden, [hidden]'))
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`)
    return { scroll: document.documentElement.scrollWidth, width, tooWide: tooWide.slice(0, 5) }
  })
  expect(wide.scroll, `${page.url()} is wider than the screen: ${wide.tooWide.join(' ')}`).toBeLessThanOrEqual(
    wide.width,
  )
}

/** The checks every page of a small-screen journey passes: axe, and it fits the screen. */
export async function expectUsableOnThisScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page)
  await expectFitsTheScreen(page)
}
