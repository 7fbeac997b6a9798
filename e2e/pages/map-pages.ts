import type { Locator, Page } from 'playwright-core'
import { AppPage, leadingNumber } from './app-page.js'

/** /map: the hexagon cartogram of forces, its filters and the same figures as a table. */
export class MapPage extends AppPage {
  static readonly path = '/map'

  readonly map: Locator
  readonly hexes: Locator
  readonly total: Locator
  readonly applyFilters: Locator
  readonly table: Locator

  private constructor(page: Page) {
    super(page)
    this.map = page.locator('[data-qa="hex-map"]')
    this.hexes = page.locator('[data-qa="hex"]')
    this.total = page.locator('[data-qa="map-total"]')
    this.applyFilters = page.locator('[data-qa="map-apply"]')
    this.table = page.locator('[data-qa="map-table"]')
  }

  static async verifyOnPage(page: Page): Promise<MapPage> {
    const map = new MapPage(page)
    await AppPage.expectHeading(page, map.heading, 'Practice map')
    await map.map.waitFor({ state: 'visible' })
    return map
  }

  hex(force: string): Locator {
    return this.page.locator(`[data-qa="hex"][data-force="${force}"]`)
  }

  tipOf(force: string): Locator {
    return this.hex(force).locator('[data-qa="hex-tip"]')
  }

  facet(name: string): Locator {
    return this.page.locator(`[data-qa="map-facet-${name}"]`)
  }

  /** The first force (in table order) with at least one, and its count. */
  async firstForceWithPractice(): Promise<{ force: string; count: number }> {
    const rows = this.page.locator('[data-qa="map-row"]')
    for (let i = 0; i < (await rows.count()); i += 1) {
      const count = leadingNumber(await rows.nth(i).locator('[data-qa="map-count"]').innerText())
      if (count > 0) return { force: (await rows.nth(i).getAttribute('data-force')) ?? '', count }
    }
    throw new Error('no force on the map has any practice')
  }
}

/** /map/coverage: topics by region (or purpose), with the gaps. */
export class CoveragePage extends AppPage {
  static readonly path = '/map/coverage'

  readonly grid: Locator
  readonly gaps: Locator

  private constructor(page: Page) {
    super(page)
    this.grid = page.locator('[data-qa="coverage-grid"]')
    this.gaps = page.locator('[data-qa="largest-gaps"] li')
  }

  static async verifyOnPage(page: Page): Promise<CoveragePage> {
    const coverage = new CoveragePage(page)
    await AppPage.expectHeading(page, coverage.heading, 'Coverage of practice')
    await coverage.grid.waitFor({ state: 'visible' })
    return coverage
  }
}

/** /practices/:slug/adoption: "we use this too". */
export class AdoptionPage extends AppPage {
  readonly save: Locator

  private constructor(page: Page) {
    super(page)
    this.save = page.locator('[data-qa="save-adoption"]')
  }

  static async verifyOnPage(page: Page): Promise<AdoptionPage> {
    const adoption = new AdoptionPage(page)
    await AppPage.expectHeading(page, adoption.heading, /^Does .+ use this practice\?$/)
    return adoption
  }

  kind(value: 'adopted' | 'adapted' | 'decided-against'): Locator {
    return this.page.locator(`input[name="kind"][value="${value}"]`)
  }
}
