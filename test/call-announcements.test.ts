import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { insertDemoCallAnnouncementOptIns } from '../src/db/seed/demo-call-announcements.js'
import { insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { announcementTemplate } from '../src/features/call-announcements/emails.js'
import { enqueueAnnouncementEmails, findRecipients } from '../src/features/call-announcements/repository.js'
import { londonToday } from '../src/features/submissions/forms/fields.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let openCallId = 0
let closedCallId = 0
const SUBJECT = 'New call for practice: Stalking: spotting it early'

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

async function aCall(slug: string, title: string, opensOn: string, closesOn: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    t.db,
    sql`insert into calls (slug, title, theme, year, opens_on, closes_on)
        values (${slug}, ${title}, 'How forces notice stalking before it escalates.', 2027, ${opensOn}, ${closesOn})
        returning id`,
  )
  return row?.id ?? 0
}

const announcementMails = () =>
  queryRows<{ to: string; body: string }>(
    t.db,
    sql`select to_address as "to", body from outbox where subject = ${SUBJECT} order by to_address`,
  )
const choiceOf = async (email: string) =>
  (
    await queryRows<{ wants: boolean | null }>(
      t.db,
      sql`select c.wants from users u left join call_announcement_choices c on c.user_id = u.id where u.email = ${email}`,
    )
  )[0]?.wants ?? null
const setChoice = (email: string, wants: boolean) =>
  t.db.execute(
    sql`insert into call_announcement_choices (user_id, wants) select id, ${wants} from users where email = ${email}
        on conflict (user_id) do update set wants = excluded.wants`,
  )
const tokenPath = (body: string) => /\/calls\/unsubscribe\/[A-Za-z0-9_-]{43}/.exec(body)?.[0] ?? ''

beforeAll(async () => {
  t = await createTestApp()
  const adminUser = await aUser(t.db, { email: 'announce-admin@example.org', roles: ['admin'] })
  admin = await signedIn(t.app, adminUser.email)
  // Who hears: force leads (one of them also said yes), and a contributor who said yes.
  await aUser(t.db, { email: 'lead@merseyside.police.uk', roles: ['force-lead'], leads: 'merseyside' })
  await aUser(t.db, { email: 'lead-and-yes@kent.police.uk', roles: ['force-lead'], leads: 'kent' })
  await setChoice('lead-and-yes@kent.police.uk', true)
  // A force lead for two forces is still one person.
  const twoForces = await aUser(t.db, { email: 'lead-two@example.police.uk', roles: ['force-lead'], leads: 'kent' })
  await t.db.execute(
    sql`insert into user_roles (user_id, role, organisation_id)
        select ${twoForces.id}, 'force-lead', id from organisations where code = 'merseyside'`,
  )
  await aUser(t.db, { email: 'opted-in@example.org' })
  // Who does not: everyone else, disabled accounts, a force lead who said no, an unverified account.
  await aUser(t.db, { email: 'not-asked@example.org' })
  await aUser(t.db, { email: 'disabled-lead@example.police.uk', roles: ['force-lead'] })
  await aUser(t.db, { email: 'disabled-yes@example.org' })
  await setChoice('disabled-yes@example.org', true)
  await t.db.execute(
    sql`update users set disabled_at = now() where email in ('disabled-lead@example.police.uk', 'disabled-yes@example.org')`,
  )
  await aUser(t.db, { email: 'lead-said-no@example.police.uk', roles: ['force-lead'] })
  await setChoice('lead-said-no@example.police.uk', false)
  await aUser(t.db, { email: 'unverified-yes@example.org', verified: false })
  await setChoice('unverified-yes@example.org', true)

  const today = londonToday()
  openCallId = await aCall('2027-stalking', 'Stalking: spotting it early', addDays(today, -1), '2027-12-31')
  closedCallId = await aCall('2020-closed', 'A call that has closed', '2020-01-01', '2020-02-01')
})

