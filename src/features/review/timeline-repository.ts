import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { practiceEvents, users } from '../../db/schema/index.js'

export interface PracticeEvent {
  practiceId: number
  revisionId?: number | null
  /** submitted, resubmitted, withdrawn, assigned, review-started, changes-requested, rejected, published, unpublished, archived, classified, toolkit-linked, note, revision-submitted, revision-approved, revision-rejected, contributor-replied… */
  kind: string
  body?: string | null
  details?: Record<string, unknown>
  /** notes and assignments: reviewers only */
  internal?: boolean
  actorUserId: number | null
}

/** Writes one event on a practice's timeline; call it inside the transaction of the change it records. */
export async function recordPracticeEvent(db: Db, event: PracticeEvent): Promise<void> {
  await db.insert(practiceEvents).values({
    practiceId: event.practiceId,
    revisionId: event.revisionId ?? null,
    kind: event.kind,
    body: event.body ?? null,
    details: event.details ?? null,
    internal: event.internal ?? false,
    actorUserId: event.actorUserId,
  })
}

/** A practice's timeline, oldest first, with who did each thing. */
export async function findPracticeEvents(db: Db, practiceId: number, options: { includeInternal: boolean }) {
  const rows = await db
    .select({
      id: practiceEvents.id,
      kind: practiceEvents.kind,
      body: practiceEvents.body,
      details: practiceEvents.details,
      internal: practiceEvents.internal,
      revisionId: practiceEvents.revisionId,
      createdAt: practiceEvents.createdAt,
      actorName: users.name,
    })
    .from(practiceEvents)
    .leftJoin(users, eq(users.id, practiceEvents.actorUserId))
    .where(eq(practiceEvents.practiceId, practiceId))
    .orderBy(asc(practiceEvents.createdAt), asc(practiceEvents.id))
  return options.includeInternal ? rows : rows.filter((r) => !r.internal)
}
