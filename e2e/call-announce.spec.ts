import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_PASSWORD } from '../src/db/seed/seed-demo-users.js'
import { AdminOutboxPage } from './pages/admin-pages.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectFitsTheScreen, expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorPage, type ViewportName } from './support/browser.js'
import { linkFromOutbox } from './support/outbox.js'

const admin = 'admin@demo.police.uk'
const contributor = 'contributor@demo.example.org'
const forceLead = 'force.lead@demo.police.uk'
const callTitle = 'Voice of the Victim 2026'
const subject = `New call for practice: ${callTitle}`

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

describe('announcing the demo call', () => {
  let callPath = ''

  it.each(['phone', 'desktop'] as ViewportName[])(
    'shows the opt-in on the account page and the confirm page with its count (%s)',
    async (viewport) => {
      const page = await newVisitorPage(browser, { viewport })
      await signIn(page, contributor, DEMO_PASSWORD)
      expect(await page.locator('[data-qa=call-announcements-form] input[value=yes]').isChecked()).toBe(true)
      await checkPage(page)
      await page.context().close()

      const staff = await newVisitorPage(browser, { viewport })
      await signIn(staff, admin, DEMO_PASSWORD, '/admin/calls')
      await clickToNavigate(staff, staff.getByRole('link', { name: callTitle, exact: true }))
      callPath = new URL(staff.url()).pathname
      await clickToNavigate(staff, staff.locator('[data-qa=announce-link]'))
      // The demo force lead, and the demo contributor who asked.
      expect(await staff.locator('[data-qa=recipient-count]').innerText()).toMatch(/[1-9]\d* (person|people)/)
      await checkPage(staff)
      await staff.context().close()
    },
  )

  it('lets an admin send it once, and shows when and to how many', async () => {
    const page = await newVisitorPage(browser)
    await signIn(page, admin, DEMO_PASSWORD, `${callPath}/announce`)
    const count = /(\d+) (person|people)/.exec(await page.locator('[data-qa=recipient-count]').innerText())?.[1]
    expect(Number(count)).toBeGreaterThan(0)
    await clickToNavigate(page, page.locator('[data-qa=send-announcement]'))
    expect(await page.locator('[data-qa=saved]').innerText()).toContain('The announcement has been sent')
    expect(await page.locator('[data-qa=announced]').innerText()).toMatch(
      new RegExp(`Announced on .+ to ${count} (person|people)`),
    )
    expect(await page.locator('[data-qa=announce-link]').count()).toBe(0)
    await checkPage(page)
    await visit(page, `${callPath}/announce`)
    expect(await page.locator('[data-qa=announced]').innerText()).toContain('Each call is announced once')
    expect(await page.locator('[data-qa=send-announcement]').count()).toBe(0)
    await page.context().close()
  })

  it.each(['phone', 'desktop'] as ViewportName[])(
    'lets the contributor stop these e-mails from the link, without signing in (%s)',
    async (viewport) => {
      const path = await linkFromOutbox(browser, contributor, subject, '/calls/unsubscribe')
      const page = await newVisitorPage(browser, { viewport })
      await visit(page, path)
      const heading = await page.locator('h1').innerText()
      if (viewport === 'phone') {
        expect(heading).toBe('Stop e-mails about new calls?')
        await checkPage(page)
        await clickToNavigate(page, page.locator('[data-qa=confirm-unsubscribe]'))
        expect(await page.locator('[data-qa=unsubscribed]').innerText()).toContain('E-mails stopped')
      } else {
        expect(heading).toBe('These e-mails are already stopped')
      }
      await checkPage(page)
      await visit(page, '/calls/unsubscribe/not-a-link-we-sent', 404)
      expect(await page.locator('h1').innerText()).toBe('This link does not work')
      await checkPage(page)
      await page.context().close()
    },
  )

  it.each(['desktop', 'phone'] as ViewportName[])(
    'shows the one-click unsubscribe headers of each announcement in the outbox (%s)',
    async (viewport) => {
      const page = await newVisitorPage(browser, { viewport })
      await signIn(page, admin, DEMO_PASSWORD, AdminOutboxPage.path)
      const outbox = await AdminOutboxPage.verifyOnPage(page)
      const email = outbox.emailsTo(forceLead, subject).first()
      const headers = await outbox.readHeaders(email)
      expect(headers).toMatch(/^List-Unsubscribe: <https?:\/\/\S+\/calls\/unsubscribe\/[A-Za-z0-9_-]{43}>$/m)
      expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
      await checkPage(page)
      await page.context().close()
    },
  )

  it('lets a mail program’s one-click button stop the force lead’s announcements, with no session', async () => {
    const path = await linkFromOutbox(browser, forceLead, subject, '/calls/unsubscribe')
    // What a mail program sends (RFC 8058): no cookies, no CSRF token, just the one-click body.
    const response = await fetch(new URL(path, inject('baseUrl')), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    })
    expect(response.status).toBe(200)
    const page = await newVisitorPage(browser)
    await signIn(page, forceLead, DEMO_PASSWORD, '/account')
    expect(await page.locator('[data-qa=call-announcements-form] input[value=no]').isChecked()).toBe(true)
    await checkPage(page)
    await page.context().close()
  })
})
