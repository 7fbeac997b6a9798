import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { apiTokens } from '../../db/schema/index.js'

export type ApiTokenRow = typeof apiTokens.$inferSelect
/** What the list shows: never the hash. */
export type ApiTokenSummary = Omit<ApiTokenRow, 'tokenHash' | 'userId'>

const summaryColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
}

export async function insertApiToken(
  db: Db,
  token: { userId: number; name: string; tokenHash: string; prefix: string; expiresAt: Date },
): Promise<ApiTokenSummary> {
  const [row] = await db.insert(apiTokens).values(token).returning(summaryColumns)
  if (!row) throw new Error('insert returned no row')
  return row
}

/** A person's tokens, newest first. */
export function findApiTokensOf(db: Db, userId: number): Promise<ApiTokenSummary[]> {
  return db
    .select(summaryColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
}

/** Revokes one of this person's tokens; null when they have no such token, or it was already revoked. */
export async function revokeApiToken(db: Db, userId: number, id: number): Promise<ApiTokenSummary | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning(summaryColumns)
  return row ?? null
}

/** The token with this hash, with the database's clock to judge its expiry by. */
export async function findApiTokenByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: apiTokens.userId,
      revokedAt: apiTokens.revokedAt,
      expired: sql<boolean>`${apiTokens.expiresAt} <= now()`,
    })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, tokenHash))
  return row ?? null
}

/** Notes the token's use, at most once a minute, so that reading the API is not a write per request. */
export async function touchApiToken(db: Db, id: number): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    )
}
