import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { signedInOnly, type MatrixSection } from './types.js'

/** a token of the shape the alerts send, known to the test */
const TOKEN = 'matrixUnsubscribeToken0123456789abcdefghijk'

/** Only their owner (the contributor here) reaches their own saved searches; the link in an alert works for anyone. */
const ownerOnly = (status: number) => ({ anonymous: 'sign-in' as const, contributor: status, rest: 404 })

export const savedSearchMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/account/saved-searches', url: '/account/saved-searches', expect: signedInOnly(200) },
    {
      method: 'GET',
      route: '/account/saved-searches/new',
      url: '/account/saved-searches/new?q=harbour',
      expect: signedInOnly(200),
    },
    {
      method: 'POST',
      route: '/account/saved-searches/new',
      url: '/account/saved-searches/new',
      expect: signedInOnly(400),
    },
    {
      method: 'GET',
      route: '/account/saved-searches/:id',
      url: '/account/saved-searches/{SAVED_SEARCH}',
      expect: ownerOnly(200),
    },
    {
      method: 'POST',
      route: '/account/saved-searches/:id',
      url: '/account/saved-searches/{SAVED_SEARCH}',
      expect: ownerOnly(400),
    },
    {
      method: 'GET',
      route: '/account/saved-searches/:id/delete',
      url: '/account/saved-searches/{SAVED_SEARCH}/delete',
      expect: ownerOnly(200),
    },
    {
      method: 'POST',
      route: '/account/saved-searches/:id/delete',
      url: '/account/saved-searches/{SAVED_SEARCH}/delete',
      expect: ownerOnly(400),
    },
    {
      method: 'GET',
      route: '/saved-searches/unsubscribe/:token',
      url: `/saved-searches/unsubscribe/${TOKEN}`,
      expect: 200,
    },
    {
      method: 'POST',
      route: '/saved-searches/unsubscribe/:token',
      url: `/saved-searches/unsubscribe/${TOKEN}`,
      expect: 200,
    },
  ],
  async fixtures(db, _app, { users }) {
    const insert = (name: string) =>
      queryRows<{ id: number }>(
        db,
        sql`insert into saved_searches (user_id, name, query, frequency, next_alert_at)
            values (${users.contributor.id}, ${name}, 'q=harbour', 'weekly', now() + interval '7 days') returning id`,
      )
    const [owned] = await insert('Harbour')
    const [alerted] = await insert('Harbour alerts')
    const hash = createHash('sha256').update(TOKEN).digest('hex')
    await db.execute(
      sql`insert into saved_search_unsubscribe_tokens (token_hash, saved_search_id) values (${hash}, ${alerted?.id ?? 0})`,
    )
    return { SAVED_SEARCH: String(owned?.id ?? 0) }
  },
}
