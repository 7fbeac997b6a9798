import { randomBytes } from 'node:crypto'
import type { Db } from '../../db/client.js'
import type { Viewer, SignedInUser } from '../access/visibility.js'
import type { ReferenceService } from '../reference/service.js'
import type { CallRef } from '../reference/types.js'
import { editableStatuses } from '../review/state-machine.js'
import { canEditSubmission, canSeeSubmission } from './access.js'
import { callIsOpen } from '../calls/dates.js'
import { contentFields, contentOf, revisionContent, type PracticeContent } from './content.js'
import { visibilityWithinConsent, withdrawnConsents } from '../access/consent.js'
import { recordAuditEvent } from '../audit/repository.js'
import { enqueueEmail } from '../email/outbox.js'
import { consentLabels, visibilityLabels } from '../review/rules.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { consentWithdrawnEmail } from './emails.js'
import type { FormContext, Mode } from './forms/fields.js'
import {
  findAttachmentNames,
  findCurrentCriteria,
  findLatestChangesRequest,
  findOpenRevision,
  findPracticeById,
  findReviewerEmails,
  updateLivePractice,
  findSubmissionsFor,
  findFreshDraft,
  insertDraft,
  insertRevision,
  updatePracticeIfVersion,
  updateRevisionIfVersion,
  type PracticeRow,
  type RevisionRow,
} from './repository.js'
import {
  completedSections,
  parseForLater,
  parseSection,
  sectionsFor,
  sectionStatus,
  type LaterParse,
  type PendingFields,
  type Section,
  type SectionParse,
} from './sections.js'
import type { PendingAnswers } from '../../db/schema/index.js'

/** A submission as one person sees it: what is being edited (the draft, or a change to published practice). */
export interface Submission {
  practice: PracticeRow
  /** the change to published practice being written or reviewed; null for a draft */
  revision: RevisionRow | null
  content: PracticeContent
  /** answers saved for later that did not pass their page's check, as typed, by section */
  pending: PendingAnswers
  /** the version of what is being edited, for the hidden field */
  version: number
  ctx: FormContext
  /** this person may write the contributor's answers (owner or their force lead) */
  isEditor: boolean
  /** and the answers can be changed now (a draft, changes requested, or an open change) */
  editable: boolean
}

export type SaveOutcome = 'saved' | 'conflict' | 'not-editable'

export type CreateOutcome = { ok: true; id: number } | { ok: false; field: 'call' | 'organisation'; message: string }

/** How long a draft nobody has written in yet is offered again to someone who starts another. */
export const FRESH_DRAFT_MS = 10 * 60 * 1000

