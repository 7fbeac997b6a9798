import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { sanitiseGuidance } from '../src/features/calls/guidance.js'
import { londonToday } from '../src/features/submissions/forms/fields.js'
import { createTestApp, getPage, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let adminId: number

beforeAll(async () => {
  t = await createTestApp()
  const user = await aUser(t.db, { email: 'calls-admin@example.org', roles: ['admin'] })
  adminId = user.id
  admin = await signedIn(t.app, user.email)
})

afterAll(async () => {
  await t?.close()
})

const theCall = async (slug: string) =>
  (
    await queryRows<{
      id: number
      title: string
      guidance: string
      opens_on: string
      closes_on: string
      archived_at: Date | null
    }>(
      t.db,
      sql`select id, title, guidance, opens_on::text, closes_on::text, archived_at from calls where slug = ${slug}`,
    )
  )[0]
const audits = () =>
  queryRows<{ actor_user_id: number; details: { change: string; slug: string } }>(
    t.db,
    sql`select actor_user_id, details from audit_events where action = 'call-changed' order by id`,
  )

const fields = {
  title: '2027 call: stalking and harassment',
  slug: '2027-stalking',
  theme: 'Early intervention in stalking cases.',
  summary: 'We want to hear how forces spot stalking early.',
  guidance:
    '<p onclick="steal()">Tell us <strong>what changed</strong>.</p><script>alert(1)</script><ul><li><a href="javascript:alert(1)">bad</a></li><li><a href="https://example.org/guide">the guide</a></li></ul>',
  sponsors: 'Stalking and harassment portfolio',
  contactEmail: 'calls@example.org',
  opensOn: '2027-01-04',
  closesOn: '2027-03-31',
  graceDays: '7',
}

describe('sanitiseGuidance', () => {
  it('keeps paragraphs, lists and links, and removes scripts, event handlers and javascript: links', () => {
    const html = sanitiseGuidance(fields.guidance)
    expect(html).not.toMatch(/script|onclick|javascript:|alert/i)
    expect(html).toContain('<strong>what changed</strong>')
    expect(html).toContain('<a href="https://example.org/guide" class="govuk-link">the guide</a>')
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet">')
  })

  it('turns plain text into paragraphs, escaped', () => {
    expect(sanitiseGuidance('One & two\n\nThree <b')).toBe(
      '<p class="govuk-body">One &amp; two</p><p class="govuk-body">Three &lt;b</p>',
    )
  })
})

describe('/admin/calls', () => {
  it('creates a call with sanitised guidance, shows it on the public page, and audits it', async () => {
    const response = await admin.submit('/admin/calls/new', fields)
    expect(response.status).toBe(302)
    expect(response.response.headers.location).toBe('/admin/calls?saved=created')
    const call = await theCall('2027-stalking')
    expect(call?.guidance).not.toMatch(/script|onclick|javascript:/i)
    expect(call?.opens_on).toBe('2027-01-04')
    const page = await getPage(t.app, '/calls/2027-stalking')
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=call-guidance] strong').text()).toBe('what changed')
    expect(page.$('[data-qa=call-guidance] script').length).toBe(0)
    expect((await audits()).at(-1)).toEqual({
      actor_user_id: adminId,
      details: expect.objectContaining({ change: 'created', slug: '2027-stalking' }),
    })
    const list = await admin.get('/admin/calls')
    expect(list.$('[data-qa="call-2027-stalking"] [data-qa=state]').text()).toBe('Upcoming')
  })

  it('refuses bad input with messages and changes nothing', async () => {
    const response = await admin.submit(
      '/admin/calls/new',
      {
        ...fields,
        title: '',
        slug: 'Bad Slug',
        opensOn: '2027-02-30',
        closesOn: '2026-01-01',
        contactEmail: 'nope',
        graceDays: '-1',
      },
      '/admin/calls/new',
    )
    expect(response.status).toBe(400)
    const summary = response.$('.govuk-error-summary').text()
    expect(summary).toContain('Enter a title')
    expect(summary).toContain('web address name')
    expect(summary).toContain('opening date as a real date')
    expect(summary).toContain('contact mailbox')
    expect(summary).toContain('grace period')
    const clash = await admin.submit('/admin/calls/new', fields)
    expect(clash.status).toBe(400)
    expect(clash.$('.govuk-error-summary').text()).toContain('Another call already has this web address name')
    expect((await audits()).length).toBe(1)
  })

  it('edits, opens, closes and archives a call, each audited', async () => {
    const call = await theCall('2027-stalking')
    const edited = await admin.submit(`/admin/calls/${call?.id}`, { ...fields, title: 'Stalking: early help' })
    expect(edited.status).toBe(302)
    expect((await theCall('2027-stalking'))?.title).toBe('Stalking: early help')

    const today = londonToday()
    expect((await admin.submit(`/admin/calls/${call?.id}/status`, { action: 'open' }, '/admin/calls')).status).toBe(302)
    expect((await theCall('2027-stalking'))?.opens_on).toBe(today)
    expect(
      (await getPage(t.app, '/calls/2027-stalking')).$('[data-qa=start-for-call], [data-qa=sign-in-to-start]').length,
    ).toBe(1)

    expect((await admin.submit(`/admin/calls/${call?.id}/status`, { action: 'close' }, '/admin/calls')).status).toBe(
      302,
    )
    const closed = await theCall('2027-stalking')
    expect(closed && closed.closes_on < today).toBe(true)
    expect((await getPage(t.app, '/calls/2027-stalking')).$('[data-qa=call-closed]').length).toBe(1)

    expect((await admin.submit(`/admin/calls/${call?.id}/status`, { action: 'archive' }, '/admin/calls')).status).toBe(
      302,
    )
    expect((await theCall('2027-stalking'))?.archived_at).not.toBeNull()
    expect((await audits()).map((a) => a.details.change)).toEqual(['created', 'edited', 'opened', 'closed', 'archived'])

    const bad = await admin.submit(`/admin/calls/${call?.id}/status`, { action: 'delete' }, '/admin/calls')
    expect(bad.status).toBe(400)
  })

  it('refuses a change without the CSRF token, and refuses people who are not admins', async () => {
    expect((await admin.post('/admin/calls/new', { ...fields, slug: 'no-token' })).status).toBe(403)
    expect(await theCall('no-token')).toBeUndefined()
    const member = await signedIn(t.app, (await aUser(t.db, { email: 'calls-member@example.org' })).email)
    expect((await member.get('/admin/calls')).status).toBe(403)
  })

  it('keeps the topics a call is about, refuses one that is not a topic, and links them from the call page', async () => {
    const form = await admin.get('/admin/calls/new')
    expect(form.$('[data-qa=call-topics] input[name=topics]').length).toBeGreaterThan(5)
    const topics = ['stalking-and-harassment', 'voice-of-the-victim']
    const slug = '2027-topics'
    const unknown = await admin.submit('/admin/calls/new', { ...fields, slug, topics: [...topics, 'not-a-topic'] })
    expect(unknown.status).toBe(400)
    expect(unknown.$('.govuk-error-summary a[href="#topics"]').text()).toBe('Choose the topics from the list')
    // What was ticked stays ticked.
    expect(unknown.$('input[name=topics][value=stalking-and-harassment]').is(':checked')).toBe(true)
    expect(await theCall(slug)).toBeUndefined()

    expect((await admin.submit('/admin/calls/new', { ...fields, slug, topics })).status).toBe(302)
    const call = await theCall(slug)
    const edit = await admin.get(`/admin/calls/${call?.id}`)
    expect(
      edit
        .$('input[name=topics]:checked')
        .map((_, el) => edit.$(el).val())
        .get(),
    ).toEqual(topics)
    const page = await new TestClient(t.app).get(`/calls/${slug}`)
    expect(
      page
        .$('[data-qa=call-topics] a')
        .map((_, el) => page.$(el).attr('href'))
        .get(),
    ).toEqual(topics.map((topic) => `/practices?topic=${topic}`))
    // One ticked box sends a single value, and none clears them.
    expect(
      (await admin.submit(`/admin/calls/${call?.id}`, { ...fields, slug, topics: 'voice-of-the-victim' })).status,
    ).toBe(302)
    expect((await new TestClient(t.app).get(`/calls/${slug}`)).$('[data-qa=call-topics] li').length).toBe(1)
    expect((await admin.submit(`/admin/calls/${call?.id}`, { ...fields, slug })).status).toBe(302)
    expect((await new TestClient(t.app).get(`/calls/${slug}`)).$('[data-qa=call-topics]').length).toBe(0)
  })
})
