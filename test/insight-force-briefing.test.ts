import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { tableRows } from './support/insight.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let kentLead: TestClient
let reviewer: TestClient
let police: TestClient

beforeAll(async () => {
  t = await createTestApp()
  const db = t.db
  const agreed = { consentGovernment: true }
  await aPractice(db, {
    title: 'Kent stalking clinic',
    organisation: 'kent',
    topics: ['stalking-and-harassment'],
    outcome: 'worked',
    summary: 'A weekly clinic reviews stalking cases with health colleagues.',
    publishedAt: '2025-03-01T10:00:00Z',
    viewCount: 30,
    values: agreed,
  })
  await aPractice(db, {
    title: 'Kent stalking letters without consent',
    organisation: 'kent',
    topics: ['stalking-and-harassment'],
    outcome: 'promising',
    publishedAt: '2025-04-01T10:00:00Z',
    values: { consentGovernment: false },
  })
  await aPractice(db, {
    title: 'Sussex stalking advocates',
    organisation: 'sussex',
    topics: ['stalking-and-harassment'],
    outcome: 'promising',
    publishedAt: '2025-05-01T10:00:00Z',
    values: agreed,
  })
  await aPractice(db, {
    title: 'Surrey stalking pilot with no answer on government',
    organisation: 'surrey',
    topics: ['stalking-and-harassment'],
    outcome: 'worked',
  })
  await aPractice(db, {
    title: 'Essex domestic abuse policing only',
    organisation: 'essex',
    topics: ['domestic-abuse'],
    outcome: 'worked',
    visibility: 'policing',
    values: { ...agreed, consentPublication: 'policing' },
  })
  await aPractice(db, {
    title: 'Kent draft not sent',
    organisation: 'kent',
    status: 'draft',
    visibility: 'internal',
  })
  await aPractice(db, {
    title: 'Kent submission in review',
    organisation: 'kent',
    status: 'in_review',
    visibility: 'internal',
  })
  await aUser(db, { email: 'lead@kent.police.uk', organisation: 'kent', roles: ['force-lead'], leads: 'kent' })
  kentLead = await signedIn(t.app, 'lead@kent.police.uk')
  await aUser(db, { email: 'reviewer@example.org', roles: ['reviewer'] })
  reviewer = await signedIn(t.app, 'reviewer@example.org')
  await aUser(db, { email: 'officer@kent.police.uk', organisation: 'kent' })
  police = await signedIn(t.app, 'officer@kent.police.uk')
})

afterAll(async () => {
  await t?.close()
})

describe('force dashboard', () => {
  it("shows the force's submissions by status, its practice with views and its region", async () => {
    for (const client of [kentLead, reviewer]) {
      const { response, $ } = await client.get('/insight/forces/kent')
      expect(response.statusCode).toBe(200)
      expect($('[data-qa=page-heading]').text()).toBe('Kent Police')
      expect(Object.fromEntries(tableRows($, 'submissions-by-status').slice(1))).toEqual({
        Published: '2',
        'In review': '1',
      })
      expect(tableRows($, 'published').slice(1)).toEqual([
        ['Kent stalking letters without consent', '2025-04-01', 'public', '0'],
        ['Kent stalking clinic', '2025-03-01', 'public', '30'],
      ])
      const region = tableRows($, 'region').slice(1)
      expect(region).toHaveLength(5)
      expect(region.slice(0, 3)).toEqual([
        ['Kent Police', '2'],
        ['Surrey Police', '1'],
        ['Sussex Police', '1'],
      ])
      const csv = await client.get('/insight/forces/kent/data/region.csv')
      expect(parse(csv.response.body)).toEqual(tableRows($, 'region'))
    }
  })

  it('is refused to other forces, to police members and to visitors, and is 404 for an unknown force', async () => {
    expect((await kentLead.get('/insight/forces/sussex')).response.statusCode).toBe(403)
    expect((await police.get('/insight/forces/kent')).response.statusCode).toBe(403)
    expect((await police.get('/insight/forces/kent/data/published.csv')).response.statusCode).toBe(403)
    const anonymous = await new TestClient(t.app).get('/insight/forces/kent')
    expect(anonymous.response.statusCode).toBe(302)
    expect(anonymous.response.headers.location).toMatch(/^\/sign-in\?returnTo=/)
    expect((await reviewer.get('/insight/forces/nowhere')).response.statusCode).toBe(404)
    expect((await reviewer.get('/insight/forces/kent/data/nothing.csv')).response.statusCode).toBe(404)
  })
})

describe('briefing', () => {
  it('includes only practice whose contributors agreed to discussion with government, and says how many it left out', async () => {
    const { response, $ } = await reviewer.get('/insight/briefing?topic=stalking-and-harassment')
    expect(response.statusCode).toBe(200)
    expect($('[data-qa=briefing-total]').text()).toBe('4')
    expect($('[data-qa=briefing-included]').text()).toBe('2')
    expect($('[data-qa=briefing-left-out]').text()).toBe('2')
    expect($('[data-qa=left-out-sentence]').text()).toContain('2 practice examples were left out')
    const examples = $('[data-qa=briefing-example] a')
      .map((_, a) => $(a).text())
      .get()
    expect(examples).toEqual(['Sussex stalking advocates', 'Kent stalking clinic'])
    expect(response.body).not.toContain('without consent')
    expect(response.body).not.toContain('no answer on government')
    expect($('[data-qa=briefing-example] p').first().text()).toBe('A short summary of what the force did and why.')
    expect(Object.fromEntries(tableRows($, 'outcomes').slice(1))).toMatchObject({ Worked: '1', Promising: '1' })
    // gaps: the topic has agreed practice only in the South East
    const gaps = tableRows($, 'gaps').slice(1)
    expect(gaps).toHaveLength(1)
    expect(gaps[0]?.[0]).toBe('Stalking and harassment')
    expect(gaps[0]?.[1]).not.toContain('South East')
    expect(gaps[0]?.[2]).toBe('9')
  })

  it('counts as the search does for the person asking: a force lead does not see internal practice', async () => {
    const { $ } = await kentLead.get('/insight/briefing?topic=domestic-abuse')
    expect($('[data-qa=briefing-total]').text()).toBe('1')
    expect($('[data-qa=briefing-included]').text()).toBe('1')
  })

  it('downloads as a workbook with the same numbers and examples', async () => {
    const { response } = await reviewer.get('/insight/briefing.xlsx?topic=stalking-and-harassment')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const numbers = workbook.getWorksheet('Numbers')
    const rows = [3, 4, 5].map((n) => [numbers?.getRow(n).getCell(1).text, numbers?.getRow(n).getCell(2).value])
    expect(rows).toEqual([
      ['Practice examples matching the filters', 4],
      ['Included: contributors agreed to discussion with government', 2],
      ['Left out: no agreement to discussion with government', 2],
    ])
    const examples = workbook.getWorksheet('Examples')
    expect(examples?.getColumn(1).values.slice(2)).toEqual(['Sussex stalking advocates', 'Kent stalking clinic'])
  })

  it('is for staff and force leads only', async () => {
    expect((await police.get('/insight/briefing')).response.statusCode).toBe(403)
    expect((await police.get('/insight/briefing.xlsx')).response.statusCode).toBe(403)
    const anonymous = await new TestClient(t.app).get('/insight/briefing')
    expect(anonymous.response.statusCode).toBe(302)
    expect((await reviewer.get('/insight/briefing?stage=nonsense')).response.statusCode).toBe(400)
  })
})