afterAll(async () => {
  await t?.close()
})

describe('the opt-in on the account page', () => {
  it('is saved with CSRF, audited, and shown on the account page', async () => {
    const person = await signedIn(t.app, 'opted-in@example.org')
    const page = await person.get('/account')
    expect(page.$('[data-qa=call-announcements-form] legend').text()).toContain('Tell me about new calls for practice')
    // Not a force lead and never answered: no.
    expect(page.$('input[name=wants]:checked').val()).toBe('no')

    const empty = await person.submit('/account/call-announcements', {}, '/account')
    expect(empty.status).toBe(400)
    expect(empty.$('.govuk-error-summary').text()).toContain('Select yes if you want to hear about new calls')
    expect(await choiceOf('opted-in@example.org')).toBeNull()

    const forged = await person.post('/account/call-announcements', { wants: 'yes', _csrf: 'forged' })
    expect(forged.status).toBe(403)
    expect(await choiceOf('opted-in@example.org')).toBeNull()

    const saved = await person.submit('/account/call-announcements', { wants: 'yes' }, '/account')
    expect(saved.status).toBe(302)
    expect(saved.response.headers.location).toBe('/account')
    const after = await person.get('/account')
    expect(after.$('.govuk-notification-banner').text()).toContain('We will e-mail you when a new call')
    expect(after.$('input[name=wants]:checked').val()).toBe('yes')
    expect(await choiceOf('opted-in@example.org')).toBe(true)
    const [audit] = await queryRows<{ details: { wants: boolean; via: string } }>(
      t.db,
      sql`select details from audit_events where action = 'call-announcements-choice-changed'
          and subject_user_id = (select id from users where email = 'opted-in@example.org')`,
    )
    expect(audit?.details).toEqual({ wants: true, via: 'account' })
    // What we hold about the person includes their answer.
    expect((await person.get('/account/data')).response.json()).toMatchObject({ callAnnouncements: true })
  })

  it('shows a force lead who never answered as yes', async () => {
    const lead = await signedIn(t.app, 'lead@merseyside.police.uk')
    expect((await lead.get('/account')).$('input[name=wants]:checked').val()).toBe('yes')
  })

  it('needs a signed-in person', async () => {
    const stranger = new TestClient(t.app)
    const page = await stranger.get('/sign-in')
    const csrf = String(page.$('input[name=_csrf]').val())
    const result = await stranger.post('/account/call-announcements', { wants: 'yes', _csrf: csrf })
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toMatch(/^\/sign-in/)
  })
})

