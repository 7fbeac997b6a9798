import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.js'
import { auditEvents, users } from '../../db/schema/index.js'

export const auditActions = [
  'sign-in',
  'sign-in-failed',
  'sign-in-throttled',
  'sign-in-after-failures',
  'sign-out',
  'sign-out-everywhere',
  'registered',
  'email-verified',
  'password-reset-requested',
  'password-reset',
  'password-changed',
  'account-deleted',
  'account-disabled',
  'account-enabled',
  'role-granted',
  'role-revoked',
  'data-downloaded',
  // practice: put { practiceId, reference } in details
  'practice-submitted',
  'practice-withdrawn',
  'attachment-added',
  'attachment-removed',
  'revision-submitted',
  'practice-assigned',
  'practice-classified',
  'changes-requested',
  'contributor-replied',
  'practice-rejected',
  'practice-published',
  'practice-unpublished',
  'practice-archived',
  'revision-approved',
  'revision-rejected',
  'toolkit-linked',
  'toolkit-unlinked',
  'assessment-completed',
  'consensus-recorded',
  'practice-shortlisted',
  'review-confirmed',
  'criteria-changed',
  // the search synonym list: { change: added | edited | deleted, groupId, terms, previous }
  'synonyms-changed',
  // calls admin (issue 14): { change: created | edited | opened | closed | archived, callId, slug }
  'call-changed',
  'consent-withdrawn',
  // adoption ("we use this too"): put { practiceId, adoptionId, organisationId } in details
  'adoption-recorded',
  'adoption-updated',
  'adoption-removed',
  // the legacy import: put { importId, fileName } in details, with the row counts once committed
  'import-uploaded',
  'import-committed',
  'import-undone',
  // learning events: put { eventId } in details
  'event-created',
  'event-attendees-downloaded',
  'event-attendance-marked',
  'event-material-added',
  'event-invitation-answered',
  // an event's details changed: { eventId, slug, changes: { field: { from, to } }, told, promoted }
  'event-changed',
  // an event called off: { eventId, slug, reason, told }
  'event-cancelled',
  // personal API tokens: put { tokenId, name, prefix } in details
  'api-token-created',
  'api-token-revoked',
  // evaluation brokerage: put { practiceId, requestId } or { practiceId, evaluationId } in details
  'evaluation-requested',
  'evaluation-request-withdrawn',
  'evaluation-request-decided',
  'evaluation-updated',
  // staff corrected the record: { practiceId, evaluationId, changes: { field: { from, to } } }
  'evaluation-details-changed',
  // the contact relay: { practiceId, length } only, never the message itself
  'practice-contact-relayed',
  // the What Works Toolkit (issue 13): { change: created | edited | retired | restored, entryId, slug, fields }
  'toolkit-entry-changed',
  // a Toolkit CSV: { importId, fileName, counts } when checked and when committed
  'toolkit-import-checked',
  'toolkit-import-committed',
  // announcing a call (issue 14): { callId, slug, recipients }
  'call-announced',
  // "tell me about new calls": { wants, via: account | unsubscribe-link }
  'call-announcements-choice-changed',
] as const
export type AuditAction = (typeof auditActions)[number]

export interface AuditEvent {
  action: AuditAction
  actorUserId?: number | null
  subjectUserId?: number | null
  ip?: string | null
  details?: Record<string, unknown>
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function recordAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    action: event.action,
    actorUserId: event.actorUserId ?? null,
    subjectUserId: event.subjectUserId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
  })
}

export interface AuditFilter {
  action?: AuditAction
  userId?: number
  before?: number
}

const actors = alias(users, 'actors')

/** The newest events first, with the names and e-mail addresses of the people they are about and by. */
export async function findAuditEvents(db: Db, filter: AuditFilter, limit = 50) {
  const conditions: SQL[] = []
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action))
  if (filter.userId) conditions.push(eq(auditEvents.subjectUserId, filter.userId))
  if (filter.before) conditions.push(lt(auditEvents.id, filter.before))
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: actors.name,
      actorEmail: actors.email,
      subjectUserId: auditEvents.subjectUserId,
      subjectName: users.name,
      subjectEmail: users.email,
      ip: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.subjectUserId))
    .leftJoin(actors, eq(actors.id, auditEvents.actorUserId))
    .where(conditions.length ? and(...conditions) : gte(auditEvents.id, 0))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
}
