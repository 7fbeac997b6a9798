import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { adoptions, auditEvents, outbox, practices } from '../src/db/schema/index.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let kentPractice: { id: number; slug: string }
let policingPractice: { id: number; slug: string }

const form = (fields: Record<string, string> = {}) => ({
  kind: 'adapted',
  changes: 'We run it with the council rather than a charity.',
  'startedOn-day': '3',
  'startedOn-month': '2',
  'startedOn-year': '2025',
  ...fields,
})

beforeAll(async () => {
  t = await createTestApp()
  const contributor = await aUser(t.db, { email: 'author@kent.police.uk', organisation: 'kent' })
  await aUser(t.db, { email: 'lead@kent.police.uk', organisation: 'kent', roles: ['force-lead'], leads: 'kent' })
  await aUser(t.db, { email: 'officer@essex.police.uk', organisation: 'essex' })
  await aUser(t.db, { email: 'second@essex.police.uk', organisation: 'essex' })
  await aUser(t.db, { email: 'lead@gwent.example.org', organisation: 'gwent', roles: ['force-lead'], leads: 'gwent' })
  await aUser(t.db, { email: 'helper@charity.example.org', organisation: 'essex' })
  await aUser(t.db, { email: 'reviewer@college.police.uk', roles: ['reviewer'] })
  kentPractice = await aPractice(t.db, {
    title: 'Stalking advocates in the control room',
    organisation: 'kent',
    topics: ['stalking-and-harassment'],
    submittedByUserId: contributor.id,
  })
  policingPractice = await aPractice(t.db, {
    title: 'Policing only debriefs',
    organisation: 'kent',
    visibility: 'policing',
    values: { consentPublication: 'policing' },
  })
})

afterAll(async () => {
  await t.close()
})

const rowsFor = (practiceId: number) => t.db.select().from(adoptions).where(eq(adoptions.practiceId, practiceId))

