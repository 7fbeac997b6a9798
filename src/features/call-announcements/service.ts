import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls } from '../../db/schema/index.js'
import { hashToken } from '../accounts/tokens.js'
import type { SignedInUser } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { callState } from '../calls/dates.js'
import { isUniqueViolation } from '../saved-searches/service.js'
import { announcementTemplate } from './emails.js'
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
   * unsubscribe token, and the record of it, all in one transaction. The call's row lock and the unique
   * constraint on the call refuse a second send, even two at once or from two instances; the unique
   * (announcement, person) token index means nobody is queued twice within one.
   */
  async send(adminId: number, callId: number, ip: string): Promise<SendOutcome> {
    return this.db
      .transaction(async (tx): Promise<SendOutcome> => {
        const [call] = await tx.select().from(calls).where(eq(calls.id, callId)).for('update')
        if (!call) return { ok: false, reason: 'not-found' }
        const existing = await repo.findAnnouncement(tx, callId)
        if (existing) return { ok: false, reason: 'already-sent', announcement: existing }
        if (call.archivedAt || callState(call) !== 'open') return { ok: false, reason: 'not-open' }
        const announcementId = await repo.insertAnnouncement(tx, callId, adminId, 0)
        // One statement for everyone, whatever their number; the count is what it queued.
        const recipients = await repo.enqueueAnnouncementEmails(
          tx,
          announcementId,
          announcementTemplate(this.baseUrl, call),
        )
        await repo.setRecipientCount(tx, announcementId, recipients)
        await recordAuditEvent(tx, {
          action: 'call-announced',
          actorUserId: adminId,
          ip,
          details: { callId, slug: call.slug, recipients },
        })
        return { ok: true, recipients }
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

  /** `via`: the page's button, or a mail program's one-click unsubscribe (RFC 8058), for the audit trail */
  async unsubscribe(token: string, ip: string, via: 'unsubscribe-link' | 'one-click' = 'unsubscribe-link') {
    return this.db.transaction(async (tx) => {
      const found = await repo.findByTokenHash(tx, hashToken(token))
      if (!found) return null
      if (found.wants !== false) {
        await repo.saveChoice(tx, found.userId, false)
        await recordAuditEvent(tx, {
          action: 'call-announcements-choice-changed',
          subjectUserId: found.userId,
          ip,
          details: { wants: false, via },
        })
      }
      return found
    })
  }
}
