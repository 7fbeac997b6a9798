import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const call = 'voice-of-the-victim-2022'
let owner: { id: number; email: string }

beforeAll(async () => {
  t = await createTestApp()
  owner = await aUser(t.db, { email: 'owner@example.org' })
  // Published: two public, one for policing only, one internal that only its contributor (and staff) may read.
  await aPractice(t.db, { call, visibility: 'public' })
  await aPractice(t.db, { call, visibility: 'public' })
  await aPractice(t.db, { call, visibility: 'policing' })
  await aPractice(t.db, { call, visibility: 'internal', submittedByUserId: owner.id })
  // Sent but not published: each still counts as a submission received.
  for (const status of ['submitted', 'in_review', 'changes_requested', 'rejected', 'withdrawn'] as const) {
    await aPractice(t.db, { call, status, visibility: 'internal' })
  }
  // A draft has not been sent, and published practice answering no call or another call is not this call's.
  await aPractice(t.db, { call, status: 'draft', visibility: 'internal', values: { submittedAt: null } })
  await aPractice(t.db, { visibility: 'public' })
  await aPractice(t.db, { call: 'voice-of-the-victim-2026', visibility: 'public' })
})

afterAll(async () => {
  await t?.close()
})

const number = (text: string) => Number(text.replace(/[^\d]/g, ''))

/** What the catalogue says about this call for the same viewer: the call filter's count and the result total. */
async function catalogueCounts(client: TestClient) {
  const page = await client.get(`/practices?call=${call}`)
  expect(page.status).toBe(200)
  const label = page.$(`[data-qa=facet-call] input[value=${call}]`).parent().find('label').text().trim()
  const facet = /\(([\d,]+)\)$/.exec(label)?.[1]
  expect(facet, `call facet label: ${label}`).toBeDefined()
  return { facet: number(facet ?? ''), total: number(page.$('[data-qa=result-count]').text()) }
}

async function callCounts(client: TestClient) {
  const page = await client.get(`/calls/${call}`)
  expect(page.status).toBe(200)
  const list = await client.get('/calls')
  const listed = list.$(`[data-qa=call-${call}]`)
  return {
    received: number(page.$('[data-qa=submissions-received]').text()),
    published: number(page.$('[data-qa=practice-published]').text()),
    listedReceived: listed.find('[data-qa=submissions-received]').text().replace(/\s+/g, ' ').trim(),
    listedPublished: listed.find('[data-qa=practice-published]').text().replace(/\s+/g, ' ').trim(),
    labels: page
      .$('[data-qa=call-details] .govuk-summary-list__key')
      .map((_, el) => page.$(el).text().trim())
      .get(),
  }
}

describe('the numbers a call shows', () => {
  it('labels both numbers on the call page', async () => {
    const { labels } = await callCounts(new TestClient(t.app))
    expect(labels).toContain('Submissions received')
    expect(labels).toContain('Practice published')
  })

  it('for a visitor: published practice agrees with the catalogue; every sent submission is received', async () => {
    const client = new TestClient(t.app)
    const counts = await callCounts(client)
    const catalogue = await catalogueCounts(client)
    expect(counts.published).toBe(2)
    expect(counts.published).toBe(catalogue.facet)
    expect(counts.published).toBe(catalogue.total)
    expect(counts.received).toBe(9)
    expect(counts.listedReceived).toBe('9 submissions received')
    expect(counts.listedPublished).toBe('2 practice examples published')
  })

  it('for a police member: policing-only practice is counted, as the catalogue counts it', async () => {
    const police = await aUser(t.db, { email: 'constable@force.police.uk' })
    const client = await signedIn(t.app, police.email)
    const counts = await callCounts(client)
    const catalogue = await catalogueCounts(client)
    expect(counts.published).toBe(3)
    expect(counts.published).toBe(catalogue.facet)
    expect(counts.published).toBe(catalogue.total)
    expect(counts.received).toBe(9)
  })

  it('for the contributor of internal practice and for a reviewer, their wider view agrees too', async () => {
    const reviewer = await aUser(t.db, { roles: ['reviewer'] })
    for (const [email, expected] of [
      [owner.email, 3],
      [reviewer.email, 4],
    ] as const) {
      const client = await signedIn(t.app, email)
      const counts = await callCounts(client)
      const catalogue = await catalogueCounts(client)
      expect(counts.published).toBe(expected)
      expect(catalogue.facet).toBe(expected)
      expect(catalogue.total).toBe(expected)
    }
  })
})
