import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { isPoliceEmail, type SignedInUser } from '../access/visibility.js'
import { mayMailAccount } from './mail-limit.js'
import { recordAuditEvent } from '../audit/repository.js'
import { enqueueEmail } from '../email/outbox.js'
import { accountEmails } from './emails.js'
import { hashPassword, spendPasswordCheckTime, verifyPassword } from './passwords.js'
import {
  consumeToken,
  exportUserData,
  findRoles,
  findUserByEmail,
  findUserById,
  grantRole,
  insertToken,
  insertUser,
  blockSignIns,
  clearSignInFailures,
  countSignInFailure,
  findSignInBlock,
  removeEndedSignInThrottles,
  revokeAllRoles,
  updateUser,
  type UserRecord,
} from './repository.js'
import { destroyUserSessions } from './session-store.js'
import { hashToken, newToken, RESET_PASSWORD_TTL_MS, VERIFY_EMAIL_TTL_MS } from './tokens.js'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
/** Failures allowed for one address from one source before each further failure means a wait. */
export const FREE_FAILURES_PER_PAIR = 5
/** The first wait, doubling with each further failure, up to the cap. */
export const FIRST_WAIT_MS = MINUTE
export const MAX_WAIT_MS = 60 * MINUTE
/** Failures for one address from every source in an hour before it waits out the hour. */
export const MAX_FAILURES_PER_ACCOUNT = 50
/** Failures from one source across every address in an hour before that source waits out the hour. */
export const MAX_FAILURES_PER_SOURCE = 200

const throttleKeys = (email: string, ip: string) => ({
  pair: `pair:${email.toLowerCase()} ${ip}`,
  account: `account:${email.toLowerCase()}`,
  source: `source:${ip}`,
})

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' | 'unverified' }
  | { ok: false; reason: 'throttled'; until: Date }

const isActive = (user: UserRecord | null): user is UserRecord & { email: string } =>
  user !== null && user.email !== null && user.deletedAt === null && user.disabledAt === null

/** How a person confirms that they mean to delete their account. */
export type DeletionProof = { password: string } | { email: string }

export class AccountsService {
  /** When this instance next clears out sign-in counts that have ended. */
  private nextThrottleCleanupAt = 0

  constructor(
    private readonly db: Db,
    private readonly config: Config,
  ) {}

  /**
   * Creates an unverified account and sends the verification link. If the address is already
   * registered, its owner is told by e-mail instead: the person registering sees the same page
   * either way, so the form never reveals who has an account.
   */
  async register(input: { name: string; email: string; organisationId: number; password: string }, ip: string) {
    const passwordHash = await hashPassword(input.password)
    await this.db.transaction(async (tx) => {
      const existing = await findUserByEmail(tx, input.email)
      if (existing) {
        if (await mayMailAccount(tx, input.email)) {
          await enqueueEmail(tx, accountEmails.alreadyRegistered(input.email, this.config.baseUrl))
        }
        return
      }
      const userId = await insertUser(tx, {
        email: input.email,
        name: input.name,
        organisationId: input.organisationId,
        passwordHash,
      })
      await this.sendVerification(tx, userId, input.email)
      await recordAuditEvent(tx, { action: 'registered', subjectUserId: userId, actorUserId: userId, ip })
    })
  }

