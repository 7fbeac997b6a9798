import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let adminId: number

beforeAll(async () => {
  t = await createTestApp()
  const user = await aUser(t.db, { email: 'synonym-admin@example.org', roles: ['admin'] })
  adminId = user.id
  admin = await signedIn(t.app, user.email)
  await aPractice(t.db, {
    title: 'Safe passage for night-shift workers',
    summary: 'Late buses and a walk-home scheme for hospital staff.',
    topics: ['adults-at-risk'],
  })
})

afterAll(async () => {
  await t?.close()
})

const groups = () =>
  queryRows<{ id: number; terms: string[] }>(t.db, sql`select id, terms from search_synonym_groups order by id`)
const groupWith = async (term: string) => (await groups()).find((g) => g.terms.includes(term))
const audits = () =>
  queryRows<{ actor_user_id: number; details: { change: string; terms?: string[]; previous?: string[] } }>(
    t.db,
    sql`select actor_user_id, details from audit_events where action = 'synonyms-changed' order by id`,
  )

describe('/admin/synonyms', () => {
  it('lists the seeded groups of the field’s terms', async () => {
    const { status, $ } = await admin.get('/admin/synonyms')
    expect(status).toBe(200)
    const rows = texts($, '[data-qa=synonym-groups] [data-qa=terms]')
    expect(rows).toContain('female genital mutilation, FGM')
    expect(rows).toContain('domestic violence disclosure scheme, Clare’s Law'.replace('’', "'"))
    expect(rows.length).toBeGreaterThanOrEqual(20)
  })

  it('adds a group, which searches then use and say so, and audits it', async () => {
    const before = await getPage(t.app, '/practices?q=nightshift&exact=1')
    expect(before.$('[data-qa=results] h3').length).toBe(0)
    const response = await admin.submit('/admin/synonyms/new', { terms: 'nightshift\n\n  night shift  \n' })
    expect(response.status).toBe(302)
    expect(response.response.headers.location).toBe('/admin/synonyms?saved=added')
    expect((await groupWith('nightshift'))?.terms).toEqual(['nightshift', 'night shift'])
    const after = await getPage(t.app, '/practices?q=nightshift')
    expect(texts(after.$, '[data-qa=results] h3')).toEqual(['Safe passage for night-shift workers'])
    expect(after.$('[data-qa=also-searched-for]').text()).toContain('Also searched for: night shift')
    const [entry] = (await audits()).slice(-1)
    expect(entry).toEqual({ actor_user_id: adminId, details: expect.objectContaining({ change: 'added' }) })
    expect(entry?.details.terms).toEqual(['nightshift', 'night shift'])
  })

  it.each([
    ['', 'Enter at least two terms that mean the same'],
    ['lonely', 'Enter at least two terms that mean the same'],
    ['walk home\n---', '‘---’ is not a term'],
    ['walk home\nWalk-home', '‘Walk-home’ is in the group twice'],
    ['elderly\nsenior citizens', '‘elderly’ is already in the group older, elderly'],
    [`a${'b'.repeat(80)}\nshort`, 'Each term must be 80 characters or fewer'],
  ])('refuses %j with a GOV.UK error and keeps what was typed', async (terms, message) => {
    const count = (await groups()).length
    const { status, $ } = await admin.submit('/admin/synonyms/new', { terms })
    expect(status).toBe(400)
    expect($('title').text()).toMatch(/^Error: /)
    expect($('.govuk-error-summary').text()).toContain(message)
    expect($('#terms-error').text()).toContain(message)
    expect(String($('#terms').val()).replace(/\r\n/g, '\n')).toContain(terms.split('\n')[0] ?? '')
    expect((await groups()).length).toBe(count)
  })

  it('changes a group, refusing a term of another group (which would join the two)', async () => {
    const group = await groupWith('FGM')
    if (!group) throw new Error('no FGM group')
    const clash = await admin.submit(`/admin/synonyms/${group.id}`, { terms: 'FGM\nfemale genital mutilation\nCSE' })
    expect(clash.status).toBe(400)
    expect(clash.$('#terms-error').text()).toContain('‘CSE’ is already in the group child sexual exploitation, CSE')
    const saved = await admin.submit(`/admin/synonyms/${group.id}`, {
      terms: 'female genital mutilation\nFGM\nfemale genital cutting',
    })
    expect(saved.status).toBe(302)
    expect((await groupWith('FGM'))?.terms).toEqual(['female genital mutilation', 'FGM', 'female genital cutting'])
    const [entry] = (await audits()).slice(-1)
    expect(entry?.details).toMatchObject({ change: 'edited', previous: ['female genital mutilation', 'FGM'] })
  })

  it('deletes a group only when asked to confirm, and audits it', async () => {
    const group = await groupWith('nightshift')
    if (!group) throw new Error('no nightshift group')
    const unanswered = await admin.submit(`/admin/synonyms/${group.id}/delete`, {})
    expect(unanswered.status).toBe(400)
    expect(unanswered.$('.govuk-error-summary').text()).toContain('Select yes to delete the group')
    expect((await admin.submit(`/admin/synonyms/${group.id}/delete`, { confirm: 'no' })).status).toBe(302)
    expect(await groupWith('nightshift')).toBeDefined()
    expect((await admin.submit(`/admin/synonyms/${group.id}/delete`, { confirm: 'yes' })).status).toBe(302)
    expect(await groupWith('nightshift')).toBeUndefined()
    const [entry] = (await audits()).slice(-1)
    expect(entry?.details).toMatchObject({ change: 'deleted', previous: ['nightshift', 'night shift'] })
    expect((await admin.get(`/admin/synonyms/${group.id}`)).status).toBe(404)
    expect((await admin.get('/admin/synonyms/not-a-number')).status).toBe(404)
  })

  it('refuses a change without the CSRF token', async () => {
    const count = (await groups()).length
    const response = await admin.post('/admin/synonyms/new', { terms: 'stray\nwaif' })
    expect(response.status).toBe(403)
    const group = await groupWith('FGM')
    expect((await admin.post(`/admin/synonyms/${group?.id}/delete`, { confirm: 'yes', _csrf: 'forged' })).status).toBe(
      403,
    )
    expect((await groups()).length).toBe(count)
  })

  it('is for admins only', async () => {
    const reviewer = await aUser(t.db, { email: 'synonym-reviewer@example.org', roles: ['reviewer'] })
    const client = await signedIn(t.app, reviewer.email)
    expect((await client.get('/admin/synonyms')).status).toBe(403)
    expect((await t.app.inject({ url: '/admin/synonyms' })).statusCode).toBe(302)
  })
})
