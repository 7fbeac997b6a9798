import { eq, inArray } from 'drizzle-orm'
import type { Config } from '../../config.js'
import { hashPassword } from '../../features/accounts/passwords.js'
import { findUserByEmail, grantRole, insertUser, updateUser } from '../../features/accounts/repository.js'
import type { Db } from '../client.js'
import { organisations, users, type Role } from '../schema/index.js'

/** Known to everyone who reads the README: demo accounts exist only on a local, embedded database. */
export const DEMO_PASSWORD = 'practice bank demo'

export const demoUsers: { email: string; name: string; organisation: string; role: Role | null; label: string }[] = [
  {
    email: 'contributor@demo.example.org',
    name: 'Casey Contributor',
    organisation: 'cheshire',
    role: null,
    label: 'contributor (partner, not police)',
  },
  {
    email: 'officer@demo.police.uk',
    name: 'Pat Officer',
    organisation: 'merseyside',
    role: null,
    label: 'police member',
  },
  {
    email: 'force.lead@demo.police.uk',
    name: 'Lee Lead',
    organisation: 'kent',
    role: 'force-lead',
    label: 'force lead (Kent)',
  },
  {
    email: 'reviewer@demo.police.uk',
    name: 'Robin Reviewer',
    organisation: 'national-crime-agency',
    role: 'reviewer',
    label: 'reviewer',
  },
  {
    email: 'academic@demo.example.ac.uk',
    name: 'Alex Academic',
    organisation: 'durham',
    role: 'academic',
    label: 'academic partner',
  },
  { email: 'admin@demo.police.uk', name: 'Ari Admin', organisation: 'west-midlands', role: 'admin', label: 'admin' },
]

/** The demo contributor, who has a submission waiting for their changes. */
export const demoContributorEmail = 'contributor@demo.example.org'

export function shouldCreateDemoUsers(config: Config): boolean {
  return config.demoUsers === 'on' || (config.demoUsers === 'auto' && !config.databaseUrl)
}

/** Creates the demo accounts that do not exist yet; returns them all for printing. */
export async function insertDemoUsers(db: Db): Promise<typeof demoUsers> {
  // At a restart every account exists: skip the deliberately slow password hash.
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoUsers.map((demo) => demo.email),
      ),
    )
  if (existing.length === demoUsers.length) return demoUsers
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await db.transaction(async (tx) => {
    for (const demo of demoUsers) {
      if (await findUserByEmail(tx, demo.email)) continue
      const [organisation] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.code, demo.organisation))
      const id = await insertUser(tx, {
        email: demo.email,
        name: demo.name,
        organisationId: organisation?.id ?? null,
        passwordHash,
        isDemo: true,
      })
      await updateUser(tx, id, { emailVerifiedAt: new Date() })
      if (demo.role) {
        const grantOrganisation = demo.role === 'force-lead' ? (organisation?.id ?? 0) : 0
        await grantRole(tx, id, { role: demo.role, organisationId: grantOrganisation }, null)
      }
    }
  })
  return demoUsers
}
