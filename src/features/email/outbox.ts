import { desc } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'

export interface Email {
  to: string
  subject: string
  body: string
  /** replies go here instead of to the service (a relayed message: the sender) */
  replyTo?: string
  /** extra headers, name to value (the one-click unsubscribe pair); the mailer adds them as they are */
  headers?: Record<string, string>
}

/**
 * The RFC 8058 pair that lets a mail program offer its own "Unsubscribe" button: it POSTs
 * `List-Unsubscribe=One-Click` to the address, without cookies, so the route must accept that POST
 * without a session or CSRF token (see ONE_CLICK_BODY in plugins/session.ts).
 */
export function oneClickUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

/**
 * Queues an e-mail. Call it with the transaction of the change that causes it, so that the mail is
 * sent if and only if the change is kept. A worker delivers it (or, with no SMTP, admins read it).
 */
export async function enqueueEmail(db: Db, email: Email): Promise<void> {
  await db.insert(outbox).values({
    toAddress: email.to,
    subject: email.subject,
    body: email.body,
    replyTo: email.replyTo ?? null,
    headers: email.headers ?? {},
  })
}

export async function findRecentEmails(db: Db, limit = 100) {
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit)
}
