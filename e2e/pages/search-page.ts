import type { Locator, Page } from 'playwright-core'
import { AppPage, leadingNumber } from './app-page.js'

/** /practices: the search box, the MoJ filter, the results and the GOV.UK pagination. */
export class SearchPage extends AppPage {
  static readonly path = '/practices'

  readonly searchInput: Locator
  readonly searchButton: Locator
  readonly errorSummary: Locator
  readonly resultCount: Locator
  readonly results: Locator
  readonly resultLinks: Locator
  readonly noResults: Locator
  readonly showing: Locator
  readonly applyFiltersButton: Locator
  readonly selectedFilterTags: Locator
  readonly clearFiltersLink: Locator
  readonly nextPageLink: Locator
  readonly previousPageLink: Locator
  readonly currentPageItem: Locator
  /** "Showing results for …. Search instead for …" */
  readonly correctedNotice: Locator
  readonly didYouMean: Locator
  readonly alsoSearchedFor: Locator
  readonly relaxedNotice: Locator

  private constructor(page: Page) {
    super(page)
    this.searchInput = page.locator('#q')
    this.searchButton = page.locator('[data-qa="search-button"]')
    this.errorSummary = page.locator('.govuk-error-summary')
    this.resultCount = page.locator('[data-qa="result-count"]')
    this.results = page.locator('[data-qa="results"] [data-qa="result"]')
    this.resultLinks = page.locator('[data-qa="results"] [data-qa="result-link"]')
    this.noResults = page.locator('[data-qa="no-results"]')
    this.showing = page.locator('[data-qa="showing"]')
    this.applyFiltersButton = page.locator('[data-qa="apply-filters"]')
    this.selectedFilterTags = page.locator('.moj-filter__selected a.moj-filter__tag')
    this.clearFiltersLink = page.locator('.moj-filter__selected .moj-filter__heading-action a')
    const pagination = page.locator('[data-qa="pagination"]')
    this.nextPageLink = pagination.locator('.govuk-pagination__next a')
    this.previousPageLink = pagination.locator('.govuk-pagination__prev a')
    this.currentPageItem = pagination.locator('.govuk-pagination__item--current')
    this.correctedNotice = page.locator('[data-qa="corrected-notice"]')
    this.didYouMean = page.locator('[data-qa="did-you-mean"]')
    this.alsoSearchedFor = page.locator('[data-qa="also-searched-for"]')
    this.relaxedNotice = page.locator('[data-qa="relaxed-notice"]')
  }

  static async verifyOnPage(page: Page): Promise<SearchPage> {
    const search = new SearchPage(page)
    await AppPage.expectHeading(page, search.heading, 'Find practice')
    await search.searchInput.waitFor({ state: 'visible' })
    return search
  }

  /** The checkboxes of one filter group, such as "region" or "topic". */
  facetOptions(name: string): Locator {
    return this.page.locator(`[data-qa="facet-${name}"] input[type="checkbox"]`)
  }

  /** The label of a checkbox, such as "North West (4)". */
  async labelOf(checkbox: Locator): Promise<string> {
    const id = await checkbox.getAttribute('id')
    if (!id) throw new Error('a filter checkbox has no id, so it cannot have a label')
    return (await this.page.locator(`label[for="${id}"]`).innerText()).trim()
  }

  /** How many practice examples the page says it found. */
  async total(): Promise<number> {
    return leadingNumber(await this.resultCount.innerText())
  }
}
