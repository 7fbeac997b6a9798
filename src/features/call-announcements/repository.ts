import { eq, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { callAnnouncementChoices, callAnnouncements } from '../../db/schema/index.js'

export type Recipient = { id: number; email: string; name: string | null }
export type Announcement = typeof callAnnouncements.$inferSelect & { senderName: string | null }

/**
 * Everyone a call announcement goes to, each once: active accounts (verified, not disabled, not deleted)
 * that said yes, and force leads who did not say no.
 */
const recipientsSql = sql`select u.id, u.email, u.name from users u
    left join call_announcement_choices c on c.user_id = u.id
    where u.email is not null and u.email_verified_at is not null
      and u.disabled_at is null and u.deleted_at is null
      and (c.wants = true
           or (c.wants is null and exists (
             select 1 from user_roles r where r.user_id = u.id and r.role = 'force-lead')))`

export function findRecipients(db: Db): Promise<Recipient[]> {
  return queryRows<Recipient>(db, sql`${recipientsSql} order by u.id`)
}

export async function countRecipients(db: Db): Promise<number> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from (${recipientsSql}) r`)
  return row?.count ?? 0
}

/**
 * The announcement's e-mail for one person, as text with markers where their greeting's name and their
 * token go; the markers hold a random nonce, so no title or name can contain one.
 */
export interface AnnouncementTemplate {
  subject: string
  /** the body for a person with a name, and for one without */
  bodyNamed: string
  bodyUnnamed: string
  /** the List-Unsubscribe header's values, with the token marker */
  headers: Record<string, string>
  nameMarker: string
  tokenMarker: string
}

/**
 * Queues the announcement to every recipient in one statement: a fresh random token each (32 bytes from
 * two UUIDs, base64url, so the same shape as newToken()), its SHA-256 kept, and an outbox row with the
 * token in the body and the one-click headers. The unique (announcement, person) index and
 * `on conflict do nothing` make a repeat add nobody twice: an outbox row is written only for a token
 * row this statement inserted. Returns how many e-mails were queued.
 */
export async function enqueueAnnouncementEmails(db: Db, announcementId: number, t: AnnouncementTemplate) {
  const [row] = await queryRows<{ queued: number }>(
    db,
    sql`with people as (
          select r.id, r.email, r.name,
                 rtrim(translate(encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '+/', '-_'), '=') as token
          from (${recipientsSql}) r
        ),
        tokens as (
          insert into call_announcement_unsubscribe_tokens (token_hash, user_id, announcement_id)
          select encode(sha256(convert_to(p.token, 'UTF8')), 'hex'), p.id, ${announcementId} from people p
          on conflict (announcement_id, user_id) do nothing
          returning user_id
        ),
        mails as (
          insert into outbox (to_address, subject, body, headers)
          select p.email, ${t.subject},
                 case when p.name is null or p.name = '' then replace(${t.bodyUnnamed}, ${t.tokenMarker}, p.token)
                      else replace(replace(${t.bodyNamed}, ${t.tokenMarker}, p.token), ${t.nameMarker}, p.name) end,
                 (select jsonb_object_agg(h.key, replace(h.value, ${t.tokenMarker}, p.token))
                    from jsonb_each_text(${JSON.stringify(t.headers)}::jsonb) h)
          from people p join tokens k on k.user_id = p.id
          order by p.id
          returning 1
        )
        select count(*)::int as queued from mails`,
  )
  return row?.queued ?? 0
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

export async function setRecipientCount(db: Db, announcementId: number, recipientCount: number) {
  await db.update(callAnnouncements).set({ recipientCount }).where(eq(callAnnouncements.id, announcementId))
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