  private async sendVerification(tx: Db, userId: number, email: string): Promise<void> {
    const { token, tokenHash } = newToken()
    await insertToken(tx, {
      tokenHash,
      userId,
      purpose: 'verify-email',
      expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS),
    })
    await enqueueEmail(tx, accountEmails.verify(email, `${this.config.baseUrl}/verify-email/${token}`))
  }

  /** Sends a fresh link to an unverified account; says nothing about whether there is one. */
  async resendVerification(email: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, email)
      if (isActive(user) && !user.emailVerifiedAt && (await mayMailAccount(tx, user.email))) {
        await this.sendVerification(tx, user.id, user.email)
      }
    })
  }

  async verifyEmail(token: string, ip: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const userId = await consumeToken(tx, hashToken(token), 'verify-email')
      if (userId === null) return false
      await updateUser(tx, userId, { emailVerifiedAt: new Date() })
      await recordAuditEvent(tx, { action: 'email-verified', subjectUserId: userId, actorUserId: userId, ip })
      return true
    })
  }

  /**
   * Unknown and known addresses take the same path: the same password check (against a decoy hash
   * for an unknown address), the same counts and waits, the same answers. Failures are counted per
   * address and source together, so guesses from elsewhere never stop the owner signing in from
   * their own place; per address and per source across everything there are higher ceilings too.
   */
  async signIn(email: string, password: string, ip: string): Promise<SignInResult> {
    const keys = throttleKeys(email, ip)
    const found = await findUserByEmail(this.db, email)
    const user = isActive(found) ? found : null
    const blockedUntil = await findSignInBlock(this.db, [keys.pair, keys.account, keys.source])
    if (blockedUntil) {
      await spendPasswordCheckTime(password)
      await recordAuditEvent(this.db, {
        action: 'sign-in-throttled',
        subjectUserId: user?.id ?? null,
        ip,
        details: { until: blockedUntil.toISOString() },
      })
      return { ok: false, reason: 'throttled', until: blockedUntil }
    }
    const passwordRight = user
      ? await verifyPassword(user.passwordHash, password)
      : await spendPasswordCheckTime(password)
    if (!user || !passwordRight) {
      if (Date.now() >= this.nextThrottleCleanupAt) {
        this.nextThrottleCleanupAt = Date.now() + HOUR / 60
        await removeEndedSignInThrottles(this.db)
      }
      return this.db.transaction(async (tx) => {
        const pairFailures = await countSignInFailure(tx, keys.pair, 24 * HOUR)
        const accountFailures = await countSignInFailure(tx, keys.account, HOUR)
        const sourceFailures = await countSignInFailure(tx, keys.source, HOUR)
        await recordAuditEvent(tx, {
          action: 'sign-in-failed',
          subjectUserId: user?.id ?? null,
          ip,
          details: user ? { failures: pairFailures } : { reason: 'no such account' },
        })
        const blocks: Date[] = []
        if (pairFailures >= FREE_FAILURES_PER_PAIR) {
          const wait = Math.min(FIRST_WAIT_MS * 2 ** (pairFailures - FREE_FAILURES_PER_PAIR), MAX_WAIT_MS)
          blocks.push(await blockSignIns(tx, keys.pair, wait))
        }
        if (accountFailures >= MAX_FAILURES_PER_ACCOUNT) blocks.push(await blockSignIns(tx, keys.account, HOUR))
        if (sourceFailures >= MAX_FAILURES_PER_SOURCE) blocks.push(await blockSignIns(tx, keys.source, HOUR))
        if (blocks.length === 0) return { ok: false, reason: 'invalid' } as const
        const until = new Date(Math.max(...blocks.map((d) => d.getTime())))
        return { ok: false, reason: 'throttled', until } as const
      })
    }
    if (!user.emailVerifiedAt) return { ok: false, reason: 'unverified' }
    await this.db.transaction(async (tx) => {
      const failures = await clearSignInFailures(tx, keys.pair)
      await recordAuditEvent(tx, { action: 'sign-in', subjectUserId: user.id, actorUserId: user.id, ip })
      if (failures > 0) {
        await recordAuditEvent(tx, {
          action: 'sign-in-after-failures',
          subjectUserId: user.id,
          actorUserId: user.id,
          ip,
          details: { failures },
        })
      }
    })
    return { ok: true, userId: user.id }
  }

  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const user = await findUserByEmail(tx, email)
      if (!isActive(user) || !(await mayMailAccount(tx, user.email))) return
      const link = await this.newResetLink(tx, user.id)
      await enqueueEmail(tx, accountEmails.resetPassword(user.email, link))
      await recordAuditEvent(tx, { action: 'password-reset-requested', subjectUserId: user.id, ip })
    })
  }

  private async newResetLink(tx: Db, userId: number): Promise<string> {
    const { token, tokenHash } = newToken()
    await insertToken(tx, {
      tokenHash,
      userId,
      purpose: 'reset-password',
      expiresAt: new Date(Date.now() + RESET_PASSWORD_TTL_MS),
    })
    return `${this.config.baseUrl}/reset-password/${token}`
  }

  /** False for people who sign in only through their organisation (OpenID Connect). */
  async hasPassword(userId: number): Promise<boolean> {
    const user = await findUserById(this.db, userId)
    return Boolean(user?.passwordHash)
  }

  /**
   * For someone with no password (they sign in through their organisation): e-mails a single-use link
   * to set one. Being signed in is not enough on its own, so the link proves they still hold the
   * address. Returns the address it was sent to, or null if the account already has a password.
   */
  async sendSetPasswordLink(userId: number, ip: string): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      const user = await findUserById(tx, userId)
      if (!isActive(user) || !user.emailVerifiedAt || user.passwordHash) return null
      const link = await this.newResetLink(tx, user.id)
      await enqueueEmail(tx, accountEmails.setPassword(user.email, link))
      await recordAuditEvent(tx, {
        action: 'password-reset-requested',
        subjectUserId: user.id,
        actorUserId: user.id,
        ip,
        details: { reason: 'set a first password' },
      })
      return user.email
    })
  }

  /** Sets a new password from an e-mailed link; the link proves the address, so it also verifies it. */
  async resetPassword(token: string, password: string, ip: string): Promise<boolean> {
    const passwordHash = await hashPassword(password)
    return this.db.transaction(async (tx) => {
      const userId = await consumeToken(tx, hashToken(token), 'reset-password')
      if (userId === null) return false
      const user = await findUserById(tx, userId)
      await updateUser(tx, userId, {
        passwordHash,
        emailVerifiedAt: user?.emailVerifiedAt ?? new Date(),
      })
      await destroyUserSessions(tx, userId)
      await recordAuditEvent(tx, { action: 'password-reset', subjectUserId: userId, actorUserId: userId, ip })
      return true
    })
  }

  async changePassword(userId: number, current: string, next: string, ip: string): Promise<boolean> {
    const user = await findUserById(this.db, userId)
    if (!isActive(user) || !(await verifyPassword(user.passwordHash, current))) return false
    const passwordHash = await hashPassword(next)
    await this.db.transaction(async (tx) => {
      await updateUser(tx, userId, { passwordHash })
      await destroyUserSessions(tx, userId)
      await recordAuditEvent(tx, { action: 'password-changed', subjectUserId: userId, actorUserId: userId, ip })
    })
    return true
  }

  async signOutEverywhere(userId: number, ip: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await destroyUserSessions(tx, userId)
      await recordAuditEvent(tx, { action: 'sign-out-everywhere', subjectUserId: userId, actorUserId: userId, ip })
    })
  }

  /**
   * Erases the person's details. What they submitted stays in the bank, credited to their
   * organisation rather than to them.
   */
  async deleteAccount(userId: number, proof: DeletionProof, ip: string): Promise<boolean> {
    const user = await findUserById(this.db, userId)
    if (!isActive(user) || !(await this.proves(user, proof))) return false
    await this.db.transaction(async (tx) => {
      await updateUser(tx, userId, {
        email: null,
        name: null,
        passwordHash: null,
        oidcIssuer: null,
        oidcSubject: null,
        deletedAt: new Date(),
      })
      await revokeAllRoles(tx, userId)
      await destroyUserSessions(tx, userId)
      await recordAuditEvent(tx, { action: 'account-deleted', subjectUserId: userId, actorUserId: userId, ip })
    })
    return true
  }

  /**
   * Someone with a password confirms with it. Someone without one (they sign in through their
   * organisation) types their e-mail address instead, so a deletion is never a single click.
   */
  private async proves(user: UserRecord & { email: string }, proof: DeletionProof): Promise<boolean> {
    if (user.passwordHash) return 'password' in proof && verifyPassword(user.passwordHash, proof.password)
    return 'email' in proof && proof.email.toLowerCase() === user.email.toLowerCase()
  }

  async exportData(userId: number, ip: string) {
    await recordAuditEvent(this.db, { action: 'data-downloaded', subjectUserId: userId, actorUserId: userId, ip })
    return exportUserData(this.db, userId)
  }

  /**
   * Creates a verified admin (or makes an existing person one) and returns a one-time link for them to
   * set a password: the first admin of a new installation is made this way.
   */
  async createAdmin(email: string, name: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const existing = await findUserByEmail(tx, email)
      const userId = existing?.id ?? (await insertUser(tx, { email, name, organisationId: null, passwordHash: null }))
      await updateUser(tx, userId, { emailVerifiedAt: existing?.emailVerifiedAt ?? new Date(), disabledAt: null })
      await grantRole(tx, userId, { role: 'admin', organisationId: 0 }, null)
      await recordAuditEvent(tx, {
        action: 'role-granted',
        subjectUserId: userId,
        details: { role: 'admin', by: 'command line' },
      })
      const { token, tokenHash } = newToken()
      await insertToken(tx, {
        tokenHash,
        userId,
        purpose: 'reset-password',
        expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS),
      })
      return `${this.config.baseUrl}/reset-password/${token}`
    })
  }

  /** The signed-in person for a session, or null if the account can no longer sign in. */
  async loadSignedInUser(userId: number): Promise<SignedInUser | null> {
    const user = await findUserById(this.db, userId)
    if (!isActive(user) || !user.emailVerifiedAt) return null
    const grants = await findRoles(this.db, userId)
    return {
      id: user.id,
      name: user.name ?? '',
      email: user.email,
      organisationId: user.organisationId,
      roles: [...new Set(grants.map((g) => g.role))],
      leadsOrganisationIds: grants.filter((g) => g.role === 'force-lead').map((g) => g.organisationId),
      policeMember: isPoliceEmail(user.email, this.config.policeEmailDomains),
    }
  }
}
