import { Readable } from 'node:stream'
import type { Db } from '../../db/client.js'
import type { Viewer } from '../access/visibility.js'
import { newStorageKey, type FileStore } from '../attachments/file-store.js'
import { receiveFile, type ReceivedFile } from '../attachments/upload.js'
import { visibilityRuleFor, type SignedInUser } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { enqueueEmail } from '../email/outbox.js'
import type { ReferenceService } from '../reference/service.js'
import { displayNameFor, formatFileSize, typeLabel } from '../attachments/file-rules.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { evaluationStatusLabels, nextEvaluationStatus, nextRequestStatus } from './brokerage.js'
import { evaluationEmails } from './emails.js'
import type { Actor } from './actor.js'
import { EvaluationConflict, changedMeanwhile } from './conflict.js'
import type { DetailsValues, IntroductionValues, StepValues } from './forms.js'
import { filterOptions, matches, sortOpportunities, toOpportunity, type OpportunityFilters } from './opportunities.js'
import * as repo from './repository.js'
import { editEvaluationDetails, openReportFile } from './record-changes.js'

export { EvaluationConflict } from './conflict.js'
export type { Actor } from './actor.js'

type Request = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>

const proposalOf = (r: Request) => ({
  practiceTitle: r.practiceTitle,
  academicName: r.academicName ?? 'An academic partner',
  academicEmail: r.academicEmail ?? '',
  institution: r.institution,
  method: r.method,
  timescale: r.timescale,
  fundingStatus: r.fundingStatus,
  ethicsRoute: r.ethicsRoute,
})

/**
 * Evaluation brokerage: academics find practice open to researchers and ask to be introduced;
 * programme staff accept or decline; an accepted introduction starts an evaluation tracked on the
 * practice. Every change writes the outbox, the practice's timeline and the audit log in one transaction.
 */
