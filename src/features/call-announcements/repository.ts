import { eq, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { callAnnouncementChoices, callAnnouncements, callAnnouncementUnsubscribeTokens } from '../../db/schema/index.js'

export type Recipient = { id: number; email: string; name: string | null }
export type Announcement = typeof callAnnouncements.$inferSelect & { senderName: string | null }

/**
 * Everyone a call announcement goes to, each once: active accounts (verified, not disabled, not deleted)
 * that said yes, and force leads who did not say no.
 */
export function findRecipients(db: Db): Promise<Recipient[]> {
  return queryRows<Recipient>(
    db,
    sql`select u.id, u.email, u.name from users u
        left join call_announcement_choices c on c.user_id = u.id
        where u.email is not null and u.email_verified_at is not null
          and u.disabled_at is null and u.deleted_at is null
          and (c.wants = true
               or (c.wants is null and exists (
                 select 1 from user_roles r where r.user_id = u.id and r.role = 'force-lead')))
        order by u.id`,
  )
}

export async function countRecipients(db: Db): Promise<number> {
  return (await findRecipients(db)).length
}

export async function findAnnouncement(db: Db, callId: number): Promise<Announcement | null> {
  const [row] = await queryRows<Announcement>(
    db,
    sql`select a.id, a.call_id as "callId", a.sent_by as "sentBy", a.sent_at as "sentAt",
               a.recipient_count as "recipientCount", u.name as "senderName"
        from call_announcements a left join users u on u.id = a.sent_by where a.call_id = ${callId}`,
  )
  return row ? { ...row, sentAt: new Date(row.sentAt) } : null
}

export async function insertAnnouncement(db: Db, callId: number, sentBy: number, recipientCount: number) {
  const [row] = await db
    .insert(callAnnouncements)
    .values({ callId, sentBy, recipientCount })
    .returning({ id: callAnnouncements.id })
  if (!row) throw new Error('the announcement was not recorded')
  return row.id
}

export async function insertUnsubscribeToken(db: Db, tokenHash: string, userId: number, announcementId: number) {
  await db.insert(callAnnouncementUnsubscribeTokens).values({ tokenHash, userId, announcementId })
}

/** The person an unsubscribe link is for, with their current answer (null: never answered). */
export async function findByTokenHash(db: Db, tokenHash: string) {
  const [row] = await queryRows<{ userId: number; wants: boolean | null }>(
    db,
    sql`select t.user_id as "userId", c.wants from call_announcement_unsubscribe_tokens t
        join users u on u.id = t.user_id and u.deleted_at is null
        left join call_announcement_choices c on c.user_id = t.user_id
        where t.token_hash = ${tokenHash}`,
  )
  return row ?? null
}

export async function findChoice(db: Db, userId: number): Promise<boolean | null> {
  const [row] = await db
    .select({ wants: callAnnouncementChoices.wants })
    .from(callAnnouncementChoices)
    .where(eq(callAnnouncementChoices.userId, userId))
  return row?.wants ?? null
}

export async function saveChoice(db: Db, userId: number, wants: boolean) {
  await db
    .insert(callAnnouncementChoices)
    .values({ userId, wants })
    .onConflictDoUpdate({ target: callAnnouncementChoices.userId, set: { wants, updatedAt: new Date() } })
}
