import { createHash, randomBytes } from 'node:crypto'

/** Every token starts with this, so a leaked one is easy to recognise (and to search for in code). */
export const TOKEN_PREFIX = 'pbt_'
/** how many of the token's first characters are kept, to recognise it in the list */
const VISIBLE_LENGTH = TOKEN_PREFIX.length + 6

/** A new token (shown once), its SHA-256 hash (kept) and its first characters (kept, shown in the list). */
export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, VISIBLE_LENGTH) }
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The token in an `Authorization: Bearer …` header; undefined without one, null when it is malformed. */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined
  const match = /^Bearer +([A-Za-z0-9_-]{1,200})\s*$/i.exec(header)
  return match?.[1] ?? null
}

export const DAY_MS = 24 * 60 * 60 * 1000
export const MAX_LIFETIME_DAYS = 365