describe('recording "we use this too"', () => {
  it('sends a visitor to sign in, and refuses people who cannot speak for a force', async () => {
    const visitor = await t.app.inject({ method: 'GET', url: `/practices/${kentPractice.slug}/adoption` })
    expect(visitor.statusCode).toBe(302)
    expect(visitor.headers.location).toContain('/sign-in?returnTo=')
    // A partner's e-mail is not a police one, and the origin force cannot adopt its own practice.
    for (const email of ['helper@charity.example.org', 'author@kent.police.uk', 'lead@kent.police.uk']) {
      const client = await signedIn(t.app, email)
      const { status, $ } = await client.get(`/practices/${kentPractice.slug}/adoption`)
      expect({ email, status }).toEqual({ email, status: 403 })
      expect($('[data-qa=page-heading]').text()).toBe('You cannot record this for a force')
      const page = await client.get(`/practices/${kentPractice.slug}`)
      expect(page.$('[data-qa=we-use-this]')).toHaveLength(0)
    }
    expect(await rowsFor(kentPractice.id)).toHaveLength(0)
  })

  it('shows the GOV.UK error summary and inline errors, and saves nothing, when the form is not right', async () => {
    const client = await signedIn(t.app, 'officer@essex.police.uk')
    const url = `/practices/${kentPractice.slug}/adoption`
    const cases: [Record<string, string>, string][] = [
      [{ kind: '' }, 'Select what your force did with this practice'],
      [{ changes: '' }, 'Enter what your force changed'],
      [{ kind: 'decided-against', changes: '' }, 'Enter why your force decided against it'],
      [{ 'startedOn-day': '31', 'startedOn-month': '2' }, 'The start date must be a real date'],
      [
        { 'startedOn-day': '', 'startedOn-month': '', 'startedOn-year': '' },
        'Enter the date your force started using it',
      ],
      [{ howItWent: 'x'.repeat(2001) }, 'How it went must be 2000 characters or fewer'],
    ]
    for (const [fields, message] of cases) {
      const { status, $ } = await client.submit(url, form(fields))
      expect({ fields: Object.keys(fields), status }).toEqual({ fields: Object.keys(fields), status: 400 })
      expect($('title').text()).toMatch(/^Error: /)
      expect(texts($, '.govuk-error-summary li')).toContain(message)
      expect($('.govuk-error-message').text()).toContain(message)
    }
    expect(await rowsFor(kentPractice.id)).toHaveLength(0)
  })

  it('records one force’s adaptation, lists it on the practice page and tells the contributor and force lead', async () => {
    const client = await signedIn(t.app, 'officer@essex.police.uk')
    const page = await client.get(`/practices/${kentPractice.slug}`)
    expect(page.$('[data-qa=we-use-this]').attr('href')).toBe(`/practices/${kentPractice.slug}/adoption`)
    const result = await client.submit(`/practices/${kentPractice.slug}/adoption`, form())
    expect(result.status).toBe(303)
    expect(result.response.headers.location).toBe(`/practices/${kentPractice.slug}#spread`)
    const [row] = await rowsFor(kentPractice.id)
    expect(row).toMatchObject({ kind: 'adapted', startedOn: '2025-02-03', changes: expect.stringContaining('council') })
    const [practice] = await t.db.select().from(practices).where(eq(practices.id, kentPractice.id))
    expect(practice?.adoptionCount).toBe(1)

    const { $ } = await getPage(t.app, `/practices/${kentPractice.slug}`)
    expect(texts($, '[data-qa=spread-record] h3')).toEqual(['Essex Police: adapted'])
    expect($('[data-qa=spread]').text()).toContain('We run it with the council')

    const mail = await t.db.select().from(outbox).orderBy(outbox.id)
    expect(mail.map((m) => m.toAddress).sort()).toEqual(['author@kent.police.uk', 'lead@kent.police.uk'])
    expect(mail[0]?.subject).toBe('Essex Police has adapted ‘Stalking advocates in the control room’')
    expect(mail[0]?.body).toContain(`/practices/${kentPractice.slug}#spread`)
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'adoption-recorded'))
    expect(audit).toHaveLength(1)
  })

  it('keeps one record per force: a second new record is a conflict, and the force’s members edit the one', async () => {
    const second = await signedIn(t.app, 'second@essex.police.uk')
    // The form was loaded before the first record existed: it says "new", so it must not overwrite.
    const stale = await second.post(`/practices/${kentPractice.slug}/adoption`, {
      ...form({ kind: 'adopted' }),
      version: '',
      _csrf: String((await second.get(`/practices/${kentPractice.slug}/adoption`)).$('input[name=_csrf]').val()),
    })
    expect(stale.status).toBe(409)
    expect(await rowsFor(kentPractice.id)).toHaveLength(1)

    const edit = await second.get(`/practices/${kentPractice.slug}/adoption`)
    expect(edit.$('input[name=version]').val()).toBe('1')
    expect(edit.$('#changes').text()).toContain('council')
    const saved = await second.submit(
      `/practices/${kentPractice.slug}/adoption`,
      form({ howItWent: 'Repeat reports fell in the first six months.', version: '1' }),
    )
    expect(saved.status).toBe(303)
    const rows = await rowsFor(kentPractice.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ version: 2, howItWent: 'Repeat reports fell in the first six months.' })
    // Only the first record e-mails people.
    expect(await t.db.select().from(outbox)).toHaveLength(2)
    // The database holds the rule too.
    await expect(
      t.db
        .insert(adoptions)
        .values({ practiceId: kentPractice.id, organisationId: rows[0]?.organisationId ?? 0, kind: 'adopted' }),
    ).rejects.toThrow()
  })

  it('lets a force lead who is not on a police domain record for the force they lead', async () => {
    const lead = await signedIn(t.app, 'lead@gwent.example.org')
    const result = await lead.submit(`/practices/${kentPractice.slug}/adoption`, form({ kind: 'adopted', changes: '' }))
    expect(result.status).toBe(303)
    expect(await rowsFor(kentPractice.id)).toHaveLength(2)
  })

  it('does not let someone who cannot read the practice record anything about it', async () => {
    const lead = await signedIn(t.app, 'lead@gwent.example.org')
    const { status } = await lead.get(`/practices/${policingPractice.slug}/adoption`)
    expect(status).toBe(404)
    const officer = await signedIn(t.app, 'officer@essex.police.uk')
    expect((await officer.get(`/practices/${policingPractice.slug}/adoption`)).status).toBe(200)
  })

  it('counts adoptions in search results, sorts by them and shows the spread on the map', async () => {
    const { $ } = await getPage(t.app, '/practices?sort=most-adopted')
    expect(texts($, '[data-qa=result-link]')[0]).toBe('Stalking advocates in the control room')
    expect(texts($, '[data-qa=adoption-count]')).toEqual(['Used by 2 other forces'])
    const map = await getPage(t.app, '/map?measure=adoptions')
    expect(map.$('[data-qa=hex][data-force=essex]').attr('aria-label')).toBe(
      "Essex Police: 1 adoption of another force's practice",
    )
    const spread = await getPage(t.app, `/map?practice=${kentPractice.slug}`)
    expect(spread.status).toBe(200)
    expect(spread.$('[data-qa=hex][data-force=kent]').attr('aria-label')).toBe('Kent Police: where it began')
    expect(spread.$('[data-qa=hex][data-force=essex]').attr('aria-label')).toBe('Essex Police: adapted')
    expect(spread.$('[data-qa=hex][data-force=gwent]').attr('aria-label')).toBe('Gwent Police: adopted')
    expect((await getPage(t.app, `/map?practice=${policingPractice.slug}`)).status).toBe(404)
  })
})

