import path from 'node:path'
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import { OidcService } from './features/accounts/oidc.js'
import { AccountsService } from './features/accounts/service.js'
import { AdminService } from './features/admin/service.js'
import { AdoptionsService } from './features/adoptions/service.js'
import { EventChangesService } from './features/events/change-service.js'
import { EventsService } from './features/events/service.js'
import { AssessmentService } from './features/assessment/service.js'
import { LocalFileStore, type FileStore } from './features/attachments/file-store.js'
import { AttachmentsService } from './features/attachments/service.js'
import { addPracticeViews } from './features/catalogue/repository.js'
import { ResultCache } from './features/catalogue/result-cache.js'
import { CatalogueService } from './features/catalogue/service.js'
import { ViewCounter } from './features/catalogue/view-counter.js'
import { ImportService } from './features/imports/service.js'
import { MapService } from './features/map/service.js'
import { SynonymService } from './features/synonyms/service.js'
import { CallAdminService } from './features/calls/admin-service.js'
import { CallAnnouncementService } from './features/call-announcements/service.js'
import { CallQuestionService } from './features/calls/question-service.js'
import { CallProgressService } from './features/calls/progress-service.js'
import { BriefingService } from './features/insight/briefing.js'
import { ForceInsightService } from './features/insight/force.js'
import { InsightService } from './features/insight/service.js'
import { ReferenceService } from './features/reference/service.js'
import { DecisionService } from './features/review/decisions.js'
import { RevisionService } from './features/review/revisions.js'
import { ReviewService } from './features/review/service.js'
import { CallsService } from './features/calls/service.js'
import { SubmissionService } from './features/submissions/service.js'
import { SubmitService } from './features/submissions/submit-service.js'
import { TheoryOfChangeService } from './features/theory-of-change/service.js'
import { ExportService } from './features/exports/service.js'
import { SavedSearchService } from './features/saved-searches/service.js'
import { ApiTokenService } from './features/api-tokens/service.js'
import { ApiReadService } from './features/api/service.js'
import { EvaluationService } from './features/evaluation/service.js'
import { ContactService } from './features/contact/service.js'
import { ToolkitImportService } from './features/toolkit/import-service.js'
import { ToolkitService } from './features/toolkit/service.js'

export interface Services {
  accounts: AccountsService
  /** sign-in through an OpenID Connect provider; null when none is configured */
  oidc: OidcService | null
  admin: AdminService
  /** false: e-mail stays in the outbox for admins to read */
  smtpConfigured: boolean
  /** where e-mail is written when there is no SMTP server: DATA_DIR/mail */
  mailDir: string
  reference: ReferenceService
  catalogue: CatalogueService
  /** "we use this too": which forces adopted, adapted or decided against a practice */
  adoptions: AdoptionsService
  /** learning events: registration, the waiting list, reminders and showcased practice */
  events: EventsService
  /** changing and cancelling learning events */
  eventChanges: EventChangesService
  /** the practice map and the coverage grid */
  map: MapService
  /** the legacy spreadsheet import (also `npm run import`) */
  imports: ImportService
  /** the search synonym list admins keep */
  synonyms: SynonymService
  /** calls for practice as admins run them (issue 14) */
  callAdmin: CallAdminService
  /** the question builder of a call (issue 14) */
  callQuestions: CallQuestionService
  /** how a call is going, for staff (issue 14) */
  callProgress: CallProgressService
  viewCounter: ViewCounter
  /** remembered answers of the catalogue's costly reads, reused while the catalogue generation holds */
  resultCache: ResultCache
  /** the criteria, scoring practice against them, the shortlist and review-due dates */
  assessment: AssessmentService
  review: ReviewService
  decisions: DecisionService
  revisions: RevisionService
  /** attachment bytes: the local disk under DATA_DIR/files */
  files: FileStore
  attachments: AttachmentsService
  calls: CallsService
  submissions: SubmissionService
  submit: SubmitService
  /** dashboards of the national picture and of one force */
  insight: InsightService
  forceInsight: ForceInsightService
  /** printable briefings for meetings with government */
  briefing: BriefingService
  /** theories of change: every saved version, and reviewers' comments on them */
  theoryOfChange: TheoryOfChangeService
  /** exports and feeds of any search, and the open-data files */
  exports: ExportService
  /** saved searches and the scheduled e-mail alerts of new practice matching them */
  savedSearches: SavedSearchService
  /** personal API tokens: made, listed, revoked, and checked on every API request that carries one */
  apiTokens: ApiTokenService
  /** what the API reads beyond the catalogue: calls, organisations, taxonomies, Toolkit entries */
  apiRead: ApiReadService
  /** evaluation brokerage: practice open to researchers, introductions and evaluations */
  evaluation: EvaluationService
  /** "contact the practice lead": messages relayed without showing the lead's address */
  contact: ContactService
  /** the What Works Toolkit: admins keep it, readers see each entry with the practice linked to it */
  toolkit: ToolkitService
  /** Toolkit CSV imports: dry run, then commit exactly that */
  toolkitImports: ToolkitImportService
  /** announcing a call for practice, once, to force leads and people who asked; and the opt-out */
  callAnnouncements: CallAnnouncementService
}

