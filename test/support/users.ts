import { desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, outbox, type Role } from '../../src/db/schema/index.js'
import { hashPassword } from '../../src/features/accounts/passwords.js'
import { grantRole, insertUser, updateUser } from '../../src/features/accounts/repository.js'
import { TestClient } from './client.js'
import type { FastifyInstance } from 'fastify'

export const PASSWORD = 'correct horse battery staple'
let sequence = 0

export interface UserSpec {
  email?: string
  name?: string
  organisation?: string
  verified?: boolean
  roles?: Role[]
  /** for force leads */
  leads?: string
}

async function organisationId(db: Db, code: string): Promise<number> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code))
  if (!row) throw new Error(`no organisation ${code}`)
  return row.id
}

/** A user with the test password, verified unless told otherwise. */
export async function aUser(db: Db, spec: UserSpec = {}) {
  sequence += 1
  const email = spec.email ?? `person${sequence}@example.org`
  const id = await insertUser(db, {
    email,
    name: spec.name ?? `Test Person ${sequence}`,
    organisationId: await organisationId(db, spec.organisation ?? 'merseyside'),
    passwordHash: await hashPassword(PASSWORD),
  })
  if (spec.verified !== false) await updateUser(db, id, { emailVerifiedAt: new Date() })
  for (const role of spec.roles ?? []) {
    const org = role === 'force-lead' ? await organisationId(db, spec.leads ?? spec.organisation ?? 'merseyside') : 0
    await grantRole(db, id, { role, organisationId: org }, null)
  }
  return { id, email }
}

/** A client signed in as this user, through the real sign-in form. */
export async function signedIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<TestClient> {
  const client = new TestClient(app)
  const result = await client.submit('/sign-in', { email, password })
  if (result.status !== 302) throw new Error(`sign-in failed for ${email}: ${result.status}`)
  return client
}

/** The newest e-mail sent to an address, from the outbox. */
export async function lastEmailTo(db: Db, to: string) {
  const [row] = await db
    .select()
    .from(outbox)
    .where(sql`lower(${outbox.toAddress}) = lower(${to})`)
    .orderBy(desc(outbox.id))
    .limit(1)
  return row ?? null
}

export function linkIn(body: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+(${path}/[A-Za-z0-9_-]+)`).exec(body)
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${body}`)
  return match[1]
}
