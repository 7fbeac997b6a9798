import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { AccountNavigation, ErrorSummary } from './navigation.js'

/** What every admin page shares: the "Admin" sub-navigation. */
abstract class AdminPage extends AppPage {
  readonly subNavigation: Locator
  readonly navigation: AccountNavigation

  protected constructor(page: Page) {
    super(page)
    this.subNavigation = page.locator('nav.moj-sub-navigation[aria-label="Admin"]')
    this.navigation = new AccountNavigation(page)
  }

  /** The sub-navigation link marked as the current page. */
  get currentSection(): Locator {
    return this.subNavigation.locator('a[aria-current="page"]')
  }
}

/** /admin/users: the search form and the table of accounts. */
export class AdminUsersPage extends AdminPage {
  static readonly path = '/admin/users'

  readonly searchInput: Locator
  readonly searchButton: Locator
  readonly table: Locator
  readonly rows: Locator

  private constructor(page: Page) {
    super(page)
    this.searchInput = page.locator('main form[role="search"] #q')
    this.searchButton = page.locator('main form[role="search"] button')
    this.table = page.locator('[data-qa="users"]')
    this.rows = this.table.locator('tbody tr')
  }

  static async verifyOnPage(page: Page): Promise<AdminUsersPage> {
    const users = new AdminUsersPage(page)
    await AppPage.expectHeading(page, users.heading, 'Users')
    await users.table.waitFor({ state: 'visible' })
    return users
  }

  /** The row of the account with this e-mail address. */
  rowFor(email: string): Locator {
    return this.rows.filter({ has: this.page.locator('td', { hasText: new RegExp(`^${escapeRegExp(email)}$`) }) })
  }

  /** The cells of a row as text, in column order: name, e-mail address, organisation, roles, status. */
  async cells(row: Locator): Promise<string[]> {
    return (await row.locator('td').allInnerTexts()).map((text) => text.trim())
  }
}

/** /admin/users/:id: one account, its roles, the form to give a role and the button to disable it. */
export class AdminUserPage extends AdminPage {
  readonly details: Locator
  readonly rolesTable: Locator
  readonly roleRows: Locator
  readonly giveRoleButton: Locator
  readonly auditLogLink: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.details = page.locator('[data-qa="user-details"]')
    this.rolesTable = page.locator('[data-qa="roles"]')
    this.roleRows = this.rolesTable.locator('tbody tr')
    this.giveRoleButton = page.locator('[data-qa="grant-role"]')
    this.auditLogLink = page.locator('main a[href^="/admin/audit?user="]')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page, name?: string): Promise<AdminUserPage> {
    const user = new AdminUserPage(page)
    await AppPage.expectHeading(page, user.heading, name ?? /\S/)
    await user.giveRoleButton.waitFor({ state: 'visible' })
    return user
  }

  /** The radio for a role in "Give a role", by its label, such as "Reviewer". */
  roleRadio(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true })
  }

  /** The "Remove" button of a role the account holds, named for screen readers "Remove Reviewer role". */
  removeButton(label: string): Locator {
    return this.rolesTable.getByRole('button', { name: `Remove ${label} role`, exact: true })
  }

  /** The roles the account holds, as the table names them. */
  async roles(): Promise<string[]> {
    if (!(await this.rolesTable.count())) return []
    return (await this.roleRows.locator('td:first-child').allInnerTexts()).map((text) => text.trim())
  }
}

/** /admin/outbox: e-mail the service has queued, newest first, each body inside "Read the e-mail". */
export class AdminOutboxPage extends AdminPage {
  static readonly path = '/admin/outbox'

  readonly emails: Locator

  private constructor(page: Page) {
    super(page)
    this.emails = page.locator('[data-qa="emails"] > li.app-result')
  }

  static async verifyOnPage(page: Page): Promise<AdminOutboxPage> {
    const outbox = new AdminOutboxPage(page)
    await AppPage.expectHeading(page, outbox.heading, 'Outgoing e-mail')
    await page.locator('[data-qa="emails"]').waitFor({ state: 'visible' })
    return outbox
  }

