import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls, practices, type PendingAnswers } from '../../db/schema/index.js'
import type { Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { slugify } from '../catalogue/slug.js'
import { enqueueEmail } from '../email/outbox.js'
import type { ReferenceService } from '../reference/service.js'
import type { ReferenceData } from '../reference/types.js'
import { nextRevisionStatus, nextStatus } from '../review/state-machine.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { canEditSubmission, canSeeSubmission } from './access.js'
import { contentOf, revisionContent, type PracticeContent } from './content.js'
import { receivedEmail, replyEmail, reviewNeededEmail } from './emails.js'
import { londonToday } from './forms/fields.js'
import {
  findActiveReviewerEmail,
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
  /** the call it answers has closed and its grace period for drafts has ended (or there was none) */
  | { kind: 'call-closed'; title: string; closesOn: string; lastDay: string }

export type WithdrawOutcome = 'withdrawn' | 'already' | 'not-found' | 'not-allowed'

/** not-asked: no reviewer has asked for changes that are still open, so there is nothing to reply to */
export type ReplyOutcome = 'replied' | 'not-asked' | 'not-found' | 'not-allowed'

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * A closed call takes no new submissions; a draft started before it closed may still be sent until the
 * last day of the call's grace period (days after closing, in London). Read from the call's row itself,
 * so a change an admin has just made applies at once.
 */
async function callClosedFor(tx: Db, callId: number): Promise<Extract<SubmitOutcome, { kind: 'call-closed' }> | null> {
  const [call] = await tx
    .select({ title: calls.title, closesOn: calls.closesOn, graceDays: calls.graceDays })
    .from(calls)
    .where(eq(calls.id, callId))
  if (!call) return null
  const lastDay = addDays(call.closesOn, call.graceDays)
  return londonToday() > lastDay ? { kind: 'call-closed', title: call.title, closesOn: call.closesOn, lastDay } : null
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
   * One transaction: the status, the reference (PB-<year>-<number>, from the per-year counter row, so
   * submissions sent at the same moment never clash), the timeline, the audit trail and the e-mails. The
   * row is locked first, so a second press waits and then finds it already sent. Reference data is loaded
   * before the transaction: loading it inside would take a second pool connection while holding one.
   */
  async submit(viewer: Viewer, id: number, version: number): Promise<SubmitOutcome> {
    if (!Number.isInteger(version)) version = -1
    const ref = await this.reference.get()
    const reserved = await this.reserveReference(ref, id, version)
    return this.db.transaction((tx) => this.submitOnce(tx, ref, viewer, id, version, reserved))
  }

  /**
   * Takes the next reference number in a statement of its own, before the transaction, when the
   * practice looks ready to send: the counter row is then locked for one statement, not for a whole
   * submission, so a burst of submissions does not queue behind it (and fill the pool). A number
   * reserved for a submission that then does not happen (another tab sent it first) is left unused.
   */
  private async reserveReference(ref: ReferenceData, id: number, version: number): Promise<string | undefined> {
    const practice = await findPracticeById(this.db, id)
    if (!practice || practice.reference || practice.version !== version) return undefined
    if (practice.status !== 'draft' && practice.status !== 'changes_requested') return undefined
    if (this.missingSections(ref, contentOf(practice), practice.pendingAnswers ?? {}).length) return undefined
    const year = Number(londonToday().slice(0, 4))
    return formatReference(year, await nextReferenceNumber(this.db, year))
  }

  /** Sections not complete, counting those with answers saved for later that are waiting to be put right. */
  private missingSections(ref: ReferenceData, content: PracticeContent, pending: PendingAnswers): Section[] {
    const ctx = { ref, call: content.callId ? (ref.callById.get(content.callId) ?? null) : null }
    return sectionsFor(ctx).filter((s) => !isComplete(s, content, ctx, pending))
  }

  private async submitOnce(
    tx: Db,
    ref: ReferenceData,
    viewer: Viewer,
    id: number,
    version: number,
    reserved?: string,
  ): Promise<SubmitOutcome> {
    const practice = await findPracticeById(tx, id, { lock: true })
    if (!practice || !canSeeSubmission(viewer, practice)) return { kind: 'not-found' }
    if (viewer.kind !== 'user' || !canEditSubmission(viewer, practice)) return { kind: 'not-allowed' }
    const actorUserId = viewer.user.id
    if (practice.status === 'published') return this.submitRevision(tx, ref, practice, actorUserId, version)

    if (practice.submittedAt && practice.status !== 'draft' && practice.status !== 'changes_requested') {
      return { kind: 'already' }
    }
    const status = nextStatus('submit', practice.status)
    if (practice.version !== version) return { kind: 'conflict' }
    const missing = this.missingSections(ref, contentOf(practice), practice.pendingAnswers ?? {})
    if (missing.length) return { kind: 'incomplete', sections: missing }
    if (practice.callId !== null && !practice.submittedAt) {
      const closed = await callClosedFor(tx, practice.callId)
      if (closed) return closed
    }

    const resubmitted = practice.status === 'changes_requested'
    const year = Number(londonToday().slice(0, 4))
    const reference = practice.reference ?? reserved ?? formatReference(year, await nextReferenceNumber(tx, year))
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
    await this.sendEmails(tx, ref, practice, actorUserId, { reference, kind: resubmitted ? 'resubmitted' : 'new' })
    return { kind: 'submitted', reference }
  }

  private async submitRevision(
    tx: Db,
    ref: ReferenceData,
    practice: PracticeRow,
    actorUserId: number,
    version: number,
  ): Promise<SubmitOutcome> {
    const revision = await findOpenRevision(tx, practice.id, { lock: true })
    if (!revision || revision.status === 'submitted') return { kind: 'already' }
    const status = nextRevisionStatus('submit', revision.status)
    if (revision.version !== version) return { kind: 'conflict' }
    const content = revisionContent(revision.content, practice)
    const missing = this.missingSections(ref, content, revision.pendingAnswers ?? {})
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
      ref,
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
    ref: ReferenceData,
    practice: Pick<PracticeRow, 'title' | 'submittedByUserId' | 'organisationId'>,
    actorUserId: number,
    mail: { reference: string; kind: 'new' | 'resubmitted' | 'revision'; revisionNumber?: number },
  ) {
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

  /**
   * The contributor answers a reviewer who asked for changes (to a submission, or to a change to published
   * practice). One transaction: the timeline, the audit log and the e-mail to the assigned reviewer, or to
   * every reviewer when nobody is assigned. The practice itself does not change.
   */
  async reply(viewer: Viewer, id: number, text: string): Promise<ReplyOutcome> {
    return this.db.transaction(async (tx) => {
      const practice = await findPracticeById(tx, id, { lock: true })
      if (!practice || !canSeeSubmission(viewer, practice)) return 'not-found'
      if (viewer.kind !== 'user' || !canEditSubmission(viewer, practice)) return 'not-allowed'
      const revision = practice.status === 'published' ? await findOpenRevision(tx, id) : null
      const asked = revision ? revision.status === 'changes_requested' : practice.status === 'changes_requested'
      if (!asked || !practice.reference) return 'not-asked'
      const actorUserId = viewer.user.id
      await recordPracticeEvent(tx, {
        practiceId: id,
        revisionId: revision?.id ?? null,
        kind: 'contributor-replied',
        body: text,
        details: revision ? { revision: revision.number } : {},
        actorUserId,
      })
      await recordAuditEvent(tx, {
        action: 'contributor-replied',
        actorUserId,
        subjectUserId: practice.submittedByUserId,
        details: { practiceId: id, reference: practice.reference, ...(revision ? { revision: revision.number } : {}) },
      })
      const assigned = await findActiveReviewerEmail(tx, practice.assignedToUserId)
      const title = revision ? revisionContent(revision.content, practice).title : practice.title
      const mail = {
        baseUrl: this.baseUrl,
        reference: practice.reference,
        title,
        reply: text,
        contributor: viewer.user.name,
        revisionNumber: revision?.number ?? null,
      }
      for (const to of assigned ? [assigned] : await findReviewerEmails(tx)) {
        await enqueueEmail(tx, replyEmail(to, mail))
      }
      return 'replied'
    })
  }
}
