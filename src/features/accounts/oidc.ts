import type * as OpenIdClient from 'openid-client'
import { z } from 'zod'
import type { OidcConfig } from '../../config.js'
import type { Db } from '../../db/client.js'
import { recordAuditEvent } from '../audit/repository.js'
import {
  findOidcIdentity,
  findUserByEmail,
  findUserByOidcIdentity,
  insertUser,
  linkOidcIdentity,
  updateUser,
  type UserRecord,
} from './repository.js'

/** openid-client is loaded on the first sign-in, not at start-up: most instances never use it. */
const openIdClient = () => import('openid-client')

/** What the start of a sign-in leaves in the session for its callback to check. */
export interface PendingOidcSignIn {
  codeVerifier: string
  state: string
  nonce: string
  returnTo: string
}

export type OidcRefusal =
  /** no sign-in was started in this session, or it was already used */
  | 'not-started'
  /** the provider said no, or the person cancelled there */
  | 'provider-refused'
  /** the answer did not check out: wrong state or nonce, an unusable code, a bad ID token */
  | 'invalid-response'
  | 'no-verified-email'
  | 'account-disabled'
  /** the e-mail address belongs to an account already linked to another identity */
  | 'identity-conflict'

export type OidcSignInResult = { ok: true; userId: number } | { ok: false; reason: OidcRefusal; detail?: string }

const emailClaim = z.string().max(254).email()

const usable = (user: UserRecord) => user.email !== null && user.deletedAt === null && user.disabledAt === null

/** A name for a new account from the claims: `name`, else given and family name, else the e-mail address. */
function nameFrom(claims: Record<string, unknown>, email: string): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const name =
    text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ') || email
  return name.slice(0, 100)
}

/** Loopback issuers are allowed over http, for tests and local development; anything else needs https. */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/**
 * Sign-in through an OpenID Connect provider: the authorisation code flow with PKCE, state and nonce.
 * A person is found by their identity at the provider, then by verified e-mail address (linking that
 * account to the identity), and is otherwise given a new account.
 */
export class OidcService {
  readonly name: string
  readonly redirectUri: string
  private configuration: Promise<OpenIdClient.Configuration> | undefined

  constructor(
    private readonly db: Db,
    private readonly settings: OidcConfig,
    baseUrl: string,
  ) {
    this.name = settings.name
    this.redirectUri = `${baseUrl}/sign-in/oidc/callback`
  }

  /** The provider's metadata, fetched once; a failed fetch is tried again on the next sign-in. */
  private discover(): Promise<OpenIdClient.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer)
      this.configuration = openIdClient().then((client) =>
        client.discovery(
          issuer,
          this.settings.clientId,
          undefined,
          client.ClientSecretBasic(this.settings.clientSecret),
          isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
        ),
      )
      this.configuration.catch(() => {
        this.configuration = undefined
      })
    }
    return this.configuration
  }

  /** The address to send the person to, and what to keep in their session until they come back. */
  async begin(returnTo: string): Promise<{ url: string; pending: PendingOidcSignIn }> {
    const configuration = await this.discover()
    const client = await openIdClient()
    const codeVerifier = client.randomPKCECodeVerifier()
    const pending = { codeVerifier, state: client.randomState(), nonce: client.randomNonce(), returnTo }
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    })
    return { url: url.href, pending }
  }

  /**
   * Checks the provider's answer (the callback's query string) against what the session kept, swaps
   * the code for tokens and signs the person in to their account, linking or creating it if need be.
   */
  async complete(query: string, pending: PendingOidcSignIn | undefined, ip: string): Promise<OidcSignInResult> {
    if (!pending) return { ok: false, reason: 'not-started' }
    const configuration = await this.discover()
    const client = await openIdClient()
    const callbackUrl = new URL(this.redirectUri)
    callbackUrl.search = query

    let claims: Record<string, unknown>
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      })
      const idToken = tokens.claims()
      if (!idToken) return { ok: false, reason: 'invalid-response', detail: 'no ID token' }
      claims = { ...idToken }
      // Some providers give the e-mail claims only from UserInfo when they issue an access token:
      // then take the address and whether it is verified from there, as a pair.
      const incomplete = claims.email === undefined || claims.email_verified === undefined
      if (incomplete && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
        const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
        claims = { ...userInfo, ...claims, email: userInfo.email, email_verified: userInfo.email_verified }
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      if (error instanceof client.AuthorizationResponseError) return { ok: false, reason: 'provider-refused', detail }
      return { ok: false, reason: 'invalid-response', detail }
    }

    const email = emailClaim.safeParse(claims.email)
    if (!email.success || claims.email_verified !== true) return { ok: false, reason: 'no-verified-email' }
    return this.signIn(String(claims.iss), String(claims.sub), email.data.toLowerCase(), claims, ip)
  }

  private signIn(
    issuer: string,
    subject: string,
    email: string,
    claims: Record<string, unknown>,
    ip: string,
  ): Promise<OidcSignInResult> {
    return this.db.transaction(async (tx): Promise<OidcSignInResult> => {
      const refuse = async (reason: OidcRefusal, userId: number) => {
        await recordAuditEvent(tx, {
          action: 'sign-in-failed',
          subjectUserId: userId,
          ip,
          details: { method: 'oidc', reason },
        })
        return { ok: false, reason } as const
      }

      let userId: number
      let how: 'identity' | 'linked' | 'created'
      const known = await findUserByOidcIdentity(tx, issuer, subject)
      if (known) {
        if (!usable(known)) return refuse('account-disabled', known.id)
        userId = known.id
        how = 'identity'
      } else {
        const sameEmail = await findUserByEmail(tx, email)
        if (sameEmail) {
          if (!usable(sameEmail)) return refuse('account-disabled', sameEmail.id)
          if (await findOidcIdentity(tx, sameEmail.id)) return refuse('identity-conflict', sameEmail.id)
          userId = sameEmail.id
          how = 'linked'
          await linkOidcIdentity(tx, userId, issuer, subject)
          // The provider has confirmed the address, which is as good as our own link.
          if (!sameEmail.emailVerifiedAt) await updateUser(tx, userId, { emailVerifiedAt: new Date() })
        } else {
          userId = await insertUser(tx, {
            email,
            name: nameFrom(claims, email),
            organisationId: null,
            passwordHash: null,
          })
          how = 'created'
          await linkOidcIdentity(tx, userId, issuer, subject)
          await updateUser(tx, userId, { emailVerifiedAt: new Date() })
          await recordAuditEvent(tx, {
            action: 'registered',
            subjectUserId: userId,
            actorUserId: userId,
            ip,
            details: { method: 'oidc' },
          })
        }
      }
      await recordAuditEvent(tx, {
        action: 'sign-in',
        subjectUserId: userId,
        actorUserId: userId,
        ip,
        details: how === 'linked' ? { method: 'oidc', linked: true } : { method: 'oidc' },
      })
      return { ok: true, userId }
    })
  }
}
