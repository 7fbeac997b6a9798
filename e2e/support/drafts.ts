import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { practices, users } from '../../src/db/schema/index.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** a draft of the demo contributor's, made at start-up, for journeys that need one to exist */
    demoDraftId: number
  }
}

/**
 * A draft owned by a demo user, written straight to the database of the app under test (global-setup.ts
 * runs in the process that holds it). Journeys that are not about creating a submission start from it.
 */
export async function insertDemoDraft(db: Db, email: string, title: string): Promise<number> {
  const [user] = await db
    .select({ id: users.id, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.email, email))
  if (!user?.organisationId) throw new Error(`no demo user ${email} with an organisation`)
  const [row] = await db
    .insert(practices)
    .values({
      slug: `draft-${Date.now()}-${user.id}`,
      title,
      organisationId: user.organisationId,
      submittedByUserId: user.id,
      status: 'draft',
      visibility: 'internal',
    })
    .returning({ id: practices.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}
