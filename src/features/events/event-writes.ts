import type { Db } from '../../db/client.js'
import { enqueueEmail } from '../email/outbox.js'
import type { eventEmails } from './emails.js'
import * as repo from './repository.js'
import type { EventRow } from './repository.js'

type EventEmails = ReturnType<typeof eventEmails>

/**
 * Offers free places to the waiting list in order of joining, telling each person promoted. Called in
 * the transaction that freed the places (a cancelled registration, a raised capacity), with the event
 * row locked. Returns how many were promoted.
 */
export async function fillPlaces(tx: Db, event: EventRow, emails: EventEmails): Promise<number> {
  let taken = await repo.countRegistered(tx, event.id)
  let promoted = 0
  while (taken < event.capacity) {
    const next = await repo.firstWaiting(tx, event.id)
    if (!next) break
    await repo.markPromoted(tx, next.id)
    taken++
    promoted++
    const email = next.userId ? await repo.findActiveUserEmail(tx, next.userId) : null
    if (email) await enqueueEmail(tx, emails.promoted(email, event, next))
  }
  return promoted
}

/** Showcases practice at an event, inviting each contributor with an account to present it. */
export async function showcasePractice(
  tx: Db,
  event: EventRow,
  chosen: { id: number; title: string; submittedByUserId: number | null }[],
  emails: EventEmails,
): Promise<void> {
  for (const practice of chosen) {
    const contributor = practice.submittedByUserId
      ? await repo.findActiveUserEmail(tx, practice.submittedByUserId)
      : null
    await repo.insertShowcase(tx, event.id, practice.id, contributor ? 'invited' : null)
    if (contributor) await enqueueEmail(tx, emails.invitation(contributor, event, practice.title))
  }
}
