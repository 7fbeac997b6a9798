import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { queryRows, type Db } from '../src/db/client.js'
import { users } from '../src/db/schema/index.js'
import { updateUser } from '../src/features/accounts/repository.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from './support/oidc-provider.js'
import { aUser, PASSWORD, signedIn } from './support/users.js'

const BASE_URL = 'http://practice-bank.test'
const CALLBACK = `${BASE_URL}/sign-in/oidc/callback`

type OidcTestApp = TestApp & { provider: TestOidcProvider }

/** The real app on a database of its own, signing in through a real OpenID provider on loopback. */
async function oidcTestApp(claimsIn: 'id-token' | 'userinfo' = 'id-token'): Promise<OidcTestApp> {
  const provider = await startOidcProvider({ redirectUri: CALLBACK, claimsIn })
  const testApp = await createTestApp({
    BASE_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_NAME: 'Kent Police sign-in',
  })
  return {
    ...testApp,
    provider,
    async close() {
      await testApp.close()
      await provider.close()
    },
  }
}

let t: OidcTestApp

beforeAll(async () => {
  t = await oidcTestApp()
})

afterAll(async () => {
  await t?.close()
})

let sequence = 0

/** An account at the provider: verified e-mail unless told otherwise. */
function providerAccount(
  provider: TestOidcProvider,
  claims: { email?: string; email_verified?: boolean; name?: string },
) {
  sequence += 1
  const sub = `subject-${sequence}`
  provider.accounts.set(sub, { sub, email_verified: true, name: `Provider Person ${sequence}`, ...claims })
  return sub
}

/** Starts sign-in at the app, goes through the provider as `sub`, and returns the callback address. */
async function throughProvider(client: TestClient, sub: string, provider = t.provider, returnTo?: string) {
  const start = await client.get(`/sign-in/oidc${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`)
  expect(start.status).toBe(302)
  const authorizationUrl = String(start.response.headers.location)
  expect(authorizationUrl.startsWith(`${provider.issuer}/`)).toBe(true)
  const back = await signInAtProvider(authorizationUrl, sub, CALLBACK)
  return { authorizationUrl: new URL(authorizationUrl), callback: back }
}

const pathOf = (url: URL) => `${url.pathname}${url.search}`

async function signInThroughProvider(client: TestClient, sub: string, provider = t.provider, returnTo?: string) {
  const { callback } = await throughProvider(client, sub, provider, returnTo)
  expect(callback.searchParams.get('code')).toBeTruthy()
  return client.get(pathOf(callback))
}

const usersWithEmail = (db: Db, email: string) =>
  db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)

const auditFor = async (db: Db, userId: number) =>
  queryRows<{ action: string; details: Record<string, unknown> }>(
    db,
    sql`select action, details from audit_events where subject_user_id = ${userId} order by id`,
  )

const userCount = async (db: Db) => (await queryRows<{ n: number }>(db, sql`select count(*)::int n from users`))[0]?.n