export class SubmissionService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly baseUrl = '',
  ) {}

  /** Starts a draft for this person, answering a call if one is named. */
  async create(user: SignedInUser, input: { call?: string; organisation?: string }): Promise<CreateOutcome> {
    const ref = await this.reference.get()
    let call: CallRef | undefined
    if (input.call) {
      call = ref.calls.find((c) => c.slug === input.call)
      if (!call) return { ok: false, field: 'call', message: 'Select a call for practice that is open' }
      if (!callIsOpen(call)) {
        return {
          ok: false,
          field: 'call',
          message: `The call for practice ‘${call.title}’ is not open. You can still submit practice without answering a call`,
        }
      }
    }
    const organisationId =
      user.organisationId ?? ref.organisations.find((o) => o.code === input.organisation)?.id ?? null
    if (organisationId === null) {
      return { ok: false, field: 'organisation', message: 'Select the organisation the practice belongs to' }
    }
    const callId = call?.id ?? null
    // "Start" pressed again (twice by mistake, or back and start again) leads to the draft just
    // started rather than a second empty one, as long as nothing has been written in it yet.
    const id = await this.db.transaction(async (tx) => {
      const fresh = await findFreshDraft(tx, { userId: user.id, callId, organisationId, withinMs: FRESH_DRAFT_MS })
      if (fresh !== null) return fresh
      return insertDraft(tx, {
        // A working address until it is submitted and gets a reference.
        slug: `draft-${randomBytes(9).toString('base64url').toLowerCase()}`,
        title: '',
        organisationId,
        callId,
        submittedByUserId: user.id,
        contactName: user.name || null,
        contactEmail: user.email,
        status: 'draft',
        visibility: 'internal',
      })
    })
    return { ok: true, id }
  }

  /** The submission if this person may see it; null otherwise (shown as "Page not found"). */
  async load(viewer: Viewer, id: number): Promise<Submission | null> {
    const practice = await findPracticeById(this.db, id)
    if (!practice || !canSeeSubmission(viewer, practice)) return null
    const ref = await this.reference.get()
    const isEditor = canEditSubmission(viewer, practice)
    const revision = practice.status === 'published' ? await findOpenRevision(this.db, practice.id) : null
    const content = revision ? revisionContent(revision.content, practice) : contentOf(practice)
    const call = content.callId ? (ref.callById.get(content.callId) ?? null) : null
    const editable =
      isEditor &&
      (revision
        ? revision.status === 'draft' || revision.status === 'changes_requested'
        : editableStatuses.includes(practice.status))
    return {
      practice,
      revision,
      content,
      pending: (revision ? revision.pendingAnswers : practice.pendingAnswers) ?? {},
      version: revision ? revision.version : practice.version,
      ctx: { ref, call },
      isEditor,
      editable,
    }
  }

  parse(section: Section, mode: Mode, submission: Submission, body: unknown): SectionParse {
    return parseSection(section, mode, submission.ctx, body)
  }

  /** "Save and come back later": what passes, and what is kept aside as typed (see parseForLater). */
  parseForLater(section: Section, submission: Submission, body: unknown): LaterParse {
    return parseForLater(section, submission.ctx, body)
  }

  /**
   * Writes one section's answers if nobody has changed the draft since `version` was read, with the
   * section's answers that are waiting to be put right (none once the page passes its check).
   */
  async saveSection(
    submission: Submission,
    section: Section,
    patch: Partial<PracticeContent>,
    version: number,
    pendingFields: PendingFields = {},
    actor: { id: number; ip: string } | null = null,
  ): Promise<SaveOutcome> {
    if (!submission.editable) return 'not-editable'
    if (!Number.isInteger(version)) return 'conflict'
    const content = { ...submission.content, ...patch }
    const { [section.key]: _previous, ...pending } = submission.pending
    const pendingAnswers: PendingAnswers =
      Object.keys(pendingFields).length > 0 ? { ...pending, [section.key]: pendingFields } : pending
    if (submission.revision) {
      const revisionId = submission.revision.id
      // A narrower consent is a withdrawal: it applies to the live practice in the same transaction as the
      // save of the sharing answers, without waiting for review. Only widening waits for a reviewer.
      return this.db.transaction(async (tx) => {
        const saved = await updateRevisionIfVersion(tx, revisionId, version, {
          content: content as unknown as Record<string, unknown>,
          pendingAnswers,
        })
        if (!saved) return 'conflict'
        await this.applyWithdrawnConsent(tx, submission, content, actor)
        return 'saved'
      })
    }
    const saved = await updatePracticeIfVersion(this.db, submission.practice.id, version, {
      ...patch,
      pendingAnswers,
      completedSections: completedSections(content, submission.ctx, pendingAnswers),
    })
    return saved ? 'saved' : 'conflict'
  }

  /** Narrows the live practice to consent taken back in a change: at once, on the timeline, in the audit log, to reviewers. */
  private async applyWithdrawnConsent(
    tx: Db,
    submission: Submission,
    proposed: PracticeContent,
    actor: { id: number; ip: string } | null,
  ): Promise<void> {
    const live = await findPracticeById(tx, submission.practice.id, { lock: true })
    if (!live || live.status !== 'published') return
    const withdrawn = withdrawnConsents(live, proposed)
    const keys = Object.keys(withdrawn) as (keyof typeof withdrawn)[]
    if (keys.length === 0) return
    const consentPublication =
      withdrawn.consentPublication !== undefined ? withdrawn.consentPublication : live.consentPublication
    const visibility = visibilityWithinConsent(live.visibility, consentPublication)
    await updateLivePractice(tx, live.id, { ...withdrawn, visibility })
    const details = { withdrawn, visibilityBefore: live.visibility, visibility, version: live.version + 1 }
    await recordPracticeEvent(tx, {
      practiceId: live.id,
      revisionId: submission.revision?.id ?? null,
      kind: 'consent-withdrawn',
      body: null,
      details,
      internal: false,
      actorUserId: actor?.id ?? live.submittedByUserId,
    })
    await recordAuditEvent(tx, {
      action: 'consent-withdrawn',
      actorUserId: actor?.id ?? null,
      subjectUserId: live.submittedByUserId,
      ip: actor?.ip ?? null,
      details: { practiceId: live.id, reference: live.reference, ...details },
    })
    const labels = new Map(contentFields)
    const mail = {
      baseUrl: this.baseUrl,
      reference: live.reference ?? '',
      title: live.title ?? '',
      withdrawn: keys.map(
        (k) =>
          `${labels.get(k) ?? k}: ${k === 'consentPublication' ? (withdrawn.consentPublication ? consentLabels[withdrawn.consentPublication] : 'Not answered') : 'No'}`,
      ),
      shownTo: visibilityLabels[visibility],
    }
    for (const email of await findReviewerEmails(tx)) await enqueueEmail(tx, consentWithdrawnEmail(email, mail))
  }

  taskList(submission: Submission) {
    return sectionsFor(submission.ctx).map((section: Section) => ({
      section,
      status: sectionStatus(section, submission.content, submission.ctx, submission.pending),
    }))
  }

  /** Sections still to complete before it can be sent. */
  incompleteSections(submission: Submission): Section[] {
    return this.taskList(submission)
      .filter((t) => t.status !== 'completed')
      .map((t) => t.section)
  }

  attachmentNames(practiceId: number, revisionId: number | null = null) {
    return findAttachmentNames(this.db, practiceId, revisionId)
  }

  /** What the reviewer asked to change, when it has been sent back. */
  async changesRequested(submission: Submission) {
    const sentBack = submission.revision
      ? submission.revision.status === 'changes_requested'
      : submission.practice.status === 'changes_requested'
    if (!sentBack) return null
    return findLatestChangesRequest(this.db, submission.practice.id, submission.revision?.id ?? null)
  }

  /** Opens a change to published practice (or returns the one already open). */
  async openRevision(viewer: Viewer, id: number): Promise<'opened' | 'not-found' | 'not-allowed' | 'not-published'> {
    if (viewer.kind !== 'user') return 'not-allowed'
    return this.db.transaction(async (tx) => {
      const practice = await findPracticeById(tx, id, { lock: true })
      if (!practice || !canSeeSubmission(viewer, practice)) return 'not-found'
      if (!canEditSubmission(viewer, practice)) return 'not-allowed'
      if (practice.status !== 'published') return 'not-published'
      if (await findOpenRevision(tx, id)) return 'opened'
      await insertRevision(tx, {
        practiceId: id,
        content: contentOf(practice) as unknown as Record<string, unknown>,
        createdByUserId: viewer.user.id,
      })
      return 'opened'
    })
  }

  mySubmissions(user: SignedInUser) {
    return findSubmissionsFor(this.db, user.id, user.leadsOrganisationIds)
  }

  criteria() {
    return findCurrentCriteria(this.db)
  }
}
