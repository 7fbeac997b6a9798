import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { visibilityRuleFor, type SignedInUser, type Viewer } from '../access/visibility.js'
import { visiblePractice } from '../access/visible-practice.js'
import { recordAuditEvent } from '../audit/repository.js'
import { countRateLimitHit } from '../../plugins/rate-limit-store.js'
import { enqueueEmail } from '../email/outbox.js'

/** Messages one person may relay in an hour, counted in the database so every instance shares the count. */
export const RELAY_LIMIT = 5
export const RELAY_WINDOW_MS = 60 * 60 * 1000

export interface RelayTarget {
  id: number
  slug: string
  title: string
  reference: string | null
  /** the practice lead's address: never shown, only used to send */
  leadEmail: string
}

export type RelayResult = 'sent' | 'limited' | 'no-lead'

/**
 * "Contact the practice lead": a message sent through the service to the practice's named contact (or
 * its contributor), with replies going to the sender. The lead's address is never shown; the audit
 * log records who wrote about which practice, and how long the message was, but never what it said.
 */
export class ContactService {
  constructor(
    private readonly db: Db,
    private readonly baseUrl: string,
  ) {}

  /** The published practice this viewer may read, with the address the message would go to. */
  async target(slug: string, viewer: Viewer, db: Db = this.db): Promise<RelayTarget | null> {
    const [row] = await queryRows<{
      id: number
      slug: string
      title: string
      reference: string | null
      leadEmail: string | null
    }>(
      db,
      sql`select p.id, p.slug, p.title, p.reference, coalesce(p.contact_email, u.email) as "leadEmail"
          from practices p left join users u on u.id = p.submitted_by_user_id and u.deleted_at is null and u.disabled_at is null
          where p.slug = ${slug} and ${visiblePractice(visibilityRuleFor(viewer))}`,
    )
    if (!row) return null
    return row.leadEmail ? { ...row, leadEmail: row.leadEmail } : null
  }

  async send(sender: SignedInUser, viewer: Viewer, slug: string, message: string, ip: string | null) {
    return this.db.transaction(async (tx): Promise<RelayResult> => {
      const target = await this.target(slug, viewer, tx)
      if (!target) return 'no-lead'
      // Counted with the message, in one statement shared by every instance; the hour runs from the first message.
      const { current } = await countRateLimitHit(tx, `contact-relay|user:${sender.id}`, RELAY_WINDOW_MS)
      if (current > RELAY_LIMIT) return 'limited'
      await enqueueEmail(tx, {
        to: target.leadEmail,
        replyTo: sender.email,
        subject: `A message about "${target.title}" from Practice Bank`,
        body: `${sender.name} (${sender.email}) has sent you a message about your practice "${target.title}" through Practice Bank. Reply to this e-mail to answer them directly; your reply goes to them, not to us.\n\n---\n\n${message}\n\n---\n\nThe practice in Practice Bank: ${this.baseUrl}/practices/${target.slug}\n\nWe sent this for them without showing them your e-mail address. If the message is abusive, please tell the programme team.`,
      })
      await recordAuditEvent(tx, {
        action: 'practice-contact-relayed',
        actorUserId: sender.id,
        ip,
        details: { practiceId: target.id, reference: target.reference, length: message.length },
      })
      return 'sent'
    })
  }
}
