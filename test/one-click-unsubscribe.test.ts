import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createSmtpMailer } from '../src/features/email/mailer.js'
import { OutboxWorker } from '../src/features/email/worker.js'
import { createTestApp, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js'
import { aUser } from './support/users.js'

// RFC 8058 one-click unsubscribe: the headers on alerts and call announcements, and the POST a mail
// program sends to them with no cookies and no CSRF token.

let t: TestApp
let smtp: TestSmtpServer
const ONE_CLICK = 'List-Unsubscribe=One-Click'
const log = { info: () => undefined, error: () => undefined }

beforeAll(async () => {
  t = await createTestApp()
  smtp = await startSmtpServer()
})

afterAll(async () => {
  await smtp?.close()
  await t?.close()
})

type OutboxRow = { id: number; body: string; headers: Record<string, string> }
const outboxTo = (email: string) =>
  queryRows<OutboxRow>(t.db, sql`select id, body, headers from outbox where to_address = ${email} order by id`)

/** What a mail program sends: no cookie, the one-click body, urlencoded or multipart. */
function oneClickPost(url: string, as: 'urlencoded' | 'multipart' = 'urlencoded') {
  if (as === 'urlencoded') {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: ONE_CLICK,
    })
  }
  const boundary = '----one-click-boundary'
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload:
      `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n` +
      `--${boundary}--\r\n`,
  })
}

const linkOf = (headers: Record<string, string>) =>
  /^<https?:\/\/[^/]+(\/[^>]+)>$/.exec(headers['List-Unsubscribe'] ?? '')?.[1] ?? ''

/** Delivers the outbox through a real SMTP server and gives back what arrived for `email`. */
async function deliverTo(email: string) {
  const mailer = createSmtpMailer(smtp.url, 'Practice Bank <no-reply@practice-bank.invalid>')
  try {
    const worker = new OutboxWorker(t.db, mailer, { batchSize: 100, log })
    while ((await worker.runOnce()).sent > 0);
  } finally {
    mailer.close()
  }
  return smtp.messages.filter((m) => m.to === email)
}

describe('a saved-search alert', () => {
  it('carries the one-click headers on its outbox row and on the wire, and a one-click POST stops it', async () => {
    const person = await aUser(t.db, { email: 'one-click-alert@example.org' })
    const [saved] = await queryRows<{ id: number }>(
      t.db,
      sql`insert into saved_searches (user_id, name, query, frequency, next_alert_at, alert_watermark)
          values (${person.id}, 'Tidal', 'q=tidal', 'weekly', now() - interval '1 minute', now() - interval '1 day')
          returning id`,
    )
    await aPractice(t.db, {
      title: 'Tidal patrols on the estuary',
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
    })
    await t.app.services.savedSearches.sendDueAlerts()

    const [row] = await outboxTo(person.email)
    expect(row?.headers['List-Unsubscribe-Post']).toBe(ONE_CLICK)
    const link = linkOf(row?.headers ?? {})
    expect(link).toMatch(/^\/saved-searches\/unsubscribe\/[A-Za-z0-9_-]{43}$/)
    // The header's link is the one in the body.
    expect(row?.body).toContain(link)

    const [arrived] = await deliverTo(person.email)
    expect(arrived?.headers['list-unsubscribe']).toBe(row?.headers['List-Unsubscribe'])
    expect(arrived?.headers['list-unsubscribe-post']).toBe(ONE_CLICK)

    const response = await oneClickPost(link)
    expect(response.statusCode).toBe(200)
    expect(response.headers['set-cookie']).toBeUndefined()
    const [after] = await queryRows<{ frequency: string }>(
      t.db,
      sql`select frequency from saved_searches where id = ${saved?.id ?? 0}`,
    )
    expect(after?.frequency).toBe('none')
    // Sent twice (mail programs retry): still fine.
    expect((await oneClickPost(link, 'multipart')).statusCode).toBe(200)
  })
})

