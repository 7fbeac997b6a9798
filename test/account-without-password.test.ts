import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { outbox, users } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from './support/oidc-provider.js'
import { aUser, lastEmailTo, linkIn, PASSWORD, signedIn } from './support/users.js'

// People who sign in only through their organisation (OpenID Connect) have no password: these
// accounts are made by a real provider on loopback, as in production.
const BASE_URL = 'http://practice-bank.test'
const CALLBACK = `${BASE_URL}/sign-in/oidc/callback`

let t: TestApp
let provider: TestOidcProvider
let sequence = 0

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUri: CALLBACK })
  t = await createTestApp({
    BASE_URL,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_NAME: 'Kent Police sign-in',
  })
})

afterAll(async () => {
  await t?.close()
  await provider?.close()
})

/** A new person at the provider, signed in to the app through it: their account has no password. */
async function signedInThroughProvider() {
  sequence += 1
  const email = `officer${sequence}@kent.police.uk`
  const sub = `no-password-${sequence}`
  provider.accounts.set(sub, { sub, email, email_verified: true, name: `Officer ${sequence}` })
  const client = new TestClient(t.app)
  const start = await client.get('/sign-in/oidc')
  const callback = await signInAtProvider(String(start.response.headers.location), sub, CALLBACK)
  const done = await client.get(`${callback.pathname}${callback.search}`)
  expect(done.status).toBe(302)
  const [user] = await t.db.select().from(users).where(eq(users.email, email))
  if (!user) throw new Error('the provider sign-in made no account')
  expect(user.passwordHash).toBeNull()
  return { client, email, id: user.id }
}

const mailCount = async (to: string) =>
  (
    await t.db
      .select()
      .from(outbox)
      .where(sql`lower(${outbox.toAddress}) = lower(${to})`)
  ).length

describe('setting a password when you sign in through your organisation', () => {
  it('explains, e-mails a single-use link, and the link sets a password to sign in with', async () => {
    const { client, email, id } = await signedInThroughProvider()
    const account = await client.get('/account')
    expect(account.$('[data-qa=password-link]').text().trim()).toBe('Set a password')

    const page = await client.get('/account/password')
    expect(page.status).toBe(200)
    expect(page.$('h1').text()).toBe('Set a password')
    expect(page.$('main').text()).toContain('You sign in through Kent Police sign-in')
    expect(page.$('main').text()).toContain(email)
    expect(page.$('input[type=password]')).toHaveLength(0)

    const sent = await client.submit('/account/password/send-link', {}, '/account/password')
    expect(sent.status).toBe(302)
    expect(sent.response.headers.location).toBe('/account/password')
    const after = await client.get('/account/password')
    // No SMTP_URL in tests: the banner must not claim the link was e-mailed.
    expect(after.$('[data-qa=link-sent]').text()).toContain(`we have not e-mailed ${email}`)
    // The banner shows once.
    expect((await client.get('/account/password')).$('[data-qa=link-sent]')).toHaveLength(0)

    const mail = await lastEmailTo(t.db, email)
    expect(mail?.subject).toBe('Set a password for Practice Bank')
    const link = linkIn(mail?.body ?? '', '/reset-password')
    const set = await client.submit(link, { password: 'harbour lantern quietly' })
    expect(set.status).toBe(200)
    expect(set.$('h1').text().trim()).toBe('Your password has been changed')
    expect((await client.submit(link, { password: 'another long password' })).status).toBe(400)

    const withPassword = await signedIn(t.app, email, 'harbour lantern quietly')
    const change = await withPassword.get('/account/password')
    expect(change.$('h1').text()).toBe('Change your password')
    expect(change.$('input[name=currentPassword]')).toHaveLength(1)

    const audit = await queryRows<{ action: string; details: Record<string, unknown> }>(
      t.db,
      sql`select action, details from audit_events where subject_user_id = ${id} and action like 'password%' order by id`,
    )
    expect(audit).toEqual([
      { action: 'password-reset-requested', details: { reason: 'set a first password' } },
      { action: 'password-reset', details: {} },
    ])
  })

  it('does not take a new password without the e-mailed link', async () => {
    const { client, id } = await signedInThroughProvider()
    const page = await client.get('/account/password')
    const posted = await client.post('/account/password', {
      _csrf: String(page.$('input[name=_csrf]').val()),
      currentPassword: '',
      newPassword: 'harbour lantern quietly',
    })
    expect(posted.status).toBe(303)
    expect(posted.response.headers.location).toBe('/account/password')
    const [user] = await t.db.select().from(users).where(eq(users.id, id))
    expect(user?.passwordHash).toBeNull()
  })

  it('sends no set-password link to someone who already has a password', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    const before = await mailCount(user.email)
    const sent = await client.submit('/account/password/send-link', {}, '/account')
    expect(sent.status).toBe(302)
    expect(await mailCount(user.email)).toBe(before)
    expect((await client.get('/account/password')).$('input[name=currentPassword]')).toHaveLength(1)
  })
})

describe('deleting an account that has no password', () => {
  it('asks for the e-mail address instead of a password, and deletes only when it matches', async () => {
    const { client, email, id } = await signedInThroughProvider()
    const page = await client.get('/account/delete')
    expect(page.$('input[type=password]')).toHaveLength(0)
    expect(page.$('label[for=confirmEmail]').text().trim()).toBe('Enter your e-mail address to confirm')

    const blank = await client.submit('/account/delete', { confirmEmail: '' })
    expect(blank.status).toBe(400)
    expect(blank.$('title').text()).toMatch(/^Error: /)
    expect(blank.$('.govuk-error-summary a[href="#confirmEmail"]').text()).toBe('Enter your e-mail address to confirm')

    const wrong = await client.submit('/account/delete', { confirmEmail: 'someone.else@kent.police.uk' })
    expect(wrong.status).toBe(400)
    expect(wrong.$('#confirmEmail-error').text()).toContain('Enter the e-mail address you use for this account')
    expect((await t.db.select().from(users).where(eq(users.id, id)))[0]?.deletedAt).toBeNull()

    const deleted = await client.submit('/account/delete', { confirmEmail: email.toUpperCase() })
    expect(deleted.status).toBe(302)
    expect(deleted.response.headers.location).toBe('/account/deleted')
    const [user] = await t.db.select().from(users).where(eq(users.id, id))
    expect(user).toMatchObject({ email: null, name: null, oidcIssuer: null, oidcSubject: null })
    expect(user?.deletedAt).toBeInstanceOf(Date)
    expect((await client.get('/account')).status).toBe(302)
  })

  it('still asks people with a password for it: their e-mail address is not enough', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    expect((await client.get('/account/delete')).$('input[name=password]')).toHaveLength(1)
    const attempt = await client.submit('/account/delete', { confirmEmail: user.email })
    expect(attempt.status).toBe(400)
    expect(attempt.$('.govuk-error-summary').text()).toContain('Enter your password to confirm')
    expect((await t.db.select().from(users).where(eq(users.id, user.id)))[0]?.deletedAt).toBeNull()
    expect((await client.submit('/account/delete', { password: PASSWORD })).status).toBe(302)
  })
})
