import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls } from '../../db/schema/index.js'
import { hashToken, newToken } from '../accounts/tokens.js'
import type { SignedInUser } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { callState } from '../calls/dates.js'
import { enqueueEmail } from '../email/outbox.js'
import { isUniqueViolation } from '../saved-searches/service.js'
import { announcementEmail } from './emails.js'
import * as repo from './repository.js'
import type { Announcement } from './repository.js'

export type SendOutcome =
  | { ok: true; recipients: number }
  | { ok: false; reason: 'not-found' | 'not-open' | 'already-sent'; announcement?: Announcement | null }

/** Announcing a call for practice (issue 14): who hears, sending once, and the way to stop hearing. */
export class CallAnnouncementService {
  constructor(
    private readonly db: Db,
    private readonly baseUrl: string,
  ) {}

  find(callId: number): Promise<Announcement | null> {
    return repo.findAnnouncement(this.db, callId)
  }

  countRecipients(): Promise<number> {
    return repo.countRecipients(this.db)
  }

  /** Whether this person hears about new calls: their answer, or yes for a force lead who never answered. */
  async wantsAnnouncements(user: SignedInUser): Promise<boolean> {
    return (await repo.findChoice(this.db, user.id)) ?? user.roles.includes('force-lead')
  }

  async saveChoice(user: SignedInUser, wants: boolean, ip: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await repo.saveChoice(tx, user.id, wants)
      await recordAuditEvent(tx, {
        action: 'call-announcements-choice-changed',
        actorUserId: user.id,
        subjectUserId: user.id,
        ip,
        details: { wants, via: 'account' },
      })
    })
  }

  /**
   * Sends the call's one announcement: an e-mail to each recipient through the outbox, each with its own
   * unsubscribe token, and the record of it, all in one transaction. The unique constraint on the call
   * refuses a second send, even two at once.
   */
  async send(adminId: number, callId: number, ip: string): Promise<SendOutcome> {
    return this.db
      .transaction(async (tx): Promise<SendOutcome> => {
        const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update')
        if (!call) return { ok: false, reason: 'not-found' }
        const existing = await repo.findAnnouncement(tx, callId)
        if (existing) return { ok: false, reason: 'already-sent', announcement: existing }
        if (call.archivedAt || callState(call) !== 'open') return { ok: false, reason: 'not-open' }
        const recipients = await repo.findRecipients(tx)
        const announcementId = await repo.insertAnnouncement(tx, callId, adminId, recipients.length)
        for (const person of recipients) {
          const { token, tokenHash } = newToken()
          await repo.insertUnsubscribeToken(tx, tokenHash, person.id, announcementId)
          await enqueueEmail(tx, announcementEmail(this.baseUrl, person, call, token))
        }
        await recordAuditEvent(tx, {
          action: 'call-announced',
          actorUserId: adminId,
          ip,
          details: { callId, slug: call.slug, recipients: recipients.length },
        })
        return { ok: true, recipients: recipients.length }
      })
      .catch(async (error: unknown): Promise<SendOutcome> => {
        if (!isUniqueViolation(error)) throw error
        return { ok: false, reason: 'already-sent', announcement: await repo.findAnnouncement(this.db, callId) }
      })
  }

  /** The person an unsubscribe link is for, or null when the link is not one we sent. */
  findByUnsubscribeToken(token: string) {
    return repo.findByTokenHash(this.db, hashToken(token))
  }

  async unsubscribe(token: string, ip: string) {
    return this.db.transaction(async (tx) => {
      const found = await repo.findByTokenHash(tx, hashToken(token))
      if (!found) return null
      if (found.wants !== false) {
        await repo.saveChoice(tx, found.userId, false)
        await recordAuditEvent(tx, {
          action: 'call-announcements-choice-changed',
          subjectUserId: found.userId,
          ip,
          details: { wants: false, via: 'unsubscribe-link' },
        })
      }
      return found
    })
  }
}
