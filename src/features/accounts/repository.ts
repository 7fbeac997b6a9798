import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { emailTokens, userRoles, users, type Role, type TokenPurpose } from '../../db/schema/index.js'

export interface UserRecord {
  id: number
  email: string | null
  name: string | null
  organisationId: number | null
  passwordHash: string | null
  emailVerifiedAt: Date | null
  disabledAt: Date | null
  deletedAt: Date | null
  createdAt: Date
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  organisationId: users.organisationId,
  passwordHash: users.passwordHash,
  emailVerifiedAt: users.emailVerifiedAt,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
  createdAt: users.createdAt,
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1)
  return row ?? null
}

/** The person who signs in with this OpenID Connect identity, if anyone does. */
export async function findUserByOidcIdentity(db: Db, issuer: string, subject: string): Promise<UserRecord | null> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
    .limit(1)
  return row ?? null
}

/** Whether this account already has an OpenID Connect identity (its issuer and subject, or null). */
export async function findOidcIdentity(db: Db, userId: number): Promise<{ issuer: string; subject: string } | null> {
  const [row] = await db
    .select({ issuer: users.oidcIssuer, subject: users.oidcSubject })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1)
  return row?.issuer && row.subject ? { issuer: row.issuer, subject: row.subject } : null
}

/** Lets the person sign in with this OpenID Connect identity from now on. */
export async function linkOidcIdentity(db: Db, userId: number, issuer: string, subject: string): Promise<void> {
  await updateUser(db, userId, { oidcIssuer: issuer, oidcSubject: subject })
}

export async function findUserById(db: Db, id: number): Promise<UserRecord | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id)).limit(1)
  return row ?? null
}

export async function insertUser(
  db: Db,
  values: { email: string; name: string; organisationId: number | null; passwordHash: string | null; isDemo?: boolean },
): Promise<number> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id })
  if (!row) throw new Error('insert returned nothing')
  return row.id
}

export async function updateUser(db: Db, id: number, values: Partial<typeof users.$inferInsert>): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
}

/** The latest time any of `keys` is blocked until, or null when none is blocked now. */
export async function findSignInBlock(db: Db, keys: string[]): Promise<Date | null> {
  const [row] = await queryRows<{ until: string | Date | null }>(
    db,
    sql`select max(blocked_until) as until from sign_in_throttle
        where key in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}) and blocked_until > now()`,
  )
  return row?.until ? new Date(row.until) : null
}

/**
 * Counts one failed sign-in against `key` in one statement (so instances sharing the database cannot
 * lose a count); the count starts again once its window has ended. Returns the new count.
 */
export async function countSignInFailure(db: Db, key: string, windowMs: number): Promise<number> {
  const [row] = await queryRows<{ failures: number }>(
    db,
    sql`insert into sign_in_throttle (key, failures, window_ends_at)
        values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
        on conflict (key) do update set
          failures = case when sign_in_throttle.window_ends_at <= now() then 1 else sign_in_throttle.failures + 1 end,
          window_ends_at = case when sign_in_throttle.window_ends_at <= now()
            then excluded.window_ends_at else sign_in_throttle.window_ends_at end
        returning failures`,
  )
  return Number(row?.failures ?? 0)
}

/** Blocks `key` for `ms` from now (never shortening a longer block). */
export async function blockSignIns(db: Db, key: string, ms: number): Promise<Date> {
  const [row] = await queryRows<{ until: string | Date }>(
    db,
    sql`update sign_in_throttle
        set blocked_until = greatest(coalesce(blocked_until, now()), now() + ${ms} * interval '1 millisecond')
        where key = ${key} returning blocked_until as until`,
  )
  return new Date(row?.until ?? Date.now() + ms)
}

/** Removes counts whose window and wait have both ended. */
export async function removeEndedSignInThrottles(db: Db): Promise<void> {
  await db.execute(
    sql`delete from sign_in_throttle where window_ends_at <= now() and (blocked_until is null or blocked_until <= now())`,
  )
}

/** Forgets the failures counted against `key`, returning how many there were. */
export async function clearSignInFailures(db: Db, key: string): Promise<number> {
  const rows = await queryRows<{ failures: number }>(
    db,
    sql`delete from sign_in_throttle where key = ${key} returning failures`,
  )
  return Number(rows[0]?.failures ?? 0)
}

export interface RoleGrant {
  role: Role
  organisationId: number
}