describe('sending an announcement', () => {
  it('is offered on an open call only, and refused for a closed one', async () => {
    const closed = await admin.get(`/admin/calls/${closedCallId}`)
    expect(closed.$('[data-qa=announce-link]').length).toBe(0)
    expect((await admin.get(`/admin/calls/${closedCallId}/announce`)).$('[data-qa=not-open]').length).toBe(1)
    const refused = await admin.submit(`/admin/calls/${closedCallId}/announce`, {})
    expect(refused.status).toBe(409)
    expect(refused.$('[data-qa=announce-refused]').text()).toContain('Only an open call can be announced')
    expect(await queryRows(t.db, sql`select 1 from call_announcements`)).toHaveLength(0)
  })

  it('is refused to people who are not admins', async () => {
    const lead = await signedIn(t.app, 'lead@merseyside.police.uk')
    expect((await lead.get(`/admin/calls/${openCallId}/announce`)).status).toBe(403)
    const page = await lead.get('/account')
    const csrf = String(page.$('input[name=_csrf]').first().val())
    expect((await lead.post(`/admin/calls/${openCallId}/announce`, { _csrf: csrf })).status).toBe(403)
    expect((await admin.post(`/admin/calls/${openCallId}/announce`, { _csrf: 'forged' })).status).toBe(403)
    expect(await announcementMails()).toHaveLength(0)
  })

  it('goes to force leads and people who opted in, each once, and is recorded and audited', async () => {
    const callPage = await admin.get(`/admin/calls/${openCallId}`)
    expect(callPage.$('[data-qa=announce-link]').attr('href')).toBe(`/admin/calls/${openCallId}/announce`)
    const confirm = await admin.get(`/admin/calls/${openCallId}/announce`)
    expect(confirm.status).toBe(200)
    expect(confirm.$('[data-qa=recipient-count]').text()).toContain('4 people')

    const sent = await admin.submit(`/admin/calls/${openCallId}/announce`, {})
    expect(sent.status).toBe(302)
    expect(sent.response.headers.location).toBe(`/admin/calls/${openCallId}?saved=announced`)

    const mails = await announcementMails()
    expect(mails.map((m) => m.to)).toEqual([
      'lead-and-yes@kent.police.uk',
      'lead-two@example.police.uk',
      'lead@merseyside.police.uk',
      'opted-in@example.org',
    ])
    const body = mails[0]?.body ?? ''
    expect(body).toContain('How forces notice stalking before it escalates.')
    expect(body).toContain('It closes on 31 December 2027 (UK time)')
    expect(body).toContain('/calls/2027-stalking')
    expect(tokenPath(body)).not.toBe('')
    // Each e-mail has its own link; only the hashes are kept.
    expect(new Set(mails.map((m) => tokenPath(m.body))).size).toBe(4)
    const hashes = await queryRows<{ token_hash: string }>(
      t.db,
      sql`select token_hash from call_announcement_unsubscribe_tokens`,
    )
    expect(hashes).toHaveLength(4)
    for (const m of mails) expect(hashes.map((h) => h.token_hash)).not.toContain(tokenPath(m.body).split('/').pop())

    const after = await admin.get(`/admin/calls/${openCallId}?saved=announced`)
    expect(after.$('[data-qa=saved]').text()).toContain('The announcement has been sent')
    expect(after.$('[data-qa=announced]').text()).toMatch(/Announced on .+ to 4 people/)
    const [audit] = await queryRows<{ details: { recipients: number; slug: string } }>(
      t.db,
      sql`select details from audit_events where action = 'call-announced'`,
    )
    expect(audit?.details).toMatchObject({ recipients: 4, slug: '2027-stalking', callId: openCallId })
  })

  it('refuses a second send with a clear message, and the database refuses one too', async () => {
    const again = await admin.submit(`/admin/calls/${openCallId}/announce`, {}, `/admin/calls/${openCallId}`)
    expect(again.status).toBe(409)
    expect(again.$('[data-qa=announce-refused]').text()).toContain('This call has already been announced')
    expect(await announcementMails()).toHaveLength(4)
    await expect(
      t.db.execute(sql`insert into call_announcements (call_id, recipient_count) values (${openCallId}, 0)`),
    ).rejects.toThrow()
  })
})

