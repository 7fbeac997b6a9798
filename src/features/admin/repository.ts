import { and, asc, eq, ilike, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { organisations, userRoles, users } from '../../db/schema/index.js'

export async function searchUsers(db: Db, text: string | null, limit = 50) {
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisation: organisations.name,
      verified: sql<boolean>`${users.emailVerifiedAt} is not null`,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
      roles: sql<
        string[]
      >`coalesce((select array_agg(distinct r.role order by r.role) from ${userRoles} r where r.user_id = ${users.id}), '{}')`,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(isNull(users.deletedAt), pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined),
    )
    .orderBy(asc(users.name))
    .limit(limit)
}

export async function findUserForAdmin(db: Db, id: number) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      organisation: organisations.name,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
  if (!user) return null
  const roles = await db
    .select({
      role: userRoles.role,
      organisationId: userRoles.organisationId,
      organisation: organisations.name,
      grantedAt: userRoles.grantedAt,
    })
    .from(userRoles)
    .leftJoin(organisations, eq(organisations.id, userRoles.organisationId))
    .where(eq(userRoles.userId, id))
    .orderBy(asc(userRoles.role))
  return { ...user, roles }
}
