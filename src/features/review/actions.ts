import type { Db } from '../../db/client.js'
import type { practices } from '../../db/schema/index.js'
import { recordAuditEvent, type AuditAction } from '../audit/repository.js'
import { enqueueEmail, type Email } from '../email/outbox.js'
import {
  findPracticeByReference,
  markFirstReviewed,
  updatePracticeAtVersion,
  type ReviewPracticeRow,
} from './repository.js'
import { recordPracticeEvent } from './timeline-repository.js'

/** The reviewer's page is out of date: someone changed the practice since they loaded it. */
export class StaleVersion extends Error {
  readonly statusCode = 409
  constructor(
    readonly reference: string,
    readonly seenVersion: number,
    /** set when the stale form was a decision on this revision; `seenVersion` is then the revision's */
    readonly revisionNumber: number | null = null,
  ) {
    super('Someone else changed this practice after you opened it. Nothing has been changed.')
    this.name = 'StaleVersion'
  }
}

export class PracticeNotFound extends Error {
  readonly statusCode = 404
  constructor() {
    super('No such practice')
    this.name = 'PracticeNotFound'
  }
}

/** Who acts, from where. */
export interface Actor {
  id: number
  ip: string
}

export type FoundPractice = NonNullable<Awaited<ReturnType<typeof findPracticeByReference>>>

/** The practice, if it is still at the version the reviewer saw. Drafts are not the reviewers' business. */
export async function loadAtVersion(db: Db, reference: string, seenVersion: number): Promise<FoundPractice> {
  const found = await findPracticeByReference(db, reference)
  if (!found || found.practice.status === 'draft') throw new PracticeNotFound()
  if (found.practice.version !== seenVersion) throw new StaleVersion(reference, seenVersion)
  return found
}

/** Writes the change at the version seen (or StaleVersion, rolling back), and notes the first review. */
export async function writeAtVersion(
  db: Db,
  practice: ReviewPracticeRow,
  seenVersion: number,
  changes: Partial<typeof practices.$inferInsert>,
): Promise<void> {
  if (!(await updatePracticeAtVersion(db, practice.id, seenVersion, changes)))
    throw new StaleVersion(practice.reference ?? '', seenVersion)
  await markFirstReviewed(db, practice.id)
}

export interface Happening {
  kind: string
  /** notes are on the timeline only */
  audit: AuditAction | null
  body?: string | null
  internal?: boolean
  revisionId?: number | null
  details?: Record<string, unknown>
  /** the practice's version after the change, so a conflict page can show what happened since */
  version: number
}

/** One thing a reviewer did: on the timeline and in the audit log, in the caller's transaction. */
export async function recordHappening(db: Db, practice: ReviewPracticeRow, actor: Actor, h: Happening): Promise<void> {
  const details = { ...h.details, version: h.version }
  await recordPracticeEvent(db, {
    practiceId: practice.id,
    revisionId: h.revisionId ?? null,
    kind: h.kind,
    body: h.body ?? null,
    details,
    internal: h.internal ?? false,
    actorUserId: actor.id,
  })
  if (!h.audit) return
  await recordAuditEvent(db, {
    action: h.audit,
    actorUserId: actor.id,
    subjectUserId: practice.submittedByUserId,
    ip: actor.ip,
    details: { practiceId: practice.id, reference: practice.reference, ...h.details },
  })
}

/** The contributor's address: their account's, or the contact given on the form once the account is gone. */
export function contributorAddress(found: FoundPractice): string | null {
  return found.submitterEmail ?? found.practice.contactEmail ?? null
}

/** Queues the e-mail in the same transaction as the decision, if there is anyone to send it to. */
export async function tellContributor(db: Db, found: FoundPractice, make: (to: string) => Email): Promise<void> {
  const to = contributorAddress(found)
  if (to) await enqueueEmail(db, make(to))
}