describe('signing in with an OpenID Connect provider', () => {
  it('offers the provider on the sign-in page, keeping where the person was going', async () => {
    const page = await new TestClient(t.app).get('/sign-in?returnTo=/practices')
    const button = page.$('[data-qa=sign-in-oidc]')
    expect(button.text().trim()).toBe('Sign in with Kent Police sign-in')
    expect(button.attr('href')).toBe('/sign-in/oidc?returnTo=%2Fpractices')
  })

  it('creates a verified account for someone new, signs them in with a new session id and audits it', async () => {
    const sub = providerAccount(t.provider, { email: 'New.Person@Kent.Police.UK', name: 'New Person' })
    const client = new TestClient(t.app)
    const { callback } = await throughProvider(client, sub, t.provider, '/practices')
    const before = client.sessionCookie
    expect(before).toBeDefined()

    const result = await client.get(pathOf(callback))
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe('/practices')
    expect(client.sessionCookie).toBeDefined()
    expect(client.sessionCookie).not.toBe(before)

    const account = await client.get('/account')
    expect(account.status).toBe(200)
    const details = account.$('[data-qa=account-details]').text()
    expect(details).toContain('New Person')
    expect(details).toContain('new.person@kent.police.uk')
    expect(details).toContain('You can read it')

    const [user] = await usersWithEmail(t.db, 'new.person@kent.police.uk')
    expect(user?.oidcIssuer).toBe(t.provider.issuer)
    expect(user?.oidcSubject).toBe(sub)
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date)
    expect(user?.passwordHash).toBeNull()
    expect(user?.organisationId).toBeNull()
    expect(await auditFor(t.db, user?.id ?? 0)).toEqual([
      { action: 'registered', details: { method: 'oidc' } },
      { action: 'sign-in', details: { method: 'oidc' } },
    ])
  })

  it('finds the same account the next time, by the identity at the provider', async () => {
    const sub = providerAccount(t.provider, { email: 'twice@kent.police.uk' })
    expect((await signInThroughProvider(new TestClient(t.app), sub)).status).toBe(302)
    const count = await userCount(t.db)
    // The address at the provider has changed since: the identity, not the address, finds the account.
    t.provider.accounts.set(sub, { sub, email: 'renamed@kent.police.uk', email_verified: true })
    const client = new TestClient(t.app)
    expect((await signInThroughProvider(client, sub)).status).toBe(302)
    expect(await userCount(t.db)).toBe(count)
    expect((await client.get('/account')).$('[data-qa=account-details]').text()).toContain('twice@kent.police.uk')
  })

  it('links an existing password account with the same verified e-mail address instead of making another', async () => {
    const existing = await aUser(t.db, { email: 'existing@kent.police.uk', name: 'Existing Person', verified: false })
    const count = await userCount(t.db)
    const sub = providerAccount(t.provider, { email: 'EXISTING@kent.police.uk', name: 'Someone Else' })
    const client = new TestClient(t.app)
    expect((await signInThroughProvider(client, sub)).status).toBe(302)
    expect(await userCount(t.db)).toBe(count)

    const account = await client.get('/account')
    expect(account.$('[data-qa=account-details]').text()).toContain('Existing Person')
    const [user] = await t.db.select().from(users).where(eq(users.id, existing.id))
    expect(user?.oidcSubject).toBe(sub)
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date)
    expect(await auditFor(t.db, existing.id)).toEqual([
      { action: 'sign-in', details: { method: 'oidc', linked: true } },
    ])
    // The password still works too.
    await signedIn(t.app, existing.email, PASSWORD)
  })

  it('refuses an answer whose state does not match, and signs nobody in', async () => {
    const sub = providerAccount(t.provider, { email: 'wrong-state@kent.police.uk' })
    const client = new TestClient(t.app)
    const { authorizationUrl, callback } = await throughProvider(client, sub)
    callback.searchParams.set('state', 'not-the-state-we-sent')
    const result = await client.get(pathOf(callback))
    expect(result.status).toBe(400)
    expect(result.$('h1').text()).toBe('We could not sign you in')
    expect(result.$('[data-qa=oidc-error]').text()).toContain('did not finish')
    expect((await client.get('/account')).status).toBe(302)
    expect(await usersWithEmail(t.db, 'wrong-state@kent.police.uk')).toEqual([])

    // The attempt is used up: the right state afterwards does not work either.
    callback.searchParams.set('state', authorizationUrl.searchParams.get('state') ?? '')
    expect((await client.get(pathOf(callback))).status).toBe(400)
  })

  it('refuses a callback no sign-in was started for', async () => {
    const sub = providerAccount(t.provider, { email: 'no-session@kent.police.uk' })
    const { callback } = await throughProvider(new TestClient(t.app), sub)
    const stranger = new TestClient(t.app)
    const result = await stranger.get(pathOf(callback))
    expect(result.status).toBe(400)
    expect(result.$('h1').text()).toBe('We could not sign you in')
    expect(await usersWithEmail(t.db, 'no-session@kent.police.uk')).toEqual([])
  })

  it('refuses when the provider answers with an error', async () => {
    const client = new TestClient(t.app)
    const start = await client.get('/sign-in/oidc')
    const state = new URL(String(start.response.headers.location)).searchParams.get('state') ?? ''
    const error = new URLSearchParams({ error: 'access_denied', state, iss: t.provider.issuer })
    const result = await client.get(`/sign-in/oidc/callback?${error}`)
    expect(result.status).toBe(400)
    expect(result.$('[data-qa=oidc-error]').text()).toContain('was cancelled')
  })

  it.each([
    ['an unverified e-mail address', { email: 'unverified@kent.police.uk', email_verified: false }],
    ['no e-mail address', { email: undefined }],
  ])('refuses %s', async (_label, claims) => {
    const sub = providerAccount(t.provider, claims)
    const count = await userCount(t.db)
    const client = new TestClient(t.app)
    const result = await signInThroughProvider(client, sub)
    expect(result.status).toBe(400)
    expect(result.$('[data-qa=oidc-error]').text()).toContain('did not give us one')
    expect(await userCount(t.db)).toBe(count)
    expect((await client.get('/account')).status).toBe(302)
  })

  it('refuses a disabled account, found by identity or by e-mail address', async () => {
    const byEmail = await aUser(t.db, { email: 'disabled@kent.police.uk' })
    await updateUser(t.db, byEmail.id, { disabledAt: new Date() })
    const client = new TestClient(t.app)
    const result = await signInThroughProvider(client, providerAccount(t.provider, { email: byEmail.email }))
    expect(result.status).toBe(400)
    expect(result.$('[data-qa=oidc-error]').text()).toContain('disabled')
    expect((await client.get('/account')).status).toBe(302)

    const sub = providerAccount(t.provider, { email: 'later-disabled@kent.police.uk' })
    expect((await signInThroughProvider(new TestClient(t.app), sub)).status).toBe(302)
    const [linked] = await usersWithEmail(t.db, 'later-disabled@kent.police.uk')
    await updateUser(t.db, linked?.id ?? 0, { disabledAt: new Date() })
    expect((await signInThroughProvider(new TestClient(t.app), sub)).status).toBe(400)
    expect(await auditFor(t.db, linked?.id ?? 0)).toContainEqual({
      action: 'sign-in-failed',
      details: { method: 'oidc', reason: 'account-disabled' },
    })
  })

  it('will not move an account to a second identity at the provider', async () => {
    const first = providerAccount(t.provider, { email: 'one-identity@kent.police.uk' })
    expect((await signInThroughProvider(new TestClient(t.app), first)).status).toBe(302)
    const second = providerAccount(t.provider, { email: 'one-identity@kent.police.uk' })
    const result = await signInThroughProvider(new TestClient(t.app), second)
    expect(result.status).toBe(400)
    expect(result.$('[data-qa=oidc-error]').text()).toContain('signs in with a different Kent Police sign-in')
    const [user] = await usersWithEmail(t.db, 'one-identity@kent.police.uk')
    expect(user?.oidcSubject).toBe(first)
  })
})

