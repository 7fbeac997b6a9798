import { createHash } from 'node:crypto'
import { and, eq, gt, lt } from 'drizzle-orm'
import type { FastifySessionObject as Session } from '@fastify/session'
import type { Db } from '../../db/client.js'
import { sessions } from '../../db/schema/index.js'

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000

const hashId = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex')

type Callback = (error?: unknown) => void

/**
 * Sessions live in the database so that every instance of the service shares them. Only a hash of
 * the session id is stored. A session ends after SESSION_IDLE_MS without a request, and in any case
 * SESSION_ABSOLUTE_MS after it began.
 */
export class DatabaseSessionStore {
  constructor(private readonly db: Db) {}

  set(sessionId: string, session: Session, callback: Callback): void {
    const { cookie: _cookie, ...data } = session as unknown as Record<string, unknown>
    const now = new Date()
    const userId = typeof data.userId === 'number' ? data.userId : null
    const values = { data, userId, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) }
    this.db
      .insert(sessions)
      .values({ idHash: hashId(sessionId), ...values })
      .onConflictDoUpdate({ target: sessions.idHash, set: values })
      .then(() => callback(), callback)
  }

  get(sessionId: string, callback: (error: unknown, session?: Session | null) => void): void {
    const now = new Date()
    this.db
      .select({ data: sessions.data, createdAt: sessions.createdAt })
      .from(sessions)
      .where(and(eq(sessions.idHash, hashId(sessionId)), gt(sessions.expiresAt, now)))
      .then(([row]) => {
        if (!row || now.getTime() - row.createdAt.getTime() > SESSION_ABSOLUTE_MS) return callback(null, null)
        callback(null, row.data as unknown as Session)
      }, callback)
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db
      .delete(sessions)
      .where(eq(sessions.idHash, hashId(sessionId)))
      .then(() => callback(), callback)
  }
}

/** Ends every session of a user: "sign out everywhere", password changes, disabling an account. */
export async function destroyUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()))
}
