import type { Browser } from 'playwright-core'
import { expect } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../../src/db/seed/seed-demo-users.js'
import { AdminOutboxPage } from '../pages/admin-pages.js'
import { signIn } from '../pages/sign-in-page.js'
import { expectNoAxeViolations } from './axe.js'
import { newVisitorPage } from './browser.js'

/**
 * E-mail is not sent in the journeys: the demo admin signs in, in a browser context of their own, opens
 * the newest e-mail to `address` with this subject in the outbox, and returns the path of the link in it
 * that starts with `linkPath`. The link's host is the app's configured address, not the test server's,
 * so only the path is kept.
 */
export async function linkFromOutbox(
  browser: Browser,
  address: string,
  subject: string,
  linkPath: string,
): Promise<string> {
  const admin = demoUsers.find((demo) => demo.label === 'admin')
  if (!admin) throw new Error('no demo admin')
  const page = await newVisitorPage(browser)
  try {
    await signIn(page, admin.email, DEMO_PASSWORD, AdminOutboxPage.path)
    const outbox = await AdminOutboxPage.verifyOnPage(page)
    const emails = outbox.emailsTo(address, subject)
    expect(await emails.count(), `"${subject}" e-mails to ${address} in the outbox`).toBe(1)
    const body = await outbox.readEmail(emails.first())
    const link = new RegExp(`https?://\\S+${linkPath}/\\S+`).exec(body)?.[0]
    if (!link) throw new Error(`no ${linkPath} link in the e-mail to ${address}:\n${body}`)
    return new URL(link).pathname
  } finally {
    await page.context().close()
  }
}

/**
 * The demo admin, in a browser context of their own, reads the newest e-mail to `address` whose subject
 * contains `subject` and returns its body; the outbox page is checked with axe, closed and open.
 */
export async function readFromOutbox(browser: Browser, address: string, subject: string): Promise<string> {
  const admin = demoUsers.find((demo) => demo.label === 'admin')
  if (!admin) throw new Error('no demo admin')
  const page = await newVisitorPage(browser)
  try {
    await signIn(page, admin.email, DEMO_PASSWORD, AdminOutboxPage.path)
    const outbox = await AdminOutboxPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    const emails = outbox.emailsTo(address, subject)
    expect(await emails.count(), `"${subject}" e-mails to ${address} in the outbox`).toBeGreaterThan(0)
    const body = await outbox.readEmail(emails.first())
    await expectNoAxeViolations(page)
    return body
  } finally {
    await page.context().close()
  }
}
