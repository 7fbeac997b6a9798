import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { auditEvents, outbox } from '../src/db/schema/index.js'
import { RELAY_LIMIT } from '../src/features/contact/service.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let hidden: { id: number; slug: string }
let shown: { id: number; slug: string }
let policing: { id: number; slug: string }

const LEAD = 'hidden.lead@kent.police.uk'
const MESSAGE = 'Hello, we are starting something similar in Essex and would like to hear how you trained staff.'

const mailsTo = (to: string) => t.db.select().from(outbox).where(eq(outbox.toAddress, to))

beforeAll(async () => {
  t = await createTestApp()
  await aUser(t.db, { email: 'asker@example.org', name: 'Ash Asker' })
  await aUser(t.db, { email: 'busy@example.org', name: 'Bee Busy' })
  hidden = await aPractice(t.db, {
    title: 'Practice whose lead keeps their address private',
    values: { contactName: 'Jo Private', contactEmail: LEAD, consentShowContact: false },
  })
  shown = await aPractice(t.db, {
    title: 'Practice whose lead shows their address',
    values: { contactName: 'Mo Public', contactEmail: 'shown.lead@kent.police.uk', consentShowContact: true },
  })
  policing = await aPractice(t.db, {
    title: 'Policing only practice',
    visibility: 'policing',
    values: { consentPublication: 'policing', contactEmail: 'police.lead@kent.police.uk' },
  })
})

afterAll(async () => {
  await t.close()
})

describe('contact the practice lead', () => {
  it('is for signed-in people: a visitor is sent to sign in and the practice page offers no link', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/practices/${hidden.slug}` })
    expect(page.body).not.toContain('data-qa="contact-lead"')
    expect(page.body).not.toContain(LEAD)
    const form = await t.app.inject({ method: 'GET', url: `/practices/${hidden.slug}/contact` })
    expect(form.statusCode).toBe(302)
    expect(form.headers.location).toContain('/sign-in?returnTo=')
  })

  it('offers the link to signed-in people without showing an address the lead did not agree to show', async () => {
    const asker = await signedIn(t.app, 'asker@example.org')
    const page = await asker.get(`/practices/${hidden.slug}`)
    expect(page.$('[data-qa=contact-lead]').attr('href')).toBe(`/practices/${hidden.slug}/contact`)
    expect(page.response.body).not.toContain(LEAD)
    const form = await asker.get(`/practices/${hidden.slug}/contact`)
    expect(form.status).toBe(200)
    expect(form.response.body).not.toContain(LEAD)
    // With consent the address is on the page, as before.
    expect((await asker.get(`/practices/${shown.slug}`)).response.body).toContain('shown.lead@kent.police.uk')
  })

  it('refuses practice the person may not read, as if it did not exist', async () => {
    const asker = await signedIn(t.app, 'asker@example.org')
    expect((await asker.get(`/practices/${policing.slug}/contact`)).status).toBe(404)
    const sent = await asker.submit(
      `/practices/${policing.slug}/contact`,
      { message: MESSAGE },
      `/practices/${hidden.slug}/contact`,
    )
    expect(sent.status).toBe(404)
    expect(await mailsTo('police.lead@kent.police.uk')).toHaveLength(0)
  })

  it('checks the message and sends nothing when it is wrong', async () => {
    const asker = await signedIn(t.app, 'asker@example.org')
    const { status, $ } = await asker.submit(`/practices/${hidden.slug}/contact`, { message: '' })
    expect(status).toBe(400)
    expect(texts($, '.govuk-error-summary__list a')).toEqual(['Enter your message'])
    expect($('title').text()).toMatch(/^Error: /)
    expect(await mailsTo(LEAD)).toHaveLength(0)
  })

  it('sends the message through the outbox with replies to the sender, and audits it without the body', async () => {
    const asker = await signedIn(t.app, 'asker@example.org')
    const sent = await asker.submit(`/practices/${hidden.slug}/contact`, { message: MESSAGE })
    expect(sent.status).toBe(303)
    expect(sent.response.headers.location).toBe(`/practices/${hidden.slug}/contact?sent=1`)
    const confirmation = await asker.get(`/practices/${hidden.slug}/contact?sent=1`)
    expect(confirmation.$('[data-qa=message-sent]').text()).toContain('Message sent')
    expect(confirmation.response.body).not.toContain(LEAD)
    const [mail] = await mailsTo(LEAD)
    expect(mail?.replyTo).toBe('asker@example.org')
    expect(mail?.body).toContain(MESSAGE)
    expect(mail?.body).toContain('Ash Asker')
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'practice-contact-relayed'))
    expect(audit).toHaveLength(1)
    expect(audit[0]?.details).toMatchObject({ practiceId: hidden.id, length: MESSAGE.length })
    const everything = await queryRows<{ text: string }>(
      t.db,
      sql`select string_agg(details::text, ' ') as text from audit_events`,
    )
    expect(everything[0]?.text).not.toContain('starting something similar')
  })

  it(`allows ${RELAY_LIMIT} messages an hour per sender, counted in the database, then refuses`, async () => {
    const busy = await signedIn(t.app, 'busy@example.org')
    const url = `/practices/${shown.slug}/contact`
    for (let n = 1; n <= RELAY_LIMIT; n++) {
      expect((await busy.submit(url, { message: `${MESSAGE} (${n})` })).status).toBe(303)
    }
    const refused = await busy.submit(url, { message: `${MESSAGE} (one too many)` })
    expect(refused.status).toBe(429)
    expect(texts(refused.$, '.govuk-error-summary__list a')[0]).toContain(`You have sent ${RELAY_LIMIT} messages`)
    expect(await mailsTo('shown.lead@kent.police.uk')).toHaveLength(RELAY_LIMIT)
    const [count] = await queryRows<{ count: number }>(
      t.db,
      sql`select max(count)::int as count from rate_limit_hits where key like 'contact-relay|%'`,
    )
    expect(count?.count).toBeGreaterThan(RELAY_LIMIT)
    // Another person is not held back by someone else's messages.
    const asker = await signedIn(t.app, 'asker@example.org')
    expect((await asker.submit(url, { message: MESSAGE })).status).toBe(303)
  })
})