describe('a provider that gives e-mail only from UserInfo', () => {
  let u: OidcTestApp
  beforeAll(async () => {
    u = await oidcTestApp('userinfo')
  })
  afterAll(async () => {
    await u?.close()
  })

  it('signs the person in with the address from UserInfo', async () => {
    const sub = providerAccount(u.provider, { email: 'userinfo@kent.police.uk', name: 'Info Person' })
    const client = new TestClient(u.app)
    expect((await signInThroughProvider(client, sub, u.provider)).status).toBe(302)
    expect((await client.get('/account')).$('[data-qa=account-details]').text()).toContain('Info Person')
  })
})

describe('without a provider configured', () => {
  it('needs the issuer, client id and secret together, and names what is missing', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pb-oidc-'))
    expect(() => loadConfig({ DATA_DIR: dataDir, OIDC_ISSUER: 'https://login.example.police.uk' })).toThrow(
      /OIDC_CLIENT_ID/,
    )
    expect(() => loadConfig({ DATA_DIR: dataDir, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' })).toThrow(/OIDC_ISSUER/)
    expect(loadConfig({ DATA_DIR: dataDir }).oidc).toBeUndefined()
  })

  it('has no sign-in button and no OpenID Connect addresses', async () => {
    const plain = await createTestApp()
    try {
      const client = new TestClient(plain.app)
      expect((await client.get('/sign-in')).$('[data-qa=sign-in-oidc]').length).toBe(0)
      expect((await client.get('/sign-in/oidc')).status).toBe(404)
      expect((await client.get('/sign-in/oidc/callback?code=x&state=y')).status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})
