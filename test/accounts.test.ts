import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { emailTokens, users } from '../src/db/schema/index.js'
import { ACCOUNT_MAILS_PER_HOUR } from '../src/features/accounts/mail-limit.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { anEvent, aRegistration } from './support/events.js'
import { aPractice } from './support/factories.js'
import { aUser, lastEmailTo, linkIn, PASSWORD, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

const userCount = async () => (await queryRows<{ n: number }>(t.db, sql`select count(*)::int n from users`))[0]?.n
const auditActions = async (userId: number) =>
  (
    await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_events where subject_user_id = ${userId} order by id`,
    )
  ).map((r) => r.action)

describe('registering and confirming an e-mail address', () => {
  it('registers, sends a single-use link, and signs in only after confirming', async () => {
    const client = new TestClient(t.app)
    const registered = await client.submit('/register', {
      name: 'Sam Example',
      email: 'Sam.Example@Merseyside.Police.UK',
      organisation: 'merseyside',
      password: 'lantern orchard velvet',
    })
    expect(registered.status).toBe(302)
    expect(registered.response.headers.location).toBe('/register/check-email')

    const [user] = await t.db.select().from(users).where(eq(users.email, 'sam.example@merseyside.police.uk'))
    expect(user?.emailVerifiedAt).toBeNull()
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/)

    const early = await client.submit('/sign-in', {
      email: 'sam.example@merseyside.police.uk',
      password: 'lantern orchard velvet',
    })
    expect(early.status).toBe(400)
    expect(early.$('.govuk-error-summary').text()).toContain('Confirm your e-mail address')

    const mail = await lastEmailTo(t.db, 'sam.example@merseyside.police.uk')
    expect(mail?.subject).toBe('Confirm your e-mail address for Practice Bank')
    const link = linkIn(mail?.body ?? '', '/verify-email')
    expect((await client.get(link)).status).toBe(200)
    const reused = await client.get(link)
    expect(reused.status).toBe(400)
    expect(reused.$('h1').text()).toBe('This link has expired or been used')

    const before = client.sessionCookie
    const signIn = await client.submit('/sign-in', {
      email: 'SAM.EXAMPLE@merseyside.police.uk',
      password: 'lantern orchard velvet',
    })
    expect(signIn.status).toBe(302)
    expect(signIn.response.headers.location).toBe('/account')
    expect(client.sessionCookie).toBeDefined()
    expect(client.sessionCookie).not.toBe(before)

    const account = await client.get('/account')
    expect(account.status).toBe(200)
    expect(account.$('[data-qa=account-details]').text()).toContain('Merseyside Police')
    expect(account.$('[data-qa=account-details]').text()).toContain('You can read it')
    expect(await auditActions(user?.id ?? 0)).toEqual(['registered', 'email-verified', 'sign-in'])
  })

  it('never reveals that an address is registered, and tells its owner instead', async () => {
    const existing = await aUser(t.db, { email: 'taken@example.org' })
    const before = await userCount()
    const client = new TestClient(t.app)
    const result = await client.submit('/register', {
      name: 'Someone Else',
      email: 'Taken@example.org',
      organisation: 'kent',
      password: 'lantern orchard velvet',
    })
    expect(result.response.headers.location).toBe('/register/check-email')
    expect(await userCount()).toBe(before)
    expect((await lastEmailTo(t.db, existing.email))?.subject).toBe(
      'Someone tried to register with your e-mail address',
    )
  })

  it.each([
    [{}, ['Enter your full name', 'Enter your e-mail address', 'Select your organisation', 'Enter a password']],
    [
      { name: 'A', email: 'not-an-email', organisation: 'kent', password: 'short' },
      ['Enter an e-mail address in the correct format', 'Password must be 12 characters or more'],
    ],
    [
      { name: 'A', email: 'a@example.org', organisation: 'kent', password: 'password1234' },
      ['Password is too easy to guess'],
    ],
    [
      { name: 'A', email: 'a@example.org', organisation: 'atlantis', password: 'lantern orchard velvet' },
      ['Select your organisation'],
    ],
  ])('refuses %j with GOV.UK messages and creates nobody', async (fields, messages) => {
    const before = await userCount()
    const result = await new TestClient(t.app).submit('/register', fields as Record<string, string>)
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: /)
    for (const message of messages) expect(result.$('.govuk-error-summary').text()).toContain(message)
    expect(await userCount()).toBe(before)
  })

  it('keeps what was typed when the form comes back with errors', async () => {
    const result = await new TestClient(t.app).submit('/register', {
      name: 'Kept Name',
      email: 'kept@example.org',
      organisation: 'kent',
    })
    expect(result.$('#name').val()).toBe('Kept Name')
    expect(result.$('#email').val()).toBe('kept@example.org')
    expect(result.$('#organisation option[selected]').val()).toBe('kent')
  })

  it('marks the organisation select for the type-ahead and links its stylesheet, served from the built assets', async () => {
    const page = await new TestClient(t.app).get('/register')
    expect(page.$('select#organisation[name=organisation]').attr('data-app-autocomplete')).toBe('')
    const sheet = page.$('link[rel=stylesheet][href^="/assets/accessible-autocomplete-"]').attr('href') ?? ''
    // Before our stylesheet, so that our rules for the type-ahead win.
    expect(page.$('link[rel=stylesheet]').first().attr('href')).toBe(sheet)
    const css = await t.app.inject({ method: 'GET', url: sheet })
    expect(css.statusCode).toBe(200)
    expect(css.headers['content-type']).toMatch(/^text\/css/)
    expect(css.body).toContain('.autocomplete__wrapper')
    expect(css.body).not.toContain('sourceMappingURL')
    // Only the page that uses it loads it.
    expect(
      (await new TestClient(t.app).get('/sign-in')).$('link[href^="/assets/accessible-autocomplete-"]'),
    ).toHaveLength(0)
  })

  it('refuses an expired link', async () => {
    const client = new TestClient(t.app)
    await client.submit('/register', {
      name: 'Late',
      email: 'late@example.org',
      organisation: 'kent',
      password: 'lantern orchard velvet',
    })
    const link = linkIn((await lastEmailTo(t.db, 'late@example.org'))?.body ?? '', '/verify-email')
    await t.db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) })
    expect((await client.get(link)).status).toBe(400)
  })
})

describe('signing in and out', () => {
  it('says the same thing for an unknown address and a wrong password', async () => {
    await aUser(t.db, { email: 'known@example.org' })
    const wrong = await new TestClient(t.app).submit('/sign-in', {
      email: 'known@example.org',
      password: 'wrong password here',
    })
    const unknown = await new TestClient(t.app).submit('/sign-in', {
      email: 'nobody@example.org',
      password: 'wrong password here',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.$('.govuk-error-summary').text()).toBe(unknown.$('.govuk-error-summary').text())
  })

  it('answers an unknown address exactly as a known one after 5 failures', async () => {
    await aUser(t.db, { email: 'known-five@example.org' })
    const errorsAfterFive = async (email: string) => {
      const client = new TestClient(t.app)
      let last = await client.submit('/sign-in', { email, password: 'guess number 0!' })
      for (let i = 1; i < 5; i++) last = await client.submit('/sign-in', { email, password: `guess number ${i}!` })
      const sixth = await client.submit('/sign-in', { email, password: 'guess number 6!' })
      return [last, sixth].map((page) => [page.status, page.$('.govuk-error-summary').text().replace(/\s+/g, ' ')])
    }
    const known = await errorsAfterFive('known-five@example.org')
    const unknown = await errorsAfterFive('nobody-five@example.org')
    expect(known).toEqual(unknown)
    expect(known[1]?.[1]).toContain('Too many attempts to sign in from here')
    const unknownRows = await queryRows<{ subject: number | null; details: unknown }>(
      t.db,
      sql`select subject_user_id as subject, details from audit_events where action = 'sign-in-throttled'
          and subject_user_id is null`,
    )
    expect(unknownRows.length).toBe(1)
    expect(JSON.stringify(unknownRows)).not.toContain('nobody-five')
  })

  it('lets the owner sign in from their own place after 5 failures from somewhere else', async () => {
    const user = await aUser(t.db, { email: 'target@example.org' })
    const attacker = new TestClient(t.app)
    for (let i = 0; i < 5; i++) await attacker.submit('/sign-in', { email: user.email, password: `guess number ${i}!` })
    const blocked = await attacker.submit('/sign-in', { email: user.email, password: PASSWORD })
    expect(blocked.status).toBe(400)
    expect(blocked.$('.govuk-error-summary').text()).toContain('Wait 1 minute')
    expect((await new TestClient(t.app).submit('/sign-in', { email: user.email, password: PASSWORD })).status).toBe(302)
    const actions = await auditActions(user.id)
    expect(actions).toContain('sign-in-throttled')
  })

  it('makes each wait after the fifth failure twice as long', async () => {
    const user = await aUser(t.db, { email: 'doubling@example.org' })
    const client = new TestClient(t.app)
    const expire = () => t.db.execute(sql`update sign_in_throttle set blocked_until = now() - interval '1 second'`)
    for (let i = 0; i < 5; i++) await client.submit('/sign-in', { email: user.email, password: `guess number ${i}!` })
    await expire()
    const sixth = await client.submit('/sign-in', { email: user.email, password: 'guess number 6!' })
    expect(sixth.$('.govuk-error-summary').text()).toContain('Wait 2 minutes')
    await expire()
    const seventh = await client.submit('/sign-in', { email: user.email, password: 'guess number 7!' })
    expect(seventh.$('.govuk-error-summary').text()).toContain('Wait 4 minutes')
    await expire()
    const signed = await client.submit('/sign-in', { email: user.email, password: PASSWORD })
    expect(signed.status).toBe(302)
    const [after] = await queryRows<{ details: { failures: number } }>(
      t.db,
      sql`select details from audit_events where action = 'sign-in-after-failures' and subject_user_id = ${user.id}`,
    )
    expect(after?.details.failures).toBe(7)
  })

  it('stops guessing at one address from many places after 50 failures in an hour', async () => {
    const user = await aUser(t.db, { email: 'spread@example.org' })
    for (let i = 0; i < 50; i++) {
      await new TestClient(t.app).submit('/sign-in', { email: user.email, password: `guess number ${i}!` })
    }
    const owner = await new TestClient(t.app).submit('/sign-in', { email: user.email, password: PASSWORD })
    expect(owner.status).toBe(400)
    expect(owner.$('.govuk-error-summary').text()).toContain('Too many attempts to sign in from here')
    // 51 password checks, each a deliberately slow hash: longer than the suite's 30 s on a loaded machine.
  }, 120_000)

  it('only returns to addresses on this site after signing in', async () => {
    const user = await aUser(t.db)
    const client = new TestClient(t.app)
    const away = await client.submit('/sign-in', { email: user.email, password: PASSWORD, returnTo: '//evil.example/' })
    expect(away.response.headers.location).toBe('/account')
    const home = await new TestClient(t.app).submit('/sign-in', {
      email: user.email,
      password: PASSWORD,
      returnTo: '/practices?q=x',
    })
    expect(home.response.headers.location).toBe('/practices?q=x')
  })

  it('signs out, and sends people who are not signed in to sign in', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    expect((await client.submit('/sign-out', {}, '/account')).response.headers.location).toBe('/')
    const account = await client.get('/account')
    expect(account.status).toBe(302)
    expect(account.response.headers.location).toBe('/sign-in?returnTo=%2Faccount')
  })

  it('signs out everywhere', async () => {
    const user = await aUser(t.db)
    const laptop = await signedIn(t.app, user.email)
    const phone = await signedIn(t.app, user.email)
    await laptop.submit('/account/sign-out-everywhere', {}, '/account')
    expect((await phone.get('/account')).status).toBe(302)
    expect((await laptop.get('/account')).status).toBe(302)
  })
})

describe('passwords', () => {
  it('resets a forgotten password with a single-use link and ends old sessions', async () => {
    const user = await aUser(t.db, { email: 'forgetful@example.org' })
    const oldSession = await signedIn(t.app, user.email)
    const client = new TestClient(t.app)
    const sent = await client.submit('/forgot-password', { email: user.email })
    expect(sent.$('h1').text()).toBe('Check your e-mail')
    const unknown = await new TestClient(t.app).submit('/forgot-password', { email: 'ghost@example.org' })
    expect(unknown.$('main').text()).toBe(sent.$('main').text())

    const link = linkIn((await lastEmailTo(t.db, user.email))?.body ?? '', '/reset-password')
    const tooShort = await client.submit(link, { password: 'short' })
    expect(tooShort.status).toBe(400)
    const reset = await client.submit(link, { password: 'a brand new long password' })
    expect(reset.status).toBe(200)
    expect(reset.$('h1').text()).toContain('Your password has been changed')
    expect((await client.submit(link, { password: 'another new long password' })).status).toBe(400)
    expect((await oldSession.get('/account')).status).toBe(302)
    await signedIn(t.app, user.email, 'a brand new long password')
  })

  it('changes the password only with the current one', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    const wrong = await client.submit('/account/password', {
      currentPassword: 'not it at all',
      newPassword: 'my second long password',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.$('.govuk-error-summary').text()).toContain('Your current password is not right')
    const done = await client.submit('/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'my second long password',
    })
    expect(done.response.headers.location).toBe('/account')
    expect((await client.get('/account')).$('.govuk-notification-banner').text()).toContain(
      'Your password has been changed',
    )
    await signedIn(t.app, user.email, 'my second long password')
  })
})

describe('my data', () => {
  it('downloads what we hold as JSON', async () => {
    const user = await aUser(t.db, { name: 'Data Person' })
    const client = await signedIn(t.app, user.email)
    const { response } = await client.get('/account/data')
    expect(response.headers['content-disposition']).toContain('attachment')
    const data = response.json()
    expect(data).toMatchObject({ email: user.email, name: 'Data Person', organisation: 'Merseyside Police' })
  })

  it('holds the person’s saved searches and alerts, API tokens and event places, but no secret', async () => {
    const user = await aUser(t.db, { name: 'Keeping Person' })
    const client = await signedIn(t.app, user.email)
    const saved = await client.submit(
      '/account/saved-searches/new',
      { name: 'Harbour watch', frequency: 'weekly', search: 'q=harbour+watch&topic=domestic-abuse' },
      '/practices?q=harbour+watch&topic=domestic-abuse',
    )
    expect(saved.status).toBe(302)
    const made = await client.submit('/account/api-tokens', { name: 'Force intranet', expiry: '30' })
    const token = String(made.$('[data-qa=token]').val())
    expect(token).toMatch(/^pbt_/)
    const event = await anEvent(t.db, { title: 'Learning from callbacks' })
    const place = await aRegistration(t.db, event.id, user.id, 'Keeping Person')
    const studied = await aPractice(t.db, { title: 'Studied practice' })
    await t.db.execute(sql`update practices set consent_research = true where id = ${studied.id}`)
    await t.db.execute(
      sql`insert into evaluation_requests (practice_id, academic_user_id, institution, method, timescale,
                                           funding_status, ethics_route)
          values (${studied.id}, ${user.id}, 'Test University', 'A matched comparison', 'A year', 'applying',
                  'The university ethics board')`,
    )

    const { response } = await client.get('/account/data')
    expect(response.statusCode).toBe(200)
    const data = response.json()
    expect(data.savedSearches).toEqual([
      expect.objectContaining({
        name: 'Harbour watch',
        search: 'q=harbour+watch&topic=domestic-abuse',
        alerts: 'weekly',
        lastAlertSentAt: null,
      }),
    ])
    expect(data.savedSearches[0].nextAlertAt).not.toBeNull()
    expect(data.apiTokens).toEqual([
      expect.objectContaining({ name: 'Force intranet', prefix: token.slice(0, 10), revokedAt: null }),
    ])
    expect(data.eventRegistrations).toEqual([
      expect.objectContaining({
        event: 'Learning from callbacks',
        status: 'registered',
        name: 'Keeping Person',
        accessNeeds: 'Step-free access',
        dietaryNeeds: 'Vegan',
      }),
    ])
    expect(data.evaluationRequests).toEqual([
      expect.objectContaining({ practice: 'Studied practice', institution: 'Test University', status: 'requested' }),
    ])
    const [secrets] = await queryRows<{ hash: string; password: string }>(
      t.db,
      sql`select (select token_hash from api_tokens where user_id = ${user.id}) as hash,
                 (select password_hash from users where id = ${user.id}) as password`,
    )
    for (const secret of [token, secrets?.hash, secrets?.password, place.cancelToken]) {
      expect(secret).toBeTruthy()
      expect(response.body).not.toContain(String(secret))
    }
  })

  it('deletes the account, erasing the person but keeping their practice with its organisation', async () => {
    const user = await aUser(t.db, { name: 'Leaving Person', organisation: 'kent' })
    const practice = await aPractice(t.db, { title: 'Kept after deletion', organisation: 'kent' })
    await t.db.execute(sql`update practices set submitted_by_user_id = ${user.id} where id = ${practice.id}`)
    const client = await signedIn(t.app, user.email)
    expect((await client.submit('/account/delete', { password: 'not my password' })).status).toBe(400)
    const deleted = await client.submit('/account/delete', { password: PASSWORD })
    expect(deleted.response.headers.location).toBe('/account/deleted')
    expect((await client.get('/account/deleted')).$('h1').text()).toContain('Your account has been deleted')
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id))
    expect(row).toMatchObject({ email: null, name: null, passwordHash: null })
    expect(row?.deletedAt).not.toBeNull()
    const page = await new TestClient(t.app).get(`/practices/${practice.slug}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=key-details]').text()).toContain('Kent Police')
    expect((await new TestClient(t.app).submit('/sign-in', { email: user.email, password: PASSWORD })).status).toBe(400)
  })
})

