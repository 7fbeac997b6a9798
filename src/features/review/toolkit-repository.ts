import { and, asc, eq, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { practiceToolkitLinks, toolkitEntries, users } from '../../db/schema/index.js'

export type ToolkitEntry = typeof toolkitEntries.$inferSelect

/** Toolkit interventions whose title or summary contain the words, or whose title is close to them. */
export async function searchToolkit(db: Db, text: string, limit = 10): Promise<ToolkitEntry[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return queryRows<ToolkitEntry>(
    db,
    sql`select id, slug, title, summary, effect, evidence_strength as "evidenceStrength", mechanism, moderators,
               implementation, economic_cost as "economicCost", url, is_sample as "isSample", created_at as "createdAt"
        from toolkit_entries
        where retired_at is null and (title ilike ${pattern} or summary ilike ${pattern} or similarity(title, ${text}) > 0.2)
        order by similarity(title, ${text}) desc, title asc
        limit ${limit}`,
  )
}

export async function findToolkitEntry(db: Db, id: number): Promise<ToolkitEntry | null> {
  const [row] = await db.select().from(toolkitEntries).where(eq(toolkitEntries.id, id))
  return row ?? null
}

export async function findLinkedToolkitEntries(db: Db, practiceId: number) {
  return db
    .select({ entry: toolkitEntries, note: practiceToolkitLinks.note, linkedBy: users.name })
    .from(practiceToolkitLinks)
    .innerJoin(toolkitEntries, eq(toolkitEntries.id, practiceToolkitLinks.toolkitEntryId))
    .leftJoin(users, eq(users.id, practiceToolkitLinks.linkedByUserId))
    .where(eq(practiceToolkitLinks.practiceId, practiceId))
    .orderBy(asc(toolkitEntries.title))
}

/** True if a new link was made; false if the practice was already linked to the entry. */
export async function linkToolkitEntry(
  db: Db,
  link: { practiceId: number; toolkitEntryId: number; note: string | null; userId: number },
): Promise<boolean> {
  const rows = await db
    .insert(practiceToolkitLinks)
    .values({
      practiceId: link.practiceId,
      toolkitEntryId: link.toolkitEntryId,
      note: link.note,
      linkedByUserId: link.userId,
    })
    .onConflictDoNothing()
    .returning({ practiceId: practiceToolkitLinks.practiceId })
  return rows.length === 1
}

export async function unlinkToolkitEntry(db: Db, practiceId: number, toolkitEntryId: number): Promise<boolean> {
  const rows = await db
    .delete(practiceToolkitLinks)
    .where(
      and(eq(practiceToolkitLinks.practiceId, practiceId), eq(practiceToolkitLinks.toolkitEntryId, toolkitEntryId)),
    )
    .returning({ practiceId: practiceToolkitLinks.practiceId })
  return rows.length === 1
}