describe('moderation', () => {
  it('lets only reviewers remove a record, with a reason, and keeps it out of the counts', async () => {
    const [record] = await queryRows<{ id: number }>(
      t.db,
      sql`select a.id from adoptions a join organisations o on o.id = a.organisation_id where o.code = 'gwent'`,
    )
    const url = `/practices/${kentPractice.slug}/adoptions/${record?.id}/remove`
    const officer = await signedIn(t.app, 'officer@essex.police.uk')
    expect((await officer.get(url)).status).toBe(403)

    const reviewer = await signedIn(t.app, 'reviewer@college.police.uk')
    const page = await reviewer.get(`/practices/${kentPractice.slug}`)
    expect(page.$('[data-qa=moderate-adoption]')).toHaveLength(2)
    const empty = await reviewer.submit(url, {})
    expect(empty.status).toBe(400)
    expect(texts(empty.$, '.govuk-error-summary li')).toEqual(['Enter why you are removing this record'])

    const removed = await reviewer.submit(url, { removeReason: 'Recorded by mistake.' })
    expect(removed.status).toBe(303)
    const [row] = await t.db
      .select()
      .from(adoptions)
      .where(eq(adoptions.id, record?.id ?? 0))
    expect(row).toMatchObject({ removedReason: 'Recorded by mistake.' })
    expect(row?.removedAt).not.toBeNull()
    const [practice] = await t.db.select().from(practices).where(eq(practices.id, kentPractice.id))
    expect(practice?.adoptionCount).toBe(1)
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'adoption-removed'))
    expect(audit[0]?.details).toMatchObject({ reason: 'Recorded by mistake.' })
    const { $ } = await getPage(t.app, `/practices/${kentPractice.slug}`)
    expect(texts($, '[data-qa=spread-record] h3')).toEqual(['Essex Police: adapted'])
    // Gone from the page: removing it again finds nothing.
    expect((await reviewer.get(url)).status).toBe(404)

    // The force may record it again; the form says what the reviewer said.
    const lead = await signedIn(t.app, 'lead@gwent.example.org')
    const again = await lead.get(`/practices/${kentPractice.slug}/adoption`)
    expect(again.$('[data-qa=removed-notice]').text()).toContain('Recorded by mistake.')
  })
})
