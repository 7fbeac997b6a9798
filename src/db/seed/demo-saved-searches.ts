import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'

/** Saved searches of the demo accounts, so /account/saved-searches shows alerts working on a fresh start. */
export const demoSavedSearches = [
  {
    email: 'officer@demo.police.uk',
    name: 'Domestic abuse in the North West',
    query: 'topic=domestic-abuse&region=north-west',
    frequency: 'weekly',
  },
  { email: 'officer@demo.police.uk', name: 'Stalking', query: 'q=stalking', frequency: 'none' },
  {
    email: 'contributor@demo.example.org',
    name: 'Missing children',
    query: 'q=missing+children',
    frequency: 'daily',
  },
] as const

/** Adds the demo saved searches whose accounts exist and that are not there yet; returns how many were added. */
export async function insertDemoSavedSearches(db: Db): Promise<number> {
  let added = 0
  for (const demo of demoSavedSearches) {
    const result = (await db.execute(
      sql`insert into saved_searches (user_id, name, query, frequency, next_alert_at, is_demo)
          select u.id, ${demo.name}, ${demo.query}, ${demo.frequency}::text,
                 case ${demo.frequency}::text when 'none' then null when 'daily' then now() + interval '1 day'
                      else now() + interval '7 days' end, true
          from users u where u.email = ${demo.email}
          on conflict (user_id, lower(name)) do nothing
          returning id`,
    )) as unknown as { rows: unknown[] }
    added += result.rows.length
  }
  return added
}
