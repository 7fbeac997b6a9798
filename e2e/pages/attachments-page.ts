import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** /submissions/:id/attachments: the files of a submission, the form to add one, and a button to remove each. */
export class AttachmentsPage extends AppPage {
  static path = (practiceId: number) => `/submissions/${practiceId}/attachments`

  readonly kindSelect: Locator
  readonly fileInput: Locator
  readonly uploadButton: Locator
  readonly rows: Locator
  readonly names: Locator
  readonly successBanner: Locator
  readonly noAttachments: Locator
  readonly backLink: Locator
  readonly errorSummary: ErrorSummary

  private constructor(page: Page) {
    super(page)
    this.kindSelect = page.locator('#kind')
    this.fileInput = page.locator('#file')
    this.uploadButton = page.locator('[data-qa="upload"]')
    this.rows = page.locator('[data-qa="attachment"]')
    this.names = page.locator('[data-qa="attachment-name"]')
    this.successBanner = page.locator('[data-qa="flash"]')
    this.noAttachments = page.locator('[data-qa="no-attachments"]')
    this.backLink = page.locator('a.govuk-back-link')
    this.errorSummary = new ErrorSummary(page)
  }

  static async verifyOnPage(page: Page): Promise<AttachmentsPage> {
    const attachments = new AttachmentsPage(page)
    await AppPage.expectHeading(page, attachments.heading, 'Attachments')
    expect(new URL(page.url()).pathname).toMatch(/^\/submissions\/\d+\/attachments$/)
    return attachments
  }

  /** The remove button of the file with this name. */
  removeButton(name: string): Locator {
    return this.rows
      .filter({ has: this.page.locator('[data-qa="attachment-name"]', { hasText: name }) })
      .locator('[data-qa="remove"]')
  }

  /** The inline message beside a field, such as "file" or "kind". */
  inlineError(fieldId: string): Locator {
    return this.page.locator(`#${fieldId}-error`)
  }
}
