import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import {
  AdminAuditPage,
  AdminOutboxPage,
  AdminSynonymsPage,
  AdminUserPage,
  AdminUsersPage,
  ForbiddenPage,
  SynonymGroupPage,
} from './pages/admin-pages.js'
import { visit } from './pages/app-page.js'
import { clickToNavigate } from './pages/navigation.js'
import { signIn } from './pages/sign-in-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { launchBrowser, newVisitorContext } from './support/browser.js'

const demo = (label: string) => {
  const user = demoUsers.find((candidate) => candidate.label === label)
  if (!user) throw new Error(`no demo user labelled "${label}"`)
  return user
}
const admin = demo('admin')
const reviewer = demo('reviewer')
const contributor = demo('contributor (partner, not police)')
// The audit log names people by name and e-mail, and gives times the GOV.UK way ("2 December 2026 at 3:04pm").
const account = `${contributor.name} ${contributor.email}`
const byAdmin = `${admin.name} ${admin.email}`
const govukDateTime = /^\d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}:\d{2}(am|pm)|midday|midnight)$/

// The demo admin's own journeys, with an axe check on each admin page. Sign-in is rate limited per address,
// so the admin signs in once and keeps the session for every test here.
describe('admin: users, roles, audit log and outgoing e-mail', () => {
  let browser: Browser
  let adminContext: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    adminContext = await newVisitorContext(browser)
    page = await adminContext.newPage()
    await signIn(page, admin.email, DEMO_PASSWORD, AdminUsersPage.path)
  })

  afterAll(async () => {
    await browser.close()
  })

  it('lists users and finds one by name or e-mail address', async () => {
    await visit(page, AdminUsersPage.path)
    let users = await AdminUsersPage.verifyOnPage(page)
    await users.navigation.expectSignedIn({ admin: true })
    expect((await users.currentSection.innerText()).trim()).toBe('Users')
    for (const user of demoUsers) expect(await users.rowFor(user.email).count(), user.email).toBe(1)
    await expectNoAxeViolations(page)

    await users.searchInput.fill('reviewer')
    await clickToNavigate(page, users.searchButton)
    users = await AdminUsersPage.verifyOnPage(page)
    expect(users.url.searchParams.get('q')).toBe('reviewer')
    expect(await users.searchInput.inputValue()).toBe('reviewer')
    expect(await users.rows.count()).toBe(1)
    expect(await users.cells(users.rowFor(reviewer.email))).toEqual([
      reviewer.name,
      reviewer.email,
      'National Crime Agency',
      'Reviewer',
      'Active',
    ])
    await expectNoAxeViolations(page)
  })

  it('gives a role to a user and removes it again, and the audit log records it', async () => {
    await visit(page, `${AdminUsersPage.path}?q=${encodeURIComponent(contributor.email)}`)
    const users = await AdminUsersPage.verifyOnPage(page)
    const row = users.rowFor(contributor.email)
    expect(await users.cells(row)).toEqual([
      contributor.name,
      contributor.email,
      'Cheshire Constabulary',
      'Contributor',
      'Active',
    ])

    await clickToNavigate(page, row.getByRole('link', { name: contributor.name, exact: true }))
    let user = await AdminUserPage.verifyOnPage(page, contributor.name)
    const userPath = user.url.pathname
    expect(userPath).toMatch(/^\/admin\/users\/\d+$/)
    expect(await user.roles()).toEqual([])
    await expectNoAxeViolations(page)

    // Give the Reviewer role.
    await user.roleRadio('Reviewer').check()
    await clickToNavigate(page, user.giveRoleButton)
    user = await AdminUserPage.verifyOnPage(page, contributor.name)
    expect(user.url.pathname).toBe(userPath)
    expect(await user.roles()).toEqual(['Reviewer'])
    expect(await user.removeButton('Reviewer').isVisible()).toBe(true)
    await expectNoAxeViolations(page)

    // Remove it again.
    await clickToNavigate(page, user.removeButton('Reviewer'))
    user = await AdminUserPage.verifyOnPage(page, contributor.name)
    expect(user.url.pathname).toBe(userPath)
    expect(await user.roles()).toEqual([])

    // The audit log has both changes, newest first: first this user's log, then every role given.
    await visit(page, AdminAuditPage.path)
    let audit = await AdminAuditPage.verifyOnPage(page)
    expect((await audit.currentSection.innerText()).trim()).toBe('Audit log')
    await expectNoAxeViolations(page)

    await visit(page, userPath)
    user = await AdminUserPage.verifyOnPage(page, contributor.name)
    await clickToNavigate(page, user.auditLogLink)
    audit = await AdminAuditPage.verifyOnPage(page)
    expect(audit.url.searchParams.get('user')).toBe(userPath.split('/').pop())
    // Other journeys sign the demo contributor in and submit as them; only the role changes matter here.
    const roleEvents = (await audit.events()).filter((cells) => cells[1]?.startsWith('role-'))
    expect(roleEvents).toEqual([
      [expect.stringMatching(govukDateTime), 'role-revoked', account, byAdmin, expect.any(String)],
      [expect.stringMatching(govukDateTime), 'role-granted', account, byAdmin, expect.any(String)],
    ])

    await audit.actionSelect.selectOption('role-granted')
    await clickToNavigate(page, audit.filterButton)
    audit = await AdminAuditPage.verifyOnPage(page)
    expect(audit.url.searchParams.get('action')).toBe('role-granted')
    expect(audit.url.searchParams.get('user')).toBe(userPath.split('/').pop())
    const granted = await audit.events()
    expect(granted.map((cells) => cells.slice(1, 3))).toEqual([['role-granted', account]])
    await expectNoAxeViolations(page)
  })

  it('shows outgoing e-mail', async () => {
    await visit(page, AdminOutboxPage.path)
    const outbox = await AdminOutboxPage.verifyOnPage(page)
    expect((await outbox.currentSection.innerText()).trim()).toBe('Outgoing e-mail')
    await expectNoAxeViolations(page)
  })

  it('adds a group of search synonyms, refusing one term alone', async () => {
    await visit(page, AdminSynonymsPage.path)
    let synonyms = await AdminSynonymsPage.verifyOnPage(page)
    expect(await synonyms.terms.allInnerTexts()).toContain('female genital mutilation, FGM')
    await expectNoAxeViolations(page)

    await clickToNavigate(page, synonyms.addLink)
    let group = await SynonymGroupPage.verifyOnPage(page, 'Add a synonym group')
    await group.termsInput.fill('lone working')
    await clickToNavigate(page, group.saveButton, 400)
    group = await SynonymGroupPage.verifyOnPage(page, 'Add a synonym group')
    expect(await group.errorSummary.messages()).toEqual([
      'Enter at least two terms that mean the same, one on each line',
    ])
    await expectNoAxeViolations(page)

    await group.termsInput.fill('lone working\nworking alone')
    await clickToNavigate(page, group.saveButton)
    synonyms = await AdminSynonymsPage.verifyOnPage(page)
    expect(await synonyms.savedBanner.innerText()).toContain('The synonym group has been added')
    expect(await synonyms.terms.allInnerTexts()).toContain('lone working, working alone')
  })
})

describe('admin pages for someone who is not an admin', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  it('the demo contributor gets the 403 page', async () => {
    const context = await newVisitorContext(browser)
    const page = await context.newPage()
    await signIn(page, contributor.email, DEMO_PASSWORD)
    await visit(page, AdminUsersPage.path, 403)
    const forbidden = await ForbiddenPage.verifyOnPage(page)
    expect(await forbidden.accountLink.isVisible()).toBe(true)
    expect(await page.locator('[data-qa="nav-admin"]').count()).toBe(0)
    expect(await page.locator('[data-qa="users"]').count()).toBe(0)
    await expectNoAxeViolations(page)
  })
})