export async function findRoles(db: Db, userId: number): Promise<RoleGrant[]> {
  return db
    .select({ role: userRoles.role, organisationId: userRoles.organisationId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
}

export async function grantRole(db: Db, userId: number, grant: RoleGrant, grantedBy: number | null): Promise<boolean> {
  const inserted = await db
    .insert(userRoles)
    .values({ userId, role: grant.role, organisationId: grant.organisationId, grantedBy })
    .onConflictDoNothing()
    .returning({ userId: userRoles.userId })
  return inserted.length > 0
}

export async function revokeRole(db: Db, userId: number, grant: RoleGrant): Promise<boolean> {
  const deleted = await db
    .delete(userRoles)
    .where(
      and(
        eq(userRoles.userId, userId),
        eq(userRoles.role, grant.role),
        eq(userRoles.organisationId, grant.organisationId),
      ),
    )
    .returning({ userId: userRoles.userId })
  return deleted.length > 0
}

export async function revokeAllRoles(db: Db, userId: number): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId))
}

export async function insertToken(
  db: Db,
  values: { tokenHash: string; userId: number; purpose: TokenPurpose; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(values)
}

/** Marks an unused, unexpired token as used and returns its user; null if it cannot be used. */
export async function consumeToken(db: Db, tokenHash: string, purpose: TokenPurpose): Promise<number | null> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: emailTokens.userId })
  return row?.userId ?? null
}

/**
 * Everything we hold about a person, for "download my data": never a secret (password hash, the hash of an
 * API token, a link's token), which is no information about them and would only help whoever got the file.
 */
export async function exportUserData(db: Db, userId: number) {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select u.id, u.email, u.name, u.email_verified_at, u.created_at, u.updated_at,
               o.name as organisation,
               coalesce((select json_agg(json_build_object('role', r.role, 'organisationId', r.organisation_id,
                 'grantedAt', r.granted_at)) from user_roles r where r.user_id = u.id), '[]'::json) as roles,
               coalesce((select json_agg(json_build_object('title', p.title, 'status', p.status,
                 'reference', p.reference, 'createdAt', p.created_at)) from practices p
                 where p.submitted_by_user_id = u.id), '[]'::json) as practices,
               coalesce((select json_agg(json_build_object('at', a.at, 'action', a.action) order by a.at)
                 from audit_events a where a.subject_user_id = u.id), '[]'::json) as activity,
               (select c.wants from call_announcement_choices c where c.user_id = u.id) as "callAnnouncements",
               coalesce((select json_agg(json_build_object('name', s.name, 'search', s.query,
                 'alerts', s.frequency, 'nextAlertAt', s.next_alert_at, 'lastAlertSentAt', s.last_alert_sent_at,
                 'createdAt', s.created_at, 'updatedAt', s.updated_at) order by s.created_at, s.id)
                 from saved_searches s where s.user_id = u.id), '[]'::json) as "savedSearches",
               coalesce((select json_agg(json_build_object('name', t.name, 'prefix', t.prefix,
                 'createdAt', t.created_at, 'expiresAt', t.expires_at, 'lastUsedAt', t.last_used_at,
                 'revokedAt', t.revoked_at) order by t.created_at, t.id)
                 from api_tokens t where t.user_id = u.id), '[]'::json) as "apiTokens",
               coalesce((select json_agg(json_build_object('event', e.title, 'startsAt', e.starts_at,
                 'status', r.status, 'name', r.name, 'organisation', r.organisation, 'accessNeeds', r.access_needs,
                 'dietaryNeeds', r.dietary_needs, 'joinedAt', r.queued_at, 'cancelledAt', r.cancelled_at,
                 'attended', r.attended) order by r.queued_at, r.id)
                 from learning_event_registrations r join learning_events e on e.id = r.event_id
                 where r.user_id = u.id), '[]'::json) as "eventRegistrations",
               coalesce((select json_agg(json_build_object('practice', p.title, 'institution', q.institution,
                 'method', q.method, 'timescale', q.timescale, 'funding', q.funding_status,
                 'ethicsRoute', q.ethics_route, 'status', q.status, 'createdAt', q.created_at) order by q.created_at, q.id)
                 from evaluation_requests q join practices p on p.id = q.practice_id
                 where q.academic_user_id = u.id), '[]'::json) as "evaluationRequests"
        from users u left join organisations o on o.id = u.organisation_id
        where u.id = ${userId}`,
  )
  return row ?? null
}
