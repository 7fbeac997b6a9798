import type { Locator, Page } from 'playwright-core'
import { AppPage } from './app-page.js'
import { ErrorSummary } from './navigation.js'

/** The scores form of one criterion: its 1–5 radios and its rationale. */
export class CriterionScoreField {
  readonly rationale: Locator

  constructor(
    private readonly form: Locator,
    readonly key: string,
  ) {
    this.rationale = form.locator(`textarea[name="rationale-${key}"]`)
  }

  score(value: number): Locator {
    return this.form.locator(`input[name="score-${this.key}"][value="${value}"]`)
  }

  async fill(score: number, rationale: string): Promise<void> {
    await this.score(score).check()
    await this.rationale.fill(rationale)
  }
}

/** A form of one score and rationale per criterion: a reviewer's own assessment, or the consensus. */
export class ScoresForm {
  constructor(readonly root: Locator) {}

  field(key: string): CriterionScoreField {
    return new CriterionScoreField(this.root, key)
  }

  /** Scores every criterion, in order, with "<note>: <key>" as each rationale. */
  async fillAll(keys: readonly string[], scores: readonly number[], note: string): Promise<void> {
    for (const [i, key] of keys.entries()) await this.field(key).fill(scores[i] ?? 3, `${note}: ${key}`)
  }
}

/** /review/:reference/assessment */
export class AssessmentPage extends AppPage {
  readonly errorSummary: ErrorSummary
  readonly successBanner: Locator
  readonly summary: Locator
  readonly ownForm: ScoresForm
  readonly completeButton: Locator
  readonly saveDraftButton: Locator
  readonly blindNotice: Locator
  readonly ownScores: Locator
  readonly comparison: Locator
  readonly comparisonRows: Locator
  readonly disagreement: Locator
  readonly consensusForm: ScoresForm
  readonly recordConsensusButton: Locator
  readonly consensusScores: Locator
  readonly shortlistButton: Locator
  readonly shortlistHint: Locator

  private constructor(page: Page) {
    super(page)
    this.errorSummary = new ErrorSummary(page)
    this.successBanner = page.locator('[data-qa="saved"]')
    this.summary = page.locator('[data-qa="assessment-summary"]')
    this.ownForm = new ScoresForm(page.locator('[data-qa="own-form"]'))
    this.completeButton = page.locator('[data-qa="complete-assessment"]')
    this.saveDraftButton = page.locator('[data-qa="save-draft"]')
    this.blindNotice = page.locator('[data-qa="blind-notice"]')
    this.ownScores = page.locator('[data-qa="own-scores"]')
    this.comparison = page.locator('[data-qa="comparison"]')
    this.comparisonRows = this.comparison.locator('[data-qa="comparison-row"]')
    this.disagreement = page.locator('[data-qa="disagreement"]')
    this.consensusForm = new ScoresForm(page.locator('[data-qa="consensus-form"]'))
    this.recordConsensusButton = page.locator('[data-qa="record-consensus"]')
    this.consensusScores = page.locator('[data-qa="consensus-scores"]')
    this.shortlistButton = page.locator('[data-qa="shortlist"]')
    this.shortlistHint = page.locator('[data-qa="shortlist-hint"]')
  }

  static path(reference: string): string {
    return `/review/${reference}/assessment`
  }

  static async verifyOnPage(page: Page, title: string): Promise<AssessmentPage> {
    const assessment = new AssessmentPage(page)
    await AppPage.expectHeading(page, assessment.heading, `Assessment: ${title}`)
    await assessment.summary.waitFor({ state: 'visible' })
    return assessment
  }

  /** The texts of one column of the comparison table, by its data-qa name (first-score, difference…). */
  async comparisonColumn(name: string): Promise<string[]> {
    return (await this.comparisonRows.locator(`[data-qa="${name}"]`).allInnerTexts()).map((text) => text.trim())
  }
}

/** /review/assessments: needing assessment, disagreements and the shortlist. */
export class AssessmentsListPage extends AppPage {
  static readonly path = '/review/assessments'

  readonly needingAssessment: Locator
  readonly disagreements: Locator
  readonly shortlisted: Locator

  private constructor(page: Page) {
    super(page)
    this.needingAssessment = page.locator('[data-qa="needing-assessment"]')
    this.disagreements = page.locator('[data-qa="disagreements"]')
    this.shortlisted = page.locator('[data-qa="shortlisted"]')
  }

  static async verifyOnPage(page: Page): Promise<AssessmentsListPage> {
    const list = new AssessmentsListPage(page)
    await AppPage.expectHeading(page, list.heading, 'Assessments')
    return list
  }

  row(table: Locator, reference: string): Locator {
    return table.locator(`[data-qa="row-${reference}"]`)
  }
}

/** /review/due: published practice past its review date. */
export class ReviewDuePage extends AppPage {
  static readonly path = '/review/due'

  readonly rows: Locator
  readonly successBanner: Locator

  private constructor(page: Page) {
    super(page)
    this.rows = page.locator('[data-qa="due-row"]')
    this.successBanner = page.locator('[data-qa="saved"]')
  }

  static async verifyOnPage(page: Page): Promise<ReviewDuePage> {
    const due = new ReviewDuePage(page)
    await AppPage.expectHeading(page, due.heading, 'Practice due for review')
    return due
  }

  reconfirmButton(row: Locator): Locator {
    return row.locator('[data-qa="reconfirm"]')
  }
}

/** /admin/criteria: the assessment criteria. */
export class CriteriaAdminPage extends AppPage {
  static readonly path = '/admin/criteria'

  readonly table: Locator
  readonly successBanner: Locator

  private constructor(page: Page) {
    super(page)
    this.table = page.locator('[data-qa="criteria"]')
    this.successBanner = page.locator('[data-qa="saved"]')
  }

  static async verifyOnPage(page: Page): Promise<CriteriaAdminPage> {
    const criteria = new CriteriaAdminPage(page)
    await AppPage.expectHeading(page, criteria.heading, 'Assessment criteria')
    await criteria.table.waitFor({ state: 'visible' })
    return criteria
  }

  async labels(): Promise<string[]> {
    return (await this.table.locator('tbody [data-qa="label"]').allInnerTexts()).map((text) => text.trim())
  }

  changeLink(key: string): Locator {
    return this.table.locator(`[data-qa="criterion-${key}"] a`)
  }
}

/** /admin/criteria/:id and /admin/criteria/new */
export class CriterionFormPage extends AppPage {
  readonly errorSummary: ErrorSummary
  readonly label: Locator
  readonly description: Locator
  readonly position: Locator
  readonly saveButton: Locator

  private constructor(page: Page) {
    super(page)
    this.errorSummary = new ErrorSummary(page)
    this.label = page.locator('#label')
    this.description = page.locator('#description')
    this.position = page.locator('#position')
    this.saveButton = page.locator('[data-qa="save-criterion"]')
  }

  static async verifyOnPage(page: Page, heading: 'Change a criterion' | 'Add a criterion'): Promise<CriterionFormPage> {
    const form = new CriterionFormPage(page)
    await AppPage.expectHeading(page, form.heading, heading)
    return form
  }
}