describe('two sends at once', () => {
  it('mails everyone once: one send goes through, the other is refused', async () => {
    const callId = await aCall('2027-at-once', 'Sent twice at once', addDays(londonToday(), -1), '2027-10-31')
    const page = await admin.get(`/admin/calls/${callId}/announce`)
    const csrf = String(page.$('input[name=_csrf]').val())
    const results = await Promise.all([
      admin.post(`/admin/calls/${callId}/announce`, { _csrf: csrf }),
      admin.post(`/admin/calls/${callId}/announce`, { _csrf: csrf }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([302, 409])
    const [sent] = await queryRows<{ mails: number; recorded: number }>(
      t.db,
      sql`select (select count(*)::int from outbox where subject = 'New call for practice: Sent twice at once') as mails,
                 (select recipient_count from call_announcements where call_id = ${callId}) as recorded`,
    )
    expect(sent?.mails).toBe(4)
    expect(sent?.recorded).toBe(4)
  })
})

describe('unsubscribing from call announcements', () => {
  it('works with no session, turns the opt-in off, and a force lead is not sent later announcements', async () => {
    const [mail] = (await announcementMails()).filter((m) => m.to === 'lead@merseyside.police.uk')
    const link = tokenPath(mail?.body ?? '')
    const stranger = new TestClient(t.app)
    const page = await stranger.get(link)
    expect(page.status).toBe(200)
    expect(page.$('h1').text()).toContain('Stop e-mails about new calls?')
    const csrf = String(page.$('input[name=_csrf]').val())
    const done = await stranger.post(link, { _csrf: csrf })
    expect(done.status).toBe(200)
    expect(done.$('[data-qa=unsubscribed]').text()).toContain('E-mails stopped')
    expect(await choiceOf('lead@merseyside.police.uk')).toBe(false)
    expect((await stranger.get(link)).$('h1').text()).toContain('already stopped')

    // The opted-in contributor too.
    const [other] = (await announcementMails()).filter((m) => m.to === 'opted-in@example.org')
    const otherLink = tokenPath(other?.body ?? '')
    const second = new TestClient(t.app)
    const otherPage = await second.get(otherLink)
    await second.post(otherLink, { _csrf: String(otherPage.$('input[name=_csrf]').val()) })
    expect(await choiceOf('opted-in@example.org')).toBe(false)

    // The next call goes to the two force leads left.
    const nextId = await aCall('2028-next', 'The next call', addDays(londonToday(), -1), '2028-06-30')
    expect((await admin.get(`/admin/calls/${nextId}/announce`)).$('[data-qa=recipient-count]').text()).toContain(
      '2 people',
    )
    expect((await admin.submit(`/admin/calls/${nextId}/announce`, {})).status).toBe(302)
    const next = await queryRows<{ to: string }>(
      t.db,
      sql`select to_address as "to" from outbox where subject = 'New call for practice: The next call' order by 1`,
    )
    expect(next.map((m) => m.to)).toEqual(['lead-and-yes@kent.police.uk', 'lead-two@example.police.uk'])
  })

  it('says a bad link does not work and changes nothing', async () => {
    const stranger = new TestClient(t.app)
    const before = await queryRows(t.db, sql`select user_id, wants from call_announcement_choices order by user_id`)
    for (const bad of ['A'.repeat(43), 'short', 'not%20a%20token']) {
      const page = await stranger.get(`/calls/unsubscribe/${bad}`)
      expect(page.status).toBe(404)
      expect(page.$('h1').text()).toBe('This link does not work')
    }
    const csrf = String((await stranger.get('/sign-in')).$('input[name=_csrf]').val())
    const posted = await stranger.post(`/calls/unsubscribe/${'A'.repeat(43)}`, { _csrf: csrf })
    expect(posted.status).toBe(404)
    expect(posted.$('h1').text()).toBe('This link does not work')
    const forged = await stranger.post(`/calls/unsubscribe/${'A'.repeat(43)}`, { _csrf: 'forged' })
    expect(forged.status).toBe(403)
    expect(await queryRows(t.db, sql`select user_id, wants from call_announcement_choices order by user_id`)).toEqual(
      before,
    )
  })
})

describe('the demo data', () => {
  it('has the demo force lead and the demo contributor hearing about new calls', async () => {
    await insertDemoUsers(t.db)
    expect(await insertDemoCallAnnouncementOptIns(t.db)).toBe(1)
    // Run again (a restart), it adds nothing.
    expect(await insertDemoCallAnnouncementOptIns(t.db)).toBe(0)
    const recipients = (await findRecipients(t.db)).map((r) => r.email)
    expect(recipients).toContain('contributor@demo.example.org')
    expect(recipients).toContain('force.lead@demo.police.uk')
  })
})

describe('a large announcement', () => {
  it('queues 500 opted-in people and everyone else in one go, each once with a token whose hash is kept', async () => {
    await t.db.execute(
      sql`insert into users (email, name, email_verified_at)
          select 'many-' || n || '@example.org', case when n % 2 = 0 then 'Person ' || n end, now()
          from generate_series(1, 500) n`,
    )
    await t.db.execute(
      sql`insert into call_announcement_choices (user_id, wants)
          select id, true from users where email like 'many-%@example.org'`,
    )
    const expected = (await findRecipients(t.db)).map((r) => r.email).sort()
    expect(expected.length).toBeGreaterThanOrEqual(500)
    const callId = await aCall('2027-large', 'A call for many', addDays(londonToday(), -1), '2027-11-30')
    const confirm = await admin.get(`/admin/calls/${callId}/announce`)
    expect(confirm.$('[data-qa=recipient-count]').text()).toContain(`${expected.length} people`)
    expect((await admin.submit(`/admin/calls/${callId}/announce`, {})).status).toBe(302)

    const mails = await queryRows<{ to: string; body: string; headers: Record<string, string> }>(
      t.db,
      sql`select to_address as "to", body, headers from outbox where subject = 'New call for practice: A call for many'`,
    )
    expect(mails.map((m) => m.to).sort()).toEqual(expected)
    const tokens = await queryRows<{ token_hash: string; email: string }>(
      t.db,
      sql`select t.token_hash, u.email from call_announcement_unsubscribe_tokens t
          join call_announcements a on a.id = t.announcement_id join users u on u.id = t.user_id
          where a.call_id = ${callId}`,
    )
    const hashFor = new Map(tokens.map((row) => [row.email, row.token_hash]))
    expect(hashFor.size).toBe(expected.length)
    for (const mail of mails) {
      const token = tokenPath(mail.body).split('/').pop() ?? ''
      expect(createHash('sha256').update(token).digest('hex'), mail.to).toBe(hashFor.get(mail.to))
      expect(mail.headers['List-Unsubscribe']).toMatch(new RegExp(`^<https?://[^/]+/calls/unsubscribe/${token}>$`))
    }
    // The greeting uses the person's name, or none.
    expect(mails.find((m) => m.to === 'many-2@example.org')?.body.startsWith('Hello Person 2,\n\n')).toBe(true)
    expect(mails.find((m) => m.to === 'many-1@example.org')?.body.startsWith('Hello,\n\n')).toBe(true)
    // A link from the set-based send works like any other.
    const sample = mails.find((m) => m.to === 'many-3@example.org')
    expect((await new TestClient(t.app).get(tokenPath(sample?.body ?? ''))).status).toBe(200)
    const [recorded] = await queryRows<{ recipient_count: number }>(
      t.db,
      sql`select recipient_count from call_announcements where call_id = ${callId}`,
    )
    expect(recorded?.recipient_count).toBe(expected.length)
  })

  it('sent twice, by the page or straight to the queue, mails nobody a second time', async () => {
    const callId = await aCall('2027-twice', 'A call sent twice', addDays(londonToday(), -1), '2027-11-30')
    const count = () =>
      queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from outbox where subject = 'New call for practice: A call sent twice'`,
      )
    expect((await admin.submit(`/admin/calls/${callId}/announce`, {})).status).toBe(302)
    const [first] = await count()
    expect(first?.n).toBeGreaterThanOrEqual(500)
    const again = await admin.submit(`/admin/calls/${callId}/announce`, {}, `/admin/calls/${callId}`)
    expect(again.status).toBe(409)
    // Even the queueing statement itself, run again for the same announcement, adds nobody.
    const [announcement] = await queryRows<{ id: number }>(
      t.db,
      sql`select id from call_announcements where call_id = ${callId}`,
    )
    const template = announcementTemplate('http://localhost', {
      title: 'A call sent twice',
      theme: 'x',
      slug: '2027-twice',
      closesOn: '2027-11-30',
    })
    expect(await enqueueAnnouncementEmails(t.db, announcement?.id ?? 0, template)).toBe(0)
    expect(await count()).toEqual([first])
  })
})
