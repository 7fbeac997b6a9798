import type { Db } from '../../db/client.js'
import type { SignedInUser } from '../access/visibility.js'
import type { AccountsService } from '../accounts/service.js'
import { recordAuditEvent } from '../audit/repository.js'
import {
  findApiTokenByHash,
  findApiTokensOf,
  insertApiToken,
  revokeApiToken,
  touchApiToken,
  type ApiTokenSummary,
} from './repository.js'
import { hashApiToken, newApiToken } from './tokens.js'

/** Why a token was refused; each has its own message in the API's 401 answer. */
export type TokenRefusal = 'unknown' | 'revoked' | 'expired' | 'owner-inactive'

export type Authentication = { ok: true; user: SignedInUser } | { ok: false; refusal: TokenRefusal }

/**
 * Personal API tokens: made by their owner, shown once, kept only as a hash, revoked at any time. A
 * token reads what its owner may read at the moment of each request: the owner's account and roles
 * are loaded afresh every time, so a disabled or deleted account's tokens stop working at once.
 */
export class ApiTokenService {
  constructor(
    private readonly db: Db,
    private readonly accounts: AccountsService,
  ) {}

  list(userId: number): Promise<ApiTokenSummary[]> {
    return findApiTokensOf(this.db, userId)
  }

  /** Makes a token; the plaintext is returned here and nowhere else, ever. */
  async create(userId: number, name: string, expiresAt: Date, ip: string) {
    const { token, tokenHash, prefix } = newApiToken()
    const summary = await this.db.transaction(async (tx) => {
      const row = await insertApiToken(tx, { userId, name, tokenHash, prefix, expiresAt })
      await recordAuditEvent(tx, {
        action: 'api-token-created',
        actorUserId: userId,
        subjectUserId: userId,
        ip,
        details: { tokenId: row.id, name, prefix, expiresAt: expiresAt.toISOString() },
      })
      return row
    })
    return { token, summary }
  }

  /** Revokes one of the person's own tokens; null when they have no such live token. */
  async revoke(userId: number, id: number, ip: string): Promise<ApiTokenSummary | null> {
    return this.db.transaction(async (tx) => {
      const row = await revokeApiToken(tx, userId, id)
      if (row) {
        await recordAuditEvent(tx, {
          action: 'api-token-revoked',
          actorUserId: userId,
          subjectUserId: userId,
          ip,
          details: { tokenId: row.id, name: row.name, prefix: row.prefix },
        })
      }
      return row
    })
  }

  async authenticate(token: string): Promise<Authentication> {
    const row = await findApiTokenByHash(this.db, hashApiToken(token))
    if (!row) return { ok: false, refusal: 'unknown' }
    if (row.revokedAt) return { ok: false, refusal: 'revoked' }
    if (row.expired) return { ok: false, refusal: 'expired' }
    const user = await this.accounts.loadSignedInUser(row.userId)
    if (!user) return { ok: false, refusal: 'owner-inactive' }
    await touchApiToken(this.db, row.id)
    return { ok: true, user }
  }
}