export class EvaluationService {
  private readonly emails: ReturnType<typeof evaluationEmails>

  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    baseUrl: string,
    private readonly files: FileStore,
  ) {
    this.emails = evaluationEmails(baseUrl)
  }

  /** Practice open to researchers that the viewer may read, filtered, with the counts of each filter. */
  async opportunities(viewer: Viewer, filters: OpportunityFilters) {
    const ref = await this.reference.get()
    const all = sortOpportunities(
      (await repo.findOpenPractice(this.db, visibilityRuleFor(viewer))).map((r) => toOpportunity(r, ref)),
    )
    const shown = all.filter((o) => matches(o, filters))
    return { total: all.length, shown, options: filterOptions(all, filters, ref) }
  }

  /** One practice open to researchers, with the viewer's own requests on it (contact details only once accepted). */
  async opportunity(viewer: Viewer, slug: string) {
    const row = await repo.findOpenPracticeBySlug(this.db, visibilityRuleFor(viewer), slug)
    if (!row) return null
    const opportunity = toOpportunity(row, await this.reference.get())
    const mine =
      viewer.kind === 'user'
        ? (await repo.findRequestsBy(this.db, viewer.user.id)).filter((r) => r.practiceId === row.id)
        : []
    const requests = await Promise.all(
      mine.map(async (r) => ({
        ...r,
        contact: r.status === 'accepted' ? await repo.findIntroductionContact(this.db, r.id) : null,
      })),
    )
    return { opportunity, requests, hasOpenRequest: requests.some((r) => r.status === 'requested') }
  }

  /** The academic's own requests, with contact details for those accepted. */
  async requestsOf(user: SignedInUser) {
    const rows = await repo.findRequestsBy(this.db, user.id)
    return Promise.all(
      rows.map(async (r) => ({
        ...r,
        contact: r.status === 'accepted' ? await repo.findIntroductionContact(this.db, r.id) : null,
      })),
    )
  }

  /** Records the request to be introduced; 'duplicate' when this academic already has one waiting. */
  async requestIntroduction(
    actor: Actor,
    viewer: Viewer,
    slug: string,
    values: IntroductionValues,
  ): Promise<'requested' | 'duplicate' | 'not-found'> {
    return this.db.transaction(async (tx) => {
      const practice = await repo.findOpenPracticeBySlug(tx, visibilityRuleFor(viewer), slug)
      if (!practice) return 'not-found'
      const created = await repo.insertRequest(tx, {
        ...values,
        practiceId: practice.id,
        academicUserId: actor.user.id,
      })
      if (!created) return 'duplicate'
      const request = await repo.findRequest(tx, created.id)
      if (!request) throw new Error('request vanished')
      const proposal = proposalOf(request)
      await enqueueEmail(tx, this.emails.requestReceived(actor.user.email, proposal))
      for (const to of await repo.findReviewerEmails(tx))
        await enqueueEmail(tx, this.emails.requestForReviewers(to, proposal, created.id))
      await recordPracticeEvent(tx, {
        practiceId: practice.id,
        kind: 'evaluation-requested',
        details: { requestId: created.id, institution: values.institution },
        internal: true,
        actorUserId: actor.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'evaluation-requested',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { practiceId: practice.id, reference: practice.reference, requestId: created.id },
      })
      return 'requested'
    })
  }

  async withdrawRequest(actor: Actor, requestId: number, version: number): Promise<Request | null> {
    return this.db.transaction(async (tx) => {
      const request = await repo.findRequest(tx, requestId)
      if (!request || request.academicUserId !== actor.user.id) return null
      if (request.version !== version) throw changedMeanwhile()
      const next = nextRequestStatus(request.status, 'withdraw')
      if (!next)
        throw new EvaluationConflict(
          'This request has already been decided, so it cannot be withdrawn. Nothing has been changed.',
        )
      if (!(await repo.updateRequestAtVersion(tx, requestId, version, { status: next }))) throw changedMeanwhile()
      await recordPracticeEvent(tx, {
        practiceId: request.practiceId,
        kind: 'evaluation-request-withdrawn',
        details: { requestId },
        internal: true,
        actorUserId: actor.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'evaluation-request-withdrawn',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { practiceId: request.practiceId, requestId },
      })
      return request
    })
  }

  request(id: number) {
    return repo.findRequest(this.db, id)
  }

  /** Contact details for staff looking at an accepted request (the same view the academic reads). */
  introductionContact(requestId: number) {
    return repo.findIntroductionContact(this.db, requestId)
  }

  /** Everything programme staff work from: requests, evaluations and reports whose classification needs a look. */
  async worklist() {
    const [requests, evaluations, toRevisit] = await Promise.all([
      repo.findRequests(this.db),
      repo.findEvaluations(this.db),
      repo.findReportsToRevisit(this.db),
    ])
    return {
      waiting: requests.filter((r) => r.status === 'requested'),
      decided: requests.filter((r) => r.status !== 'requested'),
      evaluations,
      toRevisit,
    }
  }

  /**
   * Accepts or declines a request at the version the reviewer saw. Accepting introduces both sides by
   * e-mail and starts the evaluation record, in the same transaction.
   */
  async decide(
    actor: Actor,
    requestId: number,
    decision: 'accept' | 'decline',
    note: string | null,
    version: number,
  ): Promise<{ request: Request; evaluationId: number | null } | null> {
    return this.db.transaction(async (tx) => {
      const request = await repo.findRequest(tx, requestId)
      if (!request) return null
      if (request.version !== version) throw changedMeanwhile()
      const next = nextRequestStatus(request.status, decision)
      if (!next) throw new EvaluationConflict('This request has already been decided. Nothing has been changed.')
      if (next === 'accepted' && !(await repo.isOpenToResearch(tx, request.practiceId)))
        throw new EvaluationConflict(
          'The contributor no longer agrees to be introduced to researchers, so this request cannot be accepted. Decline it instead.',
        )
      const updated = await repo.updateRequestAtVersion(tx, requestId, version, {
        status: next,
        decisionNote: note,
        decidedByUserId: actor.user.id,
      })
      if (!updated) throw changedMeanwhile()
      const proposal = proposalOf(request)
      let evaluationId: number | null = null
      if (next === 'accepted') {
        const contact = await repo.findIntroductionContact(tx, requestId)
        if (request.academicEmail && contact)
          await enqueueEmail(tx, this.emails.introductionToAcademic(request.academicEmail, proposal, contact, note))
        if (contact?.contactEmail)
          await enqueueEmail(tx, this.emails.introductionToPracticeLead(contact.contactEmail, proposal, note))
        const evaluation = await repo.insertEvaluation(tx, {
          practiceId: request.practiceId,
          requestId,
          evaluatorUserId: request.academicUserId,
          evaluatorName: request.academicName ?? 'Academic partner',
          institution: request.institution,
          method: request.method,
        })
        evaluationId = evaluation.id
      } else if (request.academicEmail && note) {
        await enqueueEmail(tx, this.emails.requestDeclined(request.academicEmail, proposal, note))
      }
      await recordPracticeEvent(tx, {
        practiceId: request.practiceId,
        kind: next === 'accepted' ? 'evaluation-introduced' : 'evaluation-request-declined',
        body: note,
        details: { requestId, institution: request.institution, evaluationId },
        internal: next !== 'accepted',
        actorUserId: actor.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'evaluation-request-decided',
        actorUserId: actor.user.id,
        subjectUserId: request.academicUserId,
        ip: actor.ip,
        details: { practiceId: request.practiceId, requestId, decision: next, evaluationId },
      })
      return { request, evaluationId }
    })
  }

  async evaluation(id: number) {
    const evaluation = await repo.findEvaluation(this.db, id)
    if (!evaluation) return null
    const [listed] = (await repo.findEvaluations(this.db)).filter((e) => e.evaluation.id === id)
    return { evaluation, practiceTitle: listed?.practiceTitle ?? '', practiceReference: listed?.practiceReference }
  }

  /** One step of an evaluation; on the report, every reviewer is asked to look again at the classification. */
  async step(actor: Actor, evaluationId: number, values: StepValues, reportFile: ReceivedFile | null = null) {
    return this.db.transaction(async (tx) => {
      const evaluation = await repo.findEvaluation(tx, evaluationId)
      if (!evaluation) return null
      if (evaluation.version !== values.version) throw changedMeanwhile()
      const next = nextEvaluationStatus(evaluation.status, values.action)
      if (!next)
        throw new EvaluationConflict(
          `An evaluation that is ${evaluationStatusLabels[evaluation.status].toLowerCase()} cannot be changed that way. Nothing has been changed.`,
        )
      const change: Parameters<typeof repo.updateEvaluationAtVersion>[3] = { status: next }
      if (values.action === 'start') change.startedOn = values.startedOn
      if (values.action === 'report') {
        Object.assign(change, {
          reportUrl: values.reportUrl,
          findings: values.findings,
          ...(reportFile
            ? {
                reportFileKey: reportFile.key,
                reportFileName: displayNameFor(reportFile.uploadedName, reportFile.extension),
                reportFileType: reportFile.mediaType,
                reportFileBytes: reportFile.sizeBytes,
                reportFileSha256: reportFile.sha256,
              }
            : {}),
          endedOn: values.endedOn ?? new Date().toISOString().slice(0, 10),
          reportedAt: new Date(),
        })
        if (evaluation.startedOn && change.endedOn && change.endedOn < evaluation.startedOn)
          throw new EvaluationConflict(
            'The end date must be on or after the date the evaluation started. Nothing has been changed.',
          )
      }
      if (values.action === 'withdraw' && !evaluation.endedOn) change.endedOn = new Date().toISOString().slice(0, 10)
      if (!(await repo.updateEvaluationAtVersion(tx, evaluationId, values.version, change))) throw changedMeanwhile()
      const [practice] = (await repo.findEvaluations(tx)).filter((e) => e.evaluation.id === evaluationId)
      if (values.action === 'report')
        for (const to of await repo.findReviewerEmails(tx))
          await enqueueEmail(tx, this.emails.reported(to, practice?.practiceTitle ?? '', evaluationId))
      await recordPracticeEvent(tx, {
        practiceId: evaluation.practiceId,
        kind: values.action === 'report' ? 'evaluation-reported' : 'evaluation-status',
        body: values.action === 'report' ? values.findings : null,
        details: {
          evaluationId,
          status: next,
          ...(values.action === 'report'
            ? {
                reportUrl: values.reportUrl,
                reportFile: change.reportFileName ?? null,
                prompt: 'Look again at the stage of practice and outcome category',
              }
            : {}),
        },
        actorUserId: actor.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'evaluation-updated',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: {
          practiceId: evaluation.practiceId,
          evaluationId,
          from: evaluation.status,
          to: next,
          ...(reportFile ? { reportFile: change.reportFileName, sha256: reportFile.sha256 } : {}),
        },
      })
      return { evaluation, status: next }
    })
  }

  /** A reviewer has looked again at the stage of practice and outcome category since the report. */
  async markRevisited(actor: Actor, evaluationId: number, version: number) {
    return this.db.transaction(async (tx) => {
      const evaluation = await repo.findEvaluation(tx, evaluationId)
      if (!evaluation) return null
      if (evaluation.version !== version) throw changedMeanwhile()
      if (!evaluation.reportedAt || evaluation.classificationRevisitedAt)
        throw new EvaluationConflict('There is no report waiting for its classification to be looked at again.')
      const done = await repo.updateEvaluationAtVersion(tx, evaluationId, version, {
        classificationRevisitedAt: new Date(),
      })
      if (!done) throw changedMeanwhile()
      await recordPracticeEvent(tx, {
        practiceId: evaluation.practiceId,
        kind: 'evaluation-classification-revisited',
        details: { evaluationId },
        internal: true,
        actorUserId: actor.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'evaluation-updated',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { practiceId: evaluation.practiceId, evaluationId, classificationRevisited: true },
      })
      return evaluation
    })
  }

  /** What the practice page shows: who is evaluating it, and the findings of those that reported. */
  async forPracticePage(practiceId: number | null) {
    if (practiceId === null) return []
    const rows = await repo.findPracticeEvaluations(this.db, practiceId)
    return rows
      .filter((e) => e.status !== 'proposed')
      .map((e) => ({
        status: e.status,
        statusLabel: evaluationStatusLabels[e.status],
        evaluatorName: e.evaluatorName,
        institution: e.institution,
        method: e.method,
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        reported: e.status === 'reported' || e.status === 'closed',
        reportUrl: e.reportUrl,
        reportFile: e.reportFileName
          ? {
              url: `/evaluation-reports/${e.id}`,
              name: e.reportFileName,
              type: typeLabel(e.reportFileType ?? ''),
              size: formatFileSize(e.reportFileBytes ?? 0),
            }
          : null,
        findings: e.findings,
      }))
  }

  /** Staff correct the evaluator, institution, method or dates; null when there is no such evaluation. */
  editDetails(actor: Actor, evaluationId: number, values: DetailsValues) {
    return editEvaluationDetails(this.db, actor, evaluationId, values)
  }

  /** The report file for a download, or null when there is none or this viewer may not have it. */
  openReport(viewer: Viewer, evaluationId: number) {
    return openReportFile(this.db, this.files, viewer, evaluationId)
  }

  /** Stores a report file sent with the form and checks its content; a refused file is not kept. */
  receiveReportFile(fileName: string, bytes: Buffer) {
    return receiveFile(this.files, newStorageKey(), { filename: fileName, stream: Readable.from([bytes]) })
  }

  /** Removes a stored report file whose record was never written (a refused or failed change). */
  async discardReportFile(file: ReceivedFile) {
    await this.files.remove(file.key)
  }
}