  /** The e-mails to one address, newest first, optionally only those with this subject. */
  emailsTo(address: string, subject?: string): Locator {
    let emails = this.emails.filter({ hasText: `To ${address} ·` })
    if (subject) emails = emails.filter({ has: this.page.locator('h2', { hasText: subject }) })
    return emails
  }

  /** Opens "Read the e-mail" on one e-mail, as an admin would, and returns its body. */
  async readEmail(email: Locator): Promise<string> {
    const details = email.locator('details.govuk-details')
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click()
    const body = details.locator('pre.app-email-body')
    await body.waitFor({ state: 'visible' })
    return body.innerText()
  }

  /** Opens "Read the e-mail" and returns the extra headers shown above the body, one `Name: value` a line. */
  async readHeaders(email: Locator): Promise<string> {
    await this.readEmail(email)
    return email.locator('[data-qa="email-headers"]').innerText()
  }
}

/** /admin/audit: the latest audit events, which can be narrowed to one action or one account. */
export class AdminAuditPage extends AdminPage {
  static readonly path = '/admin/audit'

  readonly actionSelect: Locator
  readonly filterButton: Locator
  readonly table: Locator
  readonly rows: Locator

  private constructor(page: Page) {
    super(page)
    this.actionSelect = page.locator('select#action')
    this.filterButton = page.locator('main form[action="/admin/audit"] button')
    this.table = page.locator('[data-qa="audit-events"]')
    this.rows = this.table.locator('tbody tr')
  }

  static async verifyOnPage(page: Page): Promise<AdminAuditPage> {
    const audit = new AdminAuditPage(page)
    await AppPage.expectHeading(page, audit.heading, 'Audit log')
    await audit.table.waitFor({ state: 'visible' })
    return audit
  }

  /** Each event as its cells' text, spaces collapsed: when, action, account ("name e-mail"), by, from. */
  async events(): Promise<string[][]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    )
  }
}

/** The GOV.UK page for someone signed in without the role a page needs (403). */
export class ForbiddenPage extends AppPage {
  readonly accountLink: Locator

  private constructor(page: Page) {
    super(page)
    this.accountLink = page.locator('main a[href="/account"]')
  }

  static async verifyOnPage(page: Page): Promise<ForbiddenPage> {
    const forbidden = new ForbiddenPage(page)
    await AppPage.expectHeading(
      page,
      page.locator('[data-qa="page-heading"]'),
      'You do not have permission to see this page',
    )
    return forbidden
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** /admin/synonyms: the search synonym groups, each with change and delete links. */
export class AdminSynonymsPage extends AdminPage {
  static readonly path = '/admin/synonyms'

  readonly addLink: Locator
  readonly terms: Locator
  readonly savedBanner: Locator

  private constructor(page: Page) {
    super(page)
    this.addLink = page.locator('[data-qa="add-group"]')
    this.terms = page.locator('[data-qa="synonym-groups"] [data-qa="terms"]')
    this.savedBanner = page.locator('[data-qa="saved"]')
  }

  static async verifyOnPage(page: Page): Promise<AdminSynonymsPage> {
    const synonyms = new AdminSynonymsPage(page)
    await AppPage.expectHeading(page, synonyms.heading, 'Search synonyms')
    return synonyms
  }
}

/** /admin/synonyms/new and /admin/synonyms/:id: the terms of one group, one per line. */
export class SynonymGroupPage extends AppPage {
  readonly termsInput: Locator
  readonly saveButton: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.termsInput = page.locator('#terms')
    this.saveButton = page.locator('[data-qa="save-group"]')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page, heading: string): Promise<SynonymGroupPage> {
    const group = new SynonymGroupPage(page)
    await AppPage.expectHeading(page, group.heading, heading)
    return group
  }
}
