import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { tableRows } from './support/insight.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let visitor: TestClient
let police: TestClient
let reviewer: TestClient

/** The search's total for a query string, read from the search page as this person sees it. */
async function searchTotal(client: TestClient, query: string): Promise<number> {
  const { $ } = await client.get(`/practices${query}`)
  const text = $('[data-qa=result-count]').text().replace(/,/g, '')
  const match = /(\d+) practice example/.exec(text)
  if (!match) throw new Error(`no result count for ${query}: ${text}`)
  return Number(match[1])
}

async function insightTotal(client: TestClient, query: string): Promise<number> {
  const { response, $ } = await client.get(`/insight${query}`)
  expect(response.statusCode, query).toBe(200)
  return Number($('[data-qa=total]').text().replace(/,/g, ''))
}

beforeAll(async () => {
  t = await createTestApp()
  const db = t.db
  await aPractice(db, {
    title: 'Advocates for domestic abuse victims in custody',
    organisation: 'merseyside',
    topics: ['domestic-abuse'],
    purposes: ['investigation'],
    outcome: 'worked',
    viewCount: 40,
  })
  await aPractice(db, {
    title: 'Safer homes after separation',
    organisation: 'kent',
    topics: ['domestic-abuse'],
    purposes: ['prevention'],
    outcome: 'promising',
    viewCount: 12,
  })
  await aPractice(db, {
    title: 'Stalking clinic with health partners',
    organisation: 'kent',
    topics: ['stalking-and-harassment'],
    purposes: ['prevention'],
    call: 'voice-of-the-victim-2022',
    submittedAt: '2022-09-01T10:00:00Z',
  })
  await aPractice(db, {
    title: 'Policing only domestic abuse briefing',
    organisation: 'essex',
    topics: ['domestic-abuse'],
    visibility: 'policing',
    values: { consentPublication: 'policing' },
    viewCount: 900,
  })
  await aPractice(db, {
    title: 'Internal domestic abuse trial',
    organisation: 'essex',
    topics: ['domestic-abuse'],
    visibility: 'internal',
    values: { consentPublication: 'none' },
    viewCount: 800,
  })
  await aPractice(db, {
    title: 'A submission waiting for review',
    organisation: 'kent',
    topics: ['domestic-abuse'],
    status: 'submitted',
    visibility: 'internal',
    submittedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
  })
  await aPractice(db, {
    title: 'A decided and published one',
    organisation: 'kent',
    topics: ['stalking-and-harassment'],
    submittedAt: '2024-01-01T10:00:00Z',
    publishedAt: '2024-01-21T10:00:00Z',
    call: 'voice-of-the-victim-2022',
    values: { decidedAt: new Date('2024-01-11T10:00:00Z') },
  })
  visitor = new TestClient(t.app)
  await aUser(db, { email: 'officer@kent.police.uk', organisation: 'kent' })
  police = await signedIn(t.app, 'officer@kent.police.uk')
  await aUser(db, { email: 'reviewer@example.org', roles: ['reviewer'] })
  reviewer = await signedIn(t.app, 'reviewer@example.org')
})

afterAll(async () => {
  await t?.close()
})

const filterSets = [
  '',
  '?topic=domestic-abuse',
  '?topic=domestic-abuse&topic=stalking-and-harassment',
  '?purpose=prevention',
  '?region=south-east',
  '?outcome=worked&outcome=promising',
  '?call=voice-of-the-victim-2022',
  '?year=2022',
  '?q=domestic',
  '?q=stalking+health&organisation=kent',
  '?q=separation+nonsense',
]

