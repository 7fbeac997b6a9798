import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { practiceToolkitLinks } from '../src/db/schema/index.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aSubmittedPractice } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let adminId: number

beforeAll(async () => {
  t = await createTestApp()
  const user = await aUser(t.db, { email: 'toolkit-admin@example.org', roles: ['admin'] })
  adminId = user.id
  admin = await signedIn(t.app, user.email)
})

afterAll(async () => {
  await t?.close()
})

const entry = async (slug: string) => {
  const [row] = await queryRows<Record<string, unknown> & { id: number; retired_at: Date | null; updated_at: Date }>(
    t.db,
    sql`select * from toolkit_entries where slug = ${slug}`,
  )
  return row
}
const audits = () =>
  queryRows<{ actor_user_id: number; details: Record<string, unknown> }>(
    t.db,
    sql`select actor_user_id, details from audit_events where action = 'toolkit-entry-changed' order by id`,
  )
const entryCount = async () =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from toolkit_entries`))[0]?.n ?? 0

const complete = {
  title: 'Alley gates on back lanes',
  summary: 'Lockable gates across the back lanes behind terraced houses.',
  problem: 'Burglary from the rear of terraced homes',
  population: 'Residents of terraced streets with shared back lanes',
  overallEffect: 'reduces-crime',
  evidenceStrength: '2',
  effect: 'Burglary fell on gated lanes.',
  effectStrength: '3',
  mechanism: 'Fewer ways in and out of the back of the houses.',
  mechanismStrength: '2',
  moderators: 'Works where residents keep the gates locked.',
  moderatorsStrength: '1',
  implementation: 'Needs every resident to agree and keys for services.',
  implementationStrength: '2',
  economicCost: 'Moderate per lane; paid back within a few years.',
  economicCostStrength: '0',
  url: 'https://example.org/alley-gates',
}

describe('/admin/toolkit', () => {
  it('lists the six samples, each visibly marked as a sample, and nothing retired', async () => {
    const { status, $ } = await admin.get('/admin/toolkit')
    expect(status).toBe(200)
    const live = $('[data-qa=live-entries] tbody tr')
    expect(live.length).toBe(6)
    expect(live.find('[data-qa=sample]').length).toBe(6)
    expect($('[data-qa=no-retired]').text()).toContain('No intervention has been retired')
  })

  it('refuses a form with errors, names each field, keeps what was typed, and adds nothing', async () => {
    const before = await entryCount()
    const { status, $ } = await admin.submit(
      '/admin/toolkit/new',
      { ...complete, title: '', effectStrength: '7', overallEffect: 'works', url: 'javascript:alert(1)' },
      '/admin/toolkit/new',
    )
    expect(status).toBe(400)
    expect($('title').text()).toMatch(/^Error: /)
    const summary = texts($, '.govuk-error-summary li')
    expect(summary).toEqual([
      'Enter the title of the intervention',
      'The overall effect must be reduces crime, mixed, no reliable effect or increases crime',
      'The strength of evidence on effect must be a whole number from 0 to 4',
      'Enter the source link as a web address starting https://',
    ])
    expect($('.govuk-error-summary a').first().attr('href')).toBe('#title')
    expect($('#effectStrength-error').text()).toContain('0 to 4')
    expect($('#mechanism').text()).toBe(complete.mechanism)
    expect(await entryCount()).toBe(before)
  })

  it('adds an intervention with every EMMIE field and its strength, and audits it', async () => {
    const { status, response } = await admin.submit('/admin/toolkit/new', complete, '/admin/toolkit/new')
    expect(status).toBe(302)
    expect(response.headers.location).toBe('/admin/toolkit')
    const row = await entry('alley-gates-on-back-lanes')
    expect(row).toMatchObject({
      title: complete.title,
      overall_effect: 'reduces-crime',
      evidence_strength: 2,
      effect_strength: 3,
      mechanism_strength: 2,
      moderators_strength: 1,
      implementation_strength: 2,
      economic_cost_strength: 0,
      economic_cost: complete.economicCost,
      problem: complete.problem,
      population: complete.population,
      url: complete.url,
      is_sample: false,
      source_id: null,
    })
    const list = await admin.get('/admin/toolkit')
    expect(list.$('[data-qa=saved]').text()).toContain('Alley gates on back lanes has been added')
    expect(list.$('[data-qa=entry-alley-gates-on-back-lanes] [data-qa=sample]').length).toBe(0)
    expect((await audits()).at(-1)).toEqual({
      actor_user_id: adminId,
      details: expect.objectContaining({ change: 'created', slug: 'alley-gates-on-back-lanes' }),
    })
  })

  it('refuses a slug already taken', async () => {
    const { status, $ } = await admin.submit(
      '/admin/toolkit/new',
      { ...complete, slug: 'alley-gates-on-back-lanes' },
      '/admin/toolkit/new',
    )
    expect(status).toBe(400)
    expect($('#slug-error').text()).toContain('already has this slug')
  })

  it('changes fields, clears a strength back to not rated, and records which fields changed', async () => {
    const row = await entry('alley-gates-on-back-lanes')
    const page = await admin.get(`/admin/toolkit/${row?.id}`)
    expect(page.$('#title').val()).toBe(complete.title)
    expect(page.$('input[name=effectStrength][value="3"]').attr('checked')).toBeDefined()
    const version = String(page.$('input[name=version]').val())
    const { status } = await admin.submit(
      `/admin/toolkit/${row?.id}`,
      { ...complete, version, overallEffect: 'mixed', moderatorsStrength: '' },
      `/admin/toolkit/${row?.id}`,
    )
    expect(status).toBe(302)
    expect(await entry('alley-gates-on-back-lanes')).toMatchObject({
      overall_effect: 'mixed',
      moderators_strength: null,
    })
    expect((await audits()).at(-1)?.details).toMatchObject({
      change: 'edited',
      fields: ['overallEffect', 'moderatorsStrength'],
    })
  })

  it('refuses an edit made on a form that someone else has saved since, and changes nothing', async () => {
    const row = await entry('alley-gates-on-back-lanes')
    const page = await admin.get(`/admin/toolkit/${row?.id}`)
    const stale = String(page.$('input[name=version]').val())
    const first = await admin.submit(
      `/admin/toolkit/${row?.id}`,
      { ...complete, version: stale, summary: 'First edit.' },
      `/admin/toolkit/${row?.id}`,
    )
    expect(first.status).toBe(302)
    const second = await admin.submit(
      `/admin/toolkit/${row?.id}`,
      { ...complete, version: stale, summary: 'Second edit.' },
      `/admin/toolkit/${row?.id}`,
    )
    expect(second.status).toBe(409)
    expect(second.$('.govuk-error-summary').text()).toContain('Someone else changed this intervention')
    expect(second.$('#summary').text()).toBe('First edit.')
    expect((await entry('alley-gates-on-back-lanes'))?.summary).toBe('First edit.')
  })

  it('retires an entry: listed apart, off the public list, no longer offered to reviewers; links stay; then brings it back', async () => {
    const row = await entry('alley-gates-on-back-lanes')
    const practice = await aPractice(t.db, { title: 'Gating the lanes behind Victoria Street' })
    await t.db.insert(practiceToolkitLinks).values({ practiceId: practice.id, toolkitEntryId: row?.id ?? 0 })

    const refused = await admin.submit(`/admin/toolkit/${row?.id}/retire`, {}, `/admin/toolkit/${row?.id}/retire`)
    expect(refused.status).toBe(400)
    expect(refused.$('#confirm-error').text()).toContain('Select yes to retire')
    expect((await entry('alley-gates-on-back-lanes'))?.retired_at).toBeNull()

    const retired = await admin.submit(`/admin/toolkit/${row?.id}/retire`, { confirm: 'yes' })
    expect(retired.status).toBe(302)
    expect((await entry('alley-gates-on-back-lanes'))?.retired_at).not.toBeNull()
    const list = await admin.get('/admin/toolkit')
    expect(texts(list.$, '[data-qa=retired-entries] tbody tr a').join(' ')).toContain('Alley gates on back lanes')
    expect(list.$('[data-qa=live-entries] [data-qa=entry-alley-gates-on-back-lanes]').length).toBe(0)
    const publicList = await new TestClient(t.app).get('/toolkit')
    expect(texts(publicList.$, '[data-qa=toolkit-entry] a')).not.toContain('Alley gates on back lanes')
    const practicePage = await new TestClient(t.app).get(`/practices/${practice.slug}`)
    expect(practicePage.$('[data-qa=evidence-retired]').length).toBe(1)
    expect((await audits()).at(-1)?.details).toMatchObject({ change: 'retired' })
    const reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
    const submitted = await aSubmittedPractice(t.db, { title: 'Back lane gating for a second estate' })
    const offered = async () =>
      (await reviewer.get(`/review/${submitted.reference}?toolkit=alley`)).$('[data-qa=toolkit-result]').text()
    expect(await offered()).not.toContain('Alley gates on back lanes')

    const restored = await admin.submit(`/admin/toolkit/${row?.id}/restore`, { confirm: 'yes' })
    expect(restored.status).toBe(302)
    expect((await entry('alley-gates-on-back-lanes'))?.retired_at).toBeNull()
    expect((await audits()).at(-1)?.details).toMatchObject({ change: 'restored' })
    expect(await offered()).toContain('Alley gates on back lanes')
  })

  it('answers 404 for an entry that does not exist and 403 for someone who is not an admin', async () => {
    expect((await admin.get('/admin/toolkit/999999')).status).toBe(404)
    expect((await admin.get('/admin/toolkit/abc')).status).toBe(404)
    const reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
    expect((await reviewer.get('/admin/toolkit')).status).toBe(403)
  })
})
