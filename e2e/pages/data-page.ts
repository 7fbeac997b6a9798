import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'

/** /data: the open-data files and the list of their fields. */
export class DataPage extends AppPage {
  static readonly path = '/data'

  readonly csvLink: Locator
  readonly jsonLinesLink: Locator
  readonly fields: Locator

  private constructor(page: Page) {
    super(page)
    this.csvLink = page.locator('[data-qa="open-data-csv"]')
    this.jsonLinesLink = page.locator('[data-qa="open-data-jsonl"]')
    this.fields = page.locator('[data-qa="fields"] [data-qa="field"]')
  }

  static async verifyOnPage(page: Page): Promise<DataPage> {
    const data = new DataPage(page)
    await AppPage.expectHeading(page, data.heading, 'Open data')
    return data
  }
}
