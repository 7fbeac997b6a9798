import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { practices, type PendingAnswers } from '../../db/schema/index.js'
import type { Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { slugify } from '../catalogue/slug.js'
import { enqueueEmail } from '../email/outbox.js'
import type { ReferenceService } from '../reference/service.js'
import { nextRevisionStatus, nextStatus } from '../review/state-machine.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { canEditSubmission, canSeeSubmission } from './access.js'
import { contentOf, revisionContent, type PracticeContent } from './content.js'
import { receivedEmail, reviewNeededEmail } from './emails.js'
import { londonToday } from './forms/fields.js'
import {
  findOpenRevision,
  findPracticeById,
  findReviewerEmails,
  findUserContact,
  nextReferenceNumber,
  updatePracticeIfVersion,
  updateRevisionIfVersion,
  type PracticeRow,
} from './repository.js'
import { isComplete, sectionsFor, type Section } from './sections.js'

export type SubmitOutcome =
  | { kind: 'submitted'; reference: string }
  /** it was sent already (a second press, or the page sent again): nothing more is done */
  | { kind: 'already' }
  | { kind: 'incomplete'; sections: Section[] }
  | { kind: 'conflict' }
  | { kind: 'not-found' }
  | { kind: 'not-allowed' }

export type WithdrawOutcome = 'withdrawn' | 'already' | 'not-found' | 'not-allowed'

const MAX_ATTEMPTS = 5

/** A unique index said no: another submission took the same reference at the same moment. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true
  }
  return false
}

export const formatReference = (year: number, number: number) => `PB-${year}-${String(number).padStart(4, '0')}`

/** Sending a draft (or a change to published practice) for review, and taking a submission back. */
export class SubmitService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly baseUrl: string,
  ) {}

  /**
   * One transaction: the status, the reference (PB-<year>-<number>, unique: a clash with a submission
   * sent at the same moment rolls back and tries the next number), the timeline, the audit trail and the
   * e-mails. The row is locked first, so a second press waits and then finds it already sent.
   */
  async submit(viewer: Viewer, id: number, version: number): Promise<SubmitOutcome> {
    if (!Number.isInteger(version)) version = -1
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction((tx) => this.submitOnce(tx, viewer, id, version))
      } catch (error) {
        if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue
        throw error
      }
    }
  }

  /** Sections not complete, counting those with answers saved for later that are waiting to be put right. */
  private async missingSections(content: PracticeContent, pending: PendingAnswers): Promise<Section[]> {
    const ref = await this.reference.get()
    const ctx = { ref, call: content.callId ? (ref.callById.get(content.callId) ?? null) : null }
    return sectionsFor(ctx).filter((s) => !isComplete(s, content, ctx, pending))
  }

  private async submitOnce(tx: Db, viewer: Viewer, id: number, version: number): Promise<SubmitOutcome> {
    const practice = await findPracticeById(tx, id, { lock: true })
    if (!practice || !canSeeSubmission(viewer, practice)) return { kind: 'not-found' }
    if (viewer.kind !== 'user' || !canEditSubmission(viewer, practice)) return { kind: 'not-allowed' }
    const actorUserId = viewer.user.id
    if (practice.status === 'published') return this.submitRevision(tx, practice, actorUserId, version)

    if (practice.submittedAt && practice.status !== 'draft' && practice.status !== 'changes_requested') {
      return { kind: 'already' }
    }
    const status = nextStatus('submit', practice.status)
    if (practice.version !== version) return { kind: 'conflict' }
    const missing = await this.missingSections(contentOf(practice), practice.pendingAnswers ?? {})
    if (missing.length) return { kind: 'incomplete', sections: missing }

    const resubmitted = practice.status === 'changes_requested'
    const year = Number(londonToday().slice(0, 4))
    const reference = practice.reference ?? formatReference(year, await nextReferenceNumber(tx, year))
    const now = new Date()
    const saved = await updatePracticeIfVersion(tx, id, version, {
      status,
      reference,
      submittedAt: practice.submittedAt ?? now,
      // The working address of a draft becomes a lasting one.
      ...(practice.reference ? {} : { slug: `${slugify(practice.title, 60)}-${reference.toLowerCase()}` }),
    })
    if (!saved) return { kind: 'conflict' }
    await recordPracticeEvent(tx, { practiceId: id, kind: resubmitted ? 'resubmitted' : 'submitted', actorUserId })
    await recordAuditEvent(tx, {
      action: 'practice-submitted',
      actorUserId,
      subjectUserId: practice.submittedByUserId,
      details: { practiceId: id, reference, resubmitted },
    })
    await this.sendEmails(tx, practice, actorUserId, { reference, kind: resubmitted ? 'resubmitted' : 'new' })
    return { kind: 'submitted', reference }
  }

  private async submitRevision(
    tx: Db,
    practice: PracticeRow,
    actorUserId: number,
    version: number,
  ): Promise<SubmitOutcome> {
    const revision = await findOpenRevision(tx, practice.id, { lock: true })
    if (!revision || revision.status === 'submitted') return { kind: 'already' }
    const status = nextRevisionStatus('submit', revision.status)
    if (revision.version !== version) return { kind: 'conflict' }
    const content = revisionContent(revision.content, practice)
    const missing = await this.missingSections(content, revision.pendingAnswers ?? {})
    if (missing.length) return { kind: 'incomplete', sections: missing }
    const saved = await updateRevisionIfVersion(tx, revision.id, version, { status, submittedAt: new Date() })
    if (!saved) return { kind: 'conflict' }
    const reference = practice.reference ?? `practice ${practice.id}`
    await recordPracticeEvent(tx, {
      practiceId: practice.id,
      revisionId: revision.id,
      kind: 'revision-submitted',
      details: { number: revision.number },
      actorUserId,
    })
    await recordAuditEvent(tx, {
      action: 'revision-submitted',
      actorUserId,
      subjectUserId: practice.submittedByUserId,
      details: { practiceId: practice.id, reference, revision: revision.number },
    })
    await this.sendEmails(
      tx,
      { ...practice, title: content.title, organisationId: content.organisationId },
      actorUserId,
      {
        reference,
        kind: 'revision',
        revisionNumber: revision.number,
      },
    )
    return { kind: 'submitted', reference }
  }

  /** The contributor (and whoever sent it for them) hears it arrived; every reviewer hears there is work. */
  private async sendEmails(
    tx: Db,
    practice: Pick<PracticeRow, 'title' | 'submittedByUserId' | 'organisationId'>,
    actorUserId: number,
    mail: { reference: string; kind: 'new' | 'resubmitted' | 'revision'; revisionNumber?: number },
  ) {
    const ref = await this.reference.get()
    const common = { ...mail, baseUrl: this.baseUrl, title: practice.title }
    const contributors = [
      await findUserContact(tx, practice.submittedByUserId),
      actorUserId === practice.submittedByUserId ? null : await findUserContact(tx, actorUserId),
    ]
    for (const person of contributors) if (person) await enqueueEmail(tx, receivedEmail(person, common))
    const organisation = ref.organisationById.get(practice.organisationId)?.name ?? 'An organisation'
    for (const email of await findReviewerEmails(tx)) {
      await enqueueEmail(tx, reviewNeededEmail(email, { ...common, organisation }))
    }
  }

  /** Takes a submission back before publication (nextStatus('withdraw')). */
  async withdraw(viewer: Viewer, id: number): Promise<WithdrawOutcome> {
    return this.db.transaction(async (tx) => {
      const practice = await findPracticeById(tx, id, { lock: true })
      if (!practice || !canSeeSubmission(viewer, practice)) return 'not-found'
      if (viewer.kind !== 'user' || !canEditSubmission(viewer, practice)) return 'not-allowed'
      if (practice.status === 'withdrawn') return 'already'
      const status = nextStatus('withdraw', practice.status)
      await tx
        .update(practices)
        .set({ status, version: practice.version + 1, updatedAt: new Date() })
        .where(eq(practices.id, id))
      await recordPracticeEvent(tx, { practiceId: id, kind: 'withdrawn', actorUserId: viewer.user.id })
      await recordAuditEvent(tx, {
        action: 'practice-withdrawn',
        actorUserId: viewer.user.id,
        subjectUserId: practice.submittedByUserId,
        details: { practiceId: id, reference: practice.reference },
      })
      return 'withdrawn'
    })
  }
}