describe('insight dashboard counts', () => {
  it.each(filterSets)('equal the search total for %s, for a visitor, a police member and a reviewer', async (query) => {
    for (const client of [visitor, police, reviewer]) {
      expect(await insightTotal(client, query)).toBe(await searchTotal(client, query))
    }
  })

  it('counts each topic row as the search counts that topic, for each viewer', async () => {
    for (const client of [visitor, police, reviewer]) {
      const { $ } = await client.get('/insight?purpose=prevention')
      const rows = tableRows($, 'topic').slice(1)
      expect(rows.length).toBeGreaterThan(3)
      for (const [label, count] of rows) {
        const href = $(`[data-qa=table-topic] a:contains("${label}")`).attr('href') ?? ''
        expect(href).toMatch(/^\/practices\?purpose=prevention&topic=/)
        expect(Number(count), label).toBe(await searchTotal(client, href.replace('/practices', '')))
      }
    }
  })

  it('never counts policing-only or internal practice for a visitor', async () => {
    const { $ } = await visitor.get('/insight?topic=domestic-abuse')
    expect($('[data-qa=total]').text()).toBe('2')
    const forces = tableRows($, 'force').slice(1)
    expect(forces.map((r) => r[0])).not.toContain('Essex Police')
    const viewed = tableRows($, 'most-viewed').slice(1)
    expect(viewed.map((r) => r[0])).toEqual([
      'Advocates for domestic abuse victims in custody',
      'Safer homes after separation',
    ])
    expect($('[data-qa=staff-section]')).toHaveLength(0)
    const csv = await visitor.get('/insight/data/submissions-by-month.csv')
    expect(csv.response.statusCode).toBe(404)
    // a police member sees policing practice, but still not internal practice
    const asPolice = await police.get('/insight?topic=domestic-abuse')
    expect(asPolice.$('[data-qa=total]').text()).toBe('3')
  })

  it('shows reviewers submissions, turnaround, the queue and call responses including forces that sent none', async () => {
    const { $ } = await reviewer.get('/insight')
    expect($('[data-qa=total]').text()).toBe('6')
    expect($('[data-qa=staff-section]')).toHaveLength(1)
    const statuses = Object.fromEntries(tableRows($, 'submissions-by-status').slice(1))
    expect(statuses).toEqual({ Published: '6', Submitted: '1' })
    const queue = tableRows($, 'queue')[1] ?? []
    expect(queue[0]).toBe('1')
    expect(Number(queue[1])).toBeGreaterThanOrEqual(10)
    const turnaround = tableRows($, 'turnaround').find((r) => r[0] === '2024-01')
    expect(turnaround?.slice(1)).toEqual(['10', '10', '1', '20', '20', '1'])
    // without a call filter, the newest call (open, with no responses here); with one, that call
    expect(
      tableRows($, 'call-responses')
        .slice(1)
        .every((r) => r[1] === '0'),
    ).toBe(true)
    const byCall = await reviewer.get('/insight?call=voice-of-the-victim-2022')
    expect(byCall.$('[data-qa=figure-call-responses] h3').text()).toContain('Voice of the Victim (2022)')
    const responses = tableRows(byCall.$, 'call-responses').slice(1)
    expect(responses).toHaveLength(43)
    expect(responses[0]).toEqual(['Kent Police', '2'])
    expect(responses.filter((r) => r[1] === '0')).toHaveLength(42)
    const quarters = tableRows($, 'submissions-by-quarter').slice(1)
    expect(quarters.reduce((sum, r) => sum + Number(r[1]), 0)).toBe(7)
  })

  it('draws every chart as an image with a title, a description and the same data in a table', async () => {
    const { $ } = await reviewer.get('/insight')
    const charts = $('svg[data-qa=chart]')
    expect(charts.length).toBeGreaterThanOrEqual(10)
    charts.each((_, svg) => {
      const chart = $(svg)
      expect(chart.attr('role')).toBe('img')
      const [titleId, descId] = (chart.attr('aria-labelledby') ?? '').split(' ')
      expect(chart.find(`title#${titleId}`).text().length).toBeGreaterThan(3)
      expect(chart.find(`desc#${descId}`).text().length).toBeGreaterThan(3)
      const figure = chart.closest('[data-qa^=figure-]')
      expect(figure.find('table').length, figure.attr('data-qa')).toBe(1)
      const bars = chart.find('rect').length
      expect(bars, figure.attr('data-qa')).toBe(figure.find('tbody tr').length)
    })
  })

  it('downloads each table as CSV with exactly the rows of the table, for the same filters', async () => {
    for (const [client, query] of [
      [reviewer, '?topic=domestic-abuse'],
      [visitor, ''],
      [police, '?purpose=prevention&region=south-east'],
    ] as const) {
      const { $ } = await client.get(`/insight${query}`)
      const links = $('[data-qa^=csv-]')
      expect(links.length).toBeGreaterThan(5)
      for (const link of links.toArray()) {
        const href = $(link).attr('href') ?? ''
        const key = ($(link).attr('data-qa') ?? '').replace('csv-', '')
        expect(href).toBe(`/insight/data/${key}.csv${query}`)
        const csv = await client.get(href)
        expect(csv.response.statusCode, href).toBe(200)
        expect(csv.response.headers['content-type']).toMatch(/^text\/csv/)
        expect(parse(csv.response.body, { relaxColumnCount: false }), href).toEqual(tableRows($, key))
      }
    }
  })

  it('answers a bad filter with 400 naming it, and an unknown table with 404', async () => {
    const bad = await visitor.get('/insight?topic=no-such-topic')
    expect(bad.response.statusCode).toBe(400)
    expect(bad.$('.govuk-error-summary').text()).toContain("Topic 'no-such-topic' is not a known topic")
    expect((await visitor.get('/insight/data/nothing.csv')).response.statusCode).toBe(404)
    expect((await visitor.get('/insight/data/topic.csv?year=20x')).response.statusCode).toBe(400)
  })
})

describe('insight filter form', () => {
  it('treats the blank "Any" choices the form sends as no filter', async () => {
    const total = await insightTotal(
      visitor,
      '?q=&topic=domestic-abuse&purpose=&outcome=&stage=&region=&organisation=&call=&year=',
    )
    expect(total).toBe(await searchTotal(visitor, '?topic=domestic-abuse'))
  })
})
