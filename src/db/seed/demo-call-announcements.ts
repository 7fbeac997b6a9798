import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'

/** The demo contributor asked to hear about new calls, so the announcement page counts them with the demo force lead. */
export const demoCallAnnouncementOptIns = ['contributor@demo.example.org'] as const

/** Records the demo opt-ins whose accounts exist and who have not answered yet; returns how many were added. */
export async function insertDemoCallAnnouncementOptIns(db: Db): Promise<number> {
  let added = 0
  for (const email of demoCallAnnouncementOptIns) {
    const result = (await db.execute(
      sql`insert into call_announcement_choices (user_id, wants)
          select u.id, true from users u where u.email = ${email}
          on conflict (user_id) do nothing
          returning user_id`,
    )) as unknown as { rows: unknown[] }
    added += result.rows.length
  }
  return added
}