describe('CSRF', () => {
  const routes = [
    '/register',
    '/sign-in',
    '/sign-out',
    '/forgot-password',
    '/verify-email/resend',
    '/reset-password/sometoken',
    '/account/password',
    '/account/delete',
    '/account/sign-out-everywhere',
  ]

  it.each(routes)('refuses POST %s without a valid token, changing nothing', async (route) => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    const before = await queryRows(t.db, sql`select count(*)::int n, max(updated_at) u from users`)
    for (const token of [undefined, 'forged-token']) {
      const fields: Record<string, string> = { email: user.email, password: PASSWORD, name: 'X', organisation: 'kent' }
      if (token) fields._csrf = token
      const result = await client.post(route, fields)
      expect(result.status).toBe(403)
      expect(result.$('h1').text()).toBe('Your form could not be sent')
    }
    expect(await queryRows(t.db, sql`select count(*)::int n, max(updated_at) u from users`)).toEqual(before)
    expect((await client.get('/account')).status).toBe(200)
  })
})

describe('rate limits', () => {
  it('slows down repeated sign-in attempts from one address', async () => {
    const client = new TestClient(t.app)
    const page = await client.get('/sign-in')
    const token = String(page.$('input[name=_csrf]').val())
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      statuses.push((await client.post('/sign-in', { _csrf: token, email: 'flood@example.org', password: 'x' })).status)
    }
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('sends one address no more than five account e-mails an hour, however many people ask', async () => {
    const { email } = await aUser(t.db, { email: 'inbox-flood@example.org' })
    const mails = () =>
      queryRows<{ n: number }>(t.db, sql`select count(*)::int n from outbox where to_address = ${email}`)
    const [before] = await mails()
    for (let i = 0; i < 7; i++) {
      // A new client each time: a new address, so the per-address route limit never applies.
      const result = await new TestClient(t.app).submit('/forgot-password', { email })
      expect(result.$('h1').text()).toBe('Check your e-mail')
    }
    const [after] = await mails()
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(ACCOUNT_MAILS_PER_HOUR)
  })
})
