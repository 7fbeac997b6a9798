import * as cheerio from 'cheerio'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { seedReferenceData } from '../src/db/seed/seed-reference.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let adminId: number

beforeAll(async () => {
  t = await createTestApp()
  const user = await aUser(t.db, { email: 'criteria-admin@example.org', roles: ['admin', 'reviewer'] })
  adminId = user.id
  admin = await signedIn(t.app, user.email)
})

afterAll(async () => {
  await t?.close()
})

interface CriterionRow {
  id: number
  key: string
  label: string
  description: string
  position: number
  retired: boolean
}
const criteria = () =>
  queryRows<CriterionRow>(
    t.db,
    sql`select id, key, label, description, position, retired_at is not null as retired
        from assessment_criteria order by position, id`,
  )
const criterion = async (key: string) => {
  const row = (await criteria()).find((c) => c.key === key)
  if (!row) throw new Error(`no criterion ${key}`)
  return row
}
const auditCount = async () =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int n from audit_events where action = 'criteria-changed'`,
    )
  )[0]?.n ?? 0

describe('the seeded criteria', () => {
  it('are the programme’s five, in order, each with a description', async () => {
    const rows = await criteria()
    expect(rows.map((c) => c.key)).toEqual([
      'can-be-evaluated',
      'usefulness-and-scalability',
      'innovation',
      'harm-addressed',
      'threat-addressed',
    ])
    for (const row of rows) {
      expect(row.label.length).toBeGreaterThan(3)
      expect(row.description.length).toBeGreaterThan(40)
      expect(row.retired).toBe(false)
    }
  })

  it('seed again without adding twins or overwriting an admin’s wording', async () => {
    await t.db.execute(
      sql`update assessment_criteria set label = 'Innovation (our wording)', position = 9 where key = 'innovation'`,
    )
    await t.db.execute(sql`delete from assessment_criteria where key = 'threat-addressed'`)
    await seedReferenceData(t.db)
    const rows = await criteria()
    expect(rows).toHaveLength(5)
    expect(await criterion('innovation')).toMatchObject({ label: 'Innovation (our wording)', position: 9 })
    // A missing one comes back.
    expect((await criterion('threat-addressed')).label).toBe('Threat addressed')
    await t.db.execute(sql`update assessment_criteria set label = 'Innovation', position = 3 where key = 'innovation'`)
  })
})

describe('admin: criteria', () => {
  it('lists every criterion with its status and a link to change it', async () => {
    const page = await admin.get('/admin/criteria')
    expect(page.status).toBe(200)
    expect(texts(page.$, '[data-qa=criteria] tbody [data-qa=label]')).toEqual([
      'Can it be evaluated',
      'Usefulness and scalability',
      'Innovation',
      'Harm addressed',
      'Threat addressed',
    ])
    expect(page.$('nav[aria-label=Admin] a[aria-current=page]').text().trim()).toBe('Assessment criteria')
  })

  it('refuses a change with errors, shows them the GOV.UK way and keeps the input, changing nothing', async () => {
    const innovation = await criterion('innovation')
    const before = await auditCount()
    const url = `/admin/criteria/${innovation.id}`
    const result = await admin.submit(url, {
      label: '',
      description: 'x'.repeat(601),
      position: 'first',
      status: 'active',
    })
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: /)
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([
      'Enter the name of the criterion',
      'The description must be 600 characters or fewer',
      'The position must be a whole number from 1 to 999',
    ])
    expect(result.$('.govuk-error-summary__list a').first().attr('href')).toBe('#label')
    expect(result.$('#label-error').text()).toContain('Enter the name of the criterion')
    expect(result.$('#position').val()).toBe('first')
    expect(await criterion('innovation')).toEqual(innovation)
    expect(await auditCount()).toBe(before)
  })

  it('changes the wording and place of a criterion and audits it', async () => {
    const harm = await criterion('harm-addressed')
    const result = await admin.submit(`/admin/criteria/${harm.id}`, {
      label: 'Harm prevented',
      description: 'How serious the harm is that it prevents.',
      position: '1',
      status: 'active',
    })
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe('/admin/criteria?saved=edited')
    expect(await criterion('harm-addressed')).toMatchObject({
      label: 'Harm prevented',
      description: 'How serious the harm is that it prevents.',
      position: 1,
    })
    const [audit] = await queryRows<{ actor_user_id: number; details: Record<string, unknown> }>(
      t.db,
      sql`select actor_user_id, details from audit_events where action = 'criteria-changed' order by id desc limit 1`,
    )
    expect(audit?.actor_user_id).toBe(adminId)
    expect(audit?.details).toMatchObject({
      change: 'edited',
      key: 'harm-addressed',
      after: { label: 'Harm prevented' },
    })
    const list = await admin.get('/admin/criteria?saved=edited')
    expect(list.$('[data-qa=saved]').text()).toContain('The criterion has been changed')
    expect(texts(list.$, '[data-qa=criteria] tbody [data-qa=label]')[0]).toBe('Harm prevented')
  })

  it('adds a criterion at the end, with a key made from its name', async () => {
    const invalid = await admin.submit('/admin/criteria/new', { label: '', description: '' })
    expect(invalid.status).toBe(400)
    expect(texts(invalid.$, '.govuk-error-summary__list a')).toEqual([
      'Enter the name of the criterion',
      'Enter a description of the criterion',
    ])
    expect(await criteria()).toHaveLength(5)

    const added = await admin.submit('/admin/criteria/new', {
      label: 'Voice of the victim',
      description: 'How far victims’ views shaped the practice.',
    })
    expect(added.status).toBe(302)
    const rows = await criteria()
    expect(rows.at(-1)).toMatchObject({ key: 'voice-of-the-victim', label: 'Voice of the victim', position: 6 })
    const twin = await admin.submit('/admin/criteria/new', { label: 'Voice of the victim', description: 'Again.' })
    expect(twin.status).toBe(302)
    expect((await criteria()).at(-1)?.key).toBe('voice-of-the-victim-2')
  })

  it('retires a criterion: reviewers stop scoring it and contributors stop seeing it', async () => {
    const twin = await criterion('voice-of-the-victim-2')
    const retired = await admin.submit(`/admin/criteria/${twin.id}`, {
      label: twin.label,
      description: twin.description,
      position: String(twin.position),
      status: 'retired',
    })
    expect(retired.status).toBe(302)
    expect((await criterion('voice-of-the-victim-2')).retired).toBe(true)
    const list = await admin.get('/admin/criteria')
    expect(list.$('[data-qa="criterion-voice-of-the-victim-2"]').text()).toContain('Retired')

    const active = await t.app.services.assessment.activeCriteria()
    expect(active.map((c) => c.key)).not.toContain('voice-of-the-victim-2')
    expect(active.map((c) => c.key)).toContain('voice-of-the-victim')

    await aPractice(t.db, { status: 'in_review', reference: 'PB-2026-0101' })
    const page = await admin.get('/review/PB-2026-0101/assessment')
    expect(page.$('[data-qa=score-voice-of-the-victim]')).toHaveLength(1)
    expect(page.$('[data-qa=score-voice-of-the-victim-2]')).toHaveLength(0)
  })

  it('gives the start page a list of the criteria in use, in order', async () => {
    const html = await t.app.view('assessment/views/criteria-list.njk', {
      criteria: await t.app.services.assessment.activeCriteria(),
    })
    const $ = cheerio.load(html)
    expect($('[data-qa=assessment-criteria] h2').text()).toBe('How practice is judged')
    expect(texts($, '[data-qa=criterion] dt')).toEqual([
      'Harm prevented',
      'Can it be evaluated',
      'Usefulness and scalability',
      'Innovation',
      'Threat addressed',
      'Voice of the victim',
    ])
    expect(texts($, '[data-qa=criterion] dd')[0]).toBe('How serious the harm is that it prevents.')
  })

  it('is for admins only, and unknown criteria are not found', async () => {
    const reviewer = await aUser(t.db, { roles: ['reviewer'] })
    const client = await signedIn(t.app, reviewer.email)
    expect((await client.get('/admin/criteria')).status).toBe(403)
    expect((await admin.get('/admin/criteria/999999')).status).toBe(404)
    expect((await admin.get('/admin/criteria/abc')).status).toBe(404)
  })
})
