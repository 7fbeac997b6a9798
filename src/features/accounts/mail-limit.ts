import type { Db } from '../../db/client.js'
import { countRateLimitHit } from '../../plugins/rate-limit-store.js'

/** Account e-mails (reset links, verification links, "already registered") one address may get in an hour. */
export const ACCOUNT_MAILS_PER_HOUR = 5

/**
 * Counts an account e-mail to this address and says whether it may be sent. The per-address limit
 * on the routes slows one sender; this stops many senders flooding one person's inbox. Over the
 * limit, the mail is quietly not sent: the page says the same either way, so it reveals nothing.
 */
export async function mayMailAccount(db: Db, email: string): Promise<boolean> {
  const { current } = await countRateLimitHit(db, `account-mail|${email.trim().toLowerCase()}`, 60 * 60 * 1000)
  return current <= ACCOUNT_MAILS_PER_HOUR
}