describe('a call announcement', () => {
  it('carries the one-click headers, and a multipart one-click POST turns the opt-in off', async () => {
    const admin = await aUser(t.db, { email: 'one-click-admin@example.org', roles: ['admin'] })
    const lead = await aUser(t.db, { email: 'one-click-lead@kent.police.uk', roles: ['force-lead'], leads: 'kent' })
    const [call] = await queryRows<{ id: number }>(
      t.db,
      sql`insert into calls (slug, title, theme, year, opens_on, closes_on)
          values ('one-click-call', 'Coastal crime', 'Crime along the coast.', 2026, '2026-01-01', '2099-12-31')
          returning id`,
    )
    const sent = await t.app.services.callAnnouncements.send(admin.id, call?.id ?? 0, '127.0.0.1')
    expect(sent.ok).toBe(true)

    const [row] = await outboxTo(lead.email)
    expect(row?.headers['List-Unsubscribe-Post']).toBe(ONE_CLICK)
    const link = linkOf(row?.headers ?? {})
    expect(link).toMatch(/^\/calls\/unsubscribe\/[A-Za-z0-9_-]{43}$/)
    expect(row?.body).toContain(link)
    const [arrived] = await deliverTo(lead.email)
    expect(arrived?.headers['list-unsubscribe']).toBe(row?.headers['List-Unsubscribe'])

    const response = await oneClickPost(link, 'multipart')
    expect(response.statusCode).toBe(200)
    const [choice] = await queryRows<{ wants: boolean }>(
      t.db,
      sql`select wants from call_announcement_choices where user_id = ${lead.id}`,
    )
    expect(choice?.wants).toBe(false)
    const [audit] = await queryRows<{ details: { via: string } }>(
      t.db,
      sql`select details from audit_events where subject_user_id = ${lead.id} and action = 'call-announcements-choice-changed'`,
    )
    expect(audit?.details.via).toBe('one-click')
  })
})

describe('a one-click POST that is not right', () => {
  it.each(['/calls/unsubscribe', '/saved-searches/unsubscribe'])(
    '%s: a token we never sent, or not a token at all, is a clear 404 and changes nothing',
    async (path) => {
      const before = await queryRows(t.db, sql`select count(*)::int as n from audit_events`)
      for (const token of ['A'.repeat(43), 'not-a-token', `${'B'.repeat(43)}%00`]) {
        for (const as of ['urlencoded', 'multipart'] as const) {
          const response = await oneClickPost(`${path}/${token}`, as)
          expect(response.statusCode, `${token} ${as}`).toBeGreaterThanOrEqual(400)
          expect(response.statusCode, `${token} ${as}`).toBeLessThan(500)
        }
      }
      const unknown = await oneClickPost(`${path}/${'A'.repeat(43)}`)
      expect(unknown.statusCode).toBe(404)
      expect(unknown.body).toContain('This link does not work')
      expect(await queryRows(t.db, sql`select count(*)::int as n from audit_events`)).toEqual(before)
    },
  )

  it('any other body without a CSRF token is still refused', async () => {
    const [row] = await outboxTo('one-click-lead@kent.police.uk')
    const link = linkOf(row?.headers ?? {})
    for (const payload of ['', 'List-Unsubscribe=Yes', 'other=One-Click']) {
      const response = await t.app.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      })
      expect(response.statusCode, payload).toBe(403)
    }
    // A multipart value too long to be the one-click one is cut short, so it is refused like any other body;
    // a file is not read at all.
    const big = await t.app.inject({
      method: 'POST',
      url: link,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click${' '.repeat(5000)}\r\n--x--\r\n`,
    })
    expect(big.statusCode).toBe(403)
    const file = await t.app.inject({
      method: 'POST',
      url: link,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"; filename="a.txt"\r\n\r\nOne-Click\r\n--x--\r\n`,
    })
    expect(file.statusCode).toBe(413)
  })
})
