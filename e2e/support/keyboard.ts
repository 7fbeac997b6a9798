import type { Locator, Page } from 'playwright-core'

/** More than the number of focusable things on any page, so a missing target fails instead of looping. */
const maxPresses = 400

/** True when the element that has focus is one of the elements the locator finds. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluateAll((elements) => elements.some((element) => element === document.activeElement))
}

/**
 * Presses Tab (or Shift+Tab) until focus lands on something the locator finds, as a keyboard user would,
 * and returns the focused element. Fails, naming the locator, when the whole page has been passed through.
 */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<Locator> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab'
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press(key)
    if (await hasFocus(target)) return page.locator('*:focus')
  }
  throw new Error(`pressed ${key} ${maxPresses} times without reaching ${target.toString()}`)
}

/** Presses a key that should load a new page (Enter on a link or a button), and waits for that page. */
export async function pressToNavigate(page: Page, key = 'Enter'): Promise<void> {
  const loaded = page.waitForEvent('load')
  await page.keyboard.press(key)
  await loaded
}

/** Presses the down arrow through a list (such as type-ahead suggestions) until the target has focus. */
export async function arrowDownTo(page: Page, target: Locator, maxPressesInList = 60): Promise<void> {
  for (let presses = 0; presses < maxPressesInList; presses += 1) {
    if (await hasFocus(target)) return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`pressed ArrowDown ${maxPressesInList} times without reaching ${target.toString()}`)
}

/**
 * Opens the file chooser of the focused file input with the Space key and picks `file`. On a loaded
 * machine Chromium now and then lets one key press pass without opening the chooser (both attachment
 * journeys have timed out on it in CI), so the key is pressed again, up to three times, while the input
 * still has focus; it fails if the chooser never opens or focus has moved.
 */
export async function chooseFileByKeyboard(
  page: Page,
  input: Locator,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    if (!(await hasFocus(input))) throw new Error(`${input.toString()} lost focus before its file chooser opened`)
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => null)
    await page.keyboard.press('Space')
    const opened = await chooser
    if (opened) return opened.setFiles(file)
  }
  throw new Error(`Space on ${input.toString()} did not open its file chooser in three tries`)
}
