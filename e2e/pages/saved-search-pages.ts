import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /account/saved-searches/new: the search in words, a name and how often to e-mail. */
export class SaveSearchPage extends AppPage {
  readonly errorSummary: ErrorSummary
  readonly name: Locator
  readonly description: Locator
  readonly saveButton: Locator

  private constructor(page: Page) {
    super(page)
    this.errorSummary = new ErrorSummary(page)
    this.name = page.locator('#name')
    this.description = page.locator('[data-qa="search-description"]')
    this.saveButton = page.locator('[data-qa="save-search"]')
  }

  static async verifyOnPage(page: Page): Promise<SaveSearchPage> {
    const form = new SaveSearchPage(page)
    await AppPage.expectHeading(page, form.heading, 'Save this search')
    return form
  }

  frequency(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }
}

/** /account/saved-searches: each saved search with its e-mails and links to change or delete it. */
export class SavedSearchesPage extends AppPage {
  static readonly path = '/account/saved-searches'
  readonly flash: Locator
  readonly names: Locator

  private constructor(page: Page) {
    super(page)
    this.flash = page.locator('[data-qa="flash"]')
    this.names = page.locator('[data-qa="saved-search-name"]')
  }

  static async verifyOnPage(page: Page): Promise<SavedSearchesPage> {
    const list = new SavedSearchesPage(page)
    await AppPage.expectHeading(page, list.heading, 'Your saved searches')
    return list
  }

  item(name: string): Locator {
    return this.page.locator('li[data-qa^="saved-search-"]').filter({ has: this.page.getByRole('link', { name }) })
  }
}

/** /account/saved-searches/:id: rename and change the e-mails. */
export class EditSavedSearchPage extends AppPage {
  readonly name: Locator
  readonly saveButton: Locator

  private constructor(page: Page) {
    super(page)
    this.name = page.locator('#name')
    this.saveButton = page.locator('[data-qa="save-changes"]')
  }

  static async verifyOnPage(page: Page): Promise<EditSavedSearchPage> {
    const form = new EditSavedSearchPage(page)
    await AppPage.expectHeading(page, form.heading, 'Change a saved search')
    return form
  }
}

/** The pages of the unsubscribe link in an alert, which need no signing in. */
export class UnsubscribePage extends AppPage {
  readonly confirmButton: Locator
  readonly done: Locator

  private constructor(page: Page) {
    super(page)
    this.confirmButton = page.locator('[data-qa="confirm-unsubscribe"]')
    this.done = page.locator('[data-qa="unsubscribed"]')
  }

  static async verifyOnPage(page: Page, heading: string | RegExp): Promise<UnsubscribePage> {
    const unsubscribe = new UnsubscribePage(page)
    await AppPage.expectHeading(page, unsubscribe.heading, heading)
    return unsubscribe
  }
}
