import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, signedInOnly, type MatrixSection } from './types.js'

/** a token of the shape the announcements send, known to the test */
const TOKEN = 'matrixCallAnnounceToken0123456789abcdefghij'

/**
 * Announcing a call (src/features/call-announcements/routes.ts): admins only, and the call here has been
 * announced already, so a send is refused (409) and nothing is mailed; anyone signed in answers the
 * opt-in (an empty form is refused); the link in an announcement works for anyone.
 */
export const callAnnouncementMatrix: MatrixSection = {
  rows: [
    {
      method: 'GET',
      route: '/admin/calls/:id/announce',
      url: '/admin/calls/{ANNOUNCED_CALL}/announce',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/calls/:id/announce',
      url: '/admin/calls/{ANNOUNCED_CALL}/announce',
      expect: adminOnly(409),
    },
    {
      method: 'POST',
      route: '/account/call-announcements',
      url: '/account/call-announcements',
      expect: signedInOnly(400),
    },
    { method: 'GET', route: '/calls/unsubscribe/:token', url: `/calls/unsubscribe/${TOKEN}`, expect: 200 },
    { method: 'POST', route: '/calls/unsubscribe/:token', url: `/calls/unsubscribe/${TOKEN}`, expect: 200 },
  ],
  async fixtures(db, _app, { users }) {
    const [call] = await queryRows<{ id: number }>(
      db,
      sql`insert into calls (slug, title, theme, year, opens_on, closes_on)
          values ('matrix-announced', 'An announced call', 'A theme for the matrix.', 2026, '2026-01-01', '2099-12-31')
          returning id`,
    )
    const [announcement] = await queryRows<{ id: number }>(
      db,
      sql`insert into call_announcements (call_id, sent_by, recipient_count)
          values (${call?.id ?? 0}, ${users.admin.id}, 1) returning id`,
    )
    const hash = createHash('sha256').update(TOKEN).digest('hex')
    await db.execute(
      sql`insert into call_announcement_unsubscribe_tokens (token_hash, user_id, announcement_id)
          values (${hash}, ${users.forceLead.id}, ${announcement?.id ?? 0})`,
    )
    return { ANNOUNCED_CALL: String(call?.id ?? 0) }
  },
}