export function createServices(
  config: Config,
  database: Database,
  onBackgroundError: (error: unknown) => void,
): Services {
  const { db } = database
  const reference = new ReferenceService(db)
  const files = new LocalFileStore(path.join(config.dataDir, 'files'))
  const viewCounter = new ViewCounter((counts) => addPracticeViews(db, counts), onBackgroundError)
  const resultCache = new ResultCache(db)
  const catalogue = new CatalogueService(db, reference, viewCounter, resultCache)
  const accounts = new AccountsService(db, config)
  const calls = new CallsService(db)
  const events = new EventsService(db, config.baseUrl)
  return {
    accounts,
    oidc: config.oidc ? new OidcService(db, config.oidc, config.baseUrl) : null,
    admin: new AdminService(db),
    smtpConfigured: Boolean(config.smtpUrl),
    mailDir: path.join(config.dataDir, 'mail'),
    reference,
    viewCounter,
    resultCache,
    catalogue,
    adoptions: new AdoptionsService(db, reference, catalogue, config.baseUrl),
    events,
    eventChanges: new EventChangesService(db, config.baseUrl, events),
    map: new MapService(db, reference, catalogue, resultCache),
    synonyms: new SynonymService(db),
    imports: new ImportService(db, onBackgroundError),
    callAdmin: new CallAdminService(db, reference),
    callQuestions: new CallQuestionService(db, reference),
    callProgress: new CallProgressService(db),
    assessment: new AssessmentService(db),
    review: new ReviewService(db, reference),
    decisions: new DecisionService(db, config),
    revisions: new RevisionService(db, reference, config, files),
    files,
    attachments: new AttachmentsService(db, files),
    calls,
    submissions: new SubmissionService(db, reference, config.baseUrl),
    submit: new SubmitService(db, reference, config.baseUrl),
    insight: new InsightService(db, reference, catalogue, resultCache),
    forceInsight: new ForceInsightService(db, reference, catalogue),
    briefing: new BriefingService(db, reference, catalogue),
    theoryOfChange: new TheoryOfChangeService(db),
    exports: new ExportService(db, reference, catalogue, config.baseUrl),
    savedSearches: new SavedSearchService(db, catalogue, accounts, config.baseUrl),
    apiTokens: new ApiTokenService(db, accounts),
    apiRead: new ApiReadService(db, reference, calls),
    evaluation: new EvaluationService(db, reference, config.baseUrl, files),
    contact: new ContactService(db, config.baseUrl),
    toolkit: new ToolkitService(db),
    toolkitImports: new ToolkitImportService(db),
    callAnnouncements: new CallAnnouncementService(db, config.baseUrl),
  }
}
