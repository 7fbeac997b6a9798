import { parse as parseCsv } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { seedDemoCall } from '../src/db/seed/demo-calls.js'
import { insertDemoSubmissions } from '../src/db/seed/demo-submissions.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import {
  completeAnswers,
  completeDraft,
  practiceRow,
  saveSection,
  sendForReview,
  startDraft,
} from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let reviewer: TestClient
const slug = 'progress-call'
const references: string[] = []

beforeAll(async () => {
  t = await createTestApp()
  admin = await signedIn(t.app, (await aUser(t.db, { roles: ['admin'] })).email)
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
  const today = new Date().toISOString().slice(0, 10)
  const created = await admin.submit('/admin/calls/new', {
    title: 'Progress call',
    slug,
    theme: 'Counting responses.',
    opensOn: '2020-01-01',
    closesOn: `${Number(today.slice(0, 4)) + 1}-12-31`,
    graceDays: '0',
  })
  expect(created.status).toBe(302)
  // Two responses sent, from Kent and from Essex (with a title that would be a spreadsheet formula), and one draft.
  for (const [organisation, title] of [
    ['kent', 'Kent callbacks'],
    ['essex', '=HYPERLINK("https://example.org")'],
  ] as const) {
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    const id = await startDraft(contributor, slug)
    await completeDraft(contributor, id)
    await saveSection(contributor, id, 'organisation', { ...completeAnswers.organisation, organisation })
    await saveSection(contributor, id, 'about', { ...completeAnswers.about, title })
    expect((await sendForReview(contributor, id)).status).toBe(302)
    references.push((await practiceRow(t.db, id)).reference ?? '')
  }
  const drafter = await signedIn(t.app, (await aUser(t.db)).email)
  const draft = await startDraft(drafter, slug)
  await saveSection(drafter, draft, 'organisation', { ...completeAnswers.organisation, organisation: 'kent' })
  await saveSection(drafter, draft, 'about', { ...completeAnswers.about, title: 'A secret draft title' }, 'later')
})

afterAll(async () => {
  await t?.close()
})

describe('/review/calls/:slug', () => {
  it('counts responses sent and drafts, by state, force and region, and lists the forces not heard from', async () => {
    const page = await reviewer.get(`/review/calls/${slug}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=sent]').text()).toBe('2 responses sent')
    expect(page.$('[data-qa=drafts]').text()).toBe('1 draft started and not sent yet')
    const [forces] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from organisations where kind = 'force'`,
    )
    expect(page.$('[data-qa=force-row]')).toHaveLength(forces?.n ?? 0)
    expect(page.$('[data-qa=force-row][data-force=kent] [data-qa=force-sent]').text()).toBe('1')
    expect(page.$('[data-qa=force-row][data-force=essex] [data-qa=force-sent]').text()).toBe('1')
    const notResponded = texts(page.$, '[data-qa=not-responded] li')
    expect(notResponded).toHaveLength((forces?.n ?? 0) - 2)
    expect(notResponded.join()).not.toContain('Essex Police')
    expect(notResponded.join()).not.toContain('Kent Police')
    // the map colours forces that responded, and no others
    const kentHex = page.$('[data-qa=progress-map] [data-force=kent] polygon').attr('fill')
    const quietHex = page.$('[data-qa=progress-map] [data-force=dorset] polygon').attr('fill')
    expect(kentHex).not.toBe(quietHex)
    expect(page.$('[data-qa=progress-map] [data-force=kent]').attr('aria-label')).toBe('Kent Police: 1 response')
    expect(texts(page.$, '[data-qa=states] tbody th')).toEqual(['Submitted', 'Draft'])
    expect(texts(page.$, '[data-qa=response-state]')).toEqual(['Submitted', 'Submitted', 'Draft'])
    const regionRows = page
      .$('[data-qa=region-table] tbody tr')
      .map((_, tr) =>
        texts(page.$, `[data-qa=region-table] tbody tr:nth-child(${page.$(tr).index() + 1}) > *`).join(' | '),
      )
      .get()
    expect(regionRows).toContain('South East | 1 of 5 | 1')
    expect(regionRows).toContain('Eastern | 1 of 6 | 1')
    // a draft's title stays with its contributor
    expect(page.$('main').text()).not.toContain('A secret draft title')
  })

  it('downloads the same responses as CSV, formulas made harmless', async () => {
    const page = await reviewer.get(`/review/calls/${slug}`)
    const csv = await reviewer.get(`/review/calls/${slug}/responses.csv`)
    expect(csv.status).toBe(200)
    expect(csv.response.headers['content-type']).toBe('text/csv; charset=utf-8')
    const rows = parseCsv(csv.response.body, { bom: true }) as string[][]
    expect(rows[0]).toEqual(['Reference', 'Title', 'Organisation', 'Region', 'State', 'Started', 'Sent'])
    expect(rows.slice(1)).toHaveLength(page.$('[data-qa=response]').length)
    expect(rows.slice(1).map((r) => r[0])).toEqual([...references, ''])
    expect(rows.slice(1).map((r) => r[4])).toEqual(texts(page.$, '[data-qa=response-state]'))
    expect(rows[2]?.[1]).toBe(`'=HYPERLINK("https://example.org")`)
    expect(rows[3]?.[1]).toBe('')
    expect(csv.response.body).not.toContain('A secret draft title')
  })

  it('is for reviewers and admins only; an unknown call is not found', async () => {
    const visitor = await new TestClient(t.app).get(`/review/calls/${slug}`)
    expect(visitor.status).toBe(302)
    expect(visitor.response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(`/review/calls/${slug}`)}`)
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    expect((await contributor.get(`/review/calls/${slug}`)).status).toBe(403)
    expect((await contributor.get(`/review/calls/${slug}/responses.csv`)).status).toBe(403)
    expect((await admin.get(`/review/calls/${slug}`)).status).toBe(200)
    expect((await reviewer.get('/review/calls/no-such-call')).status).toBe(404)
    expect((await reviewer.get('/review/calls/BAD%20slug')).status).toBe(404)
  })
})

describe('the demo call', () => {
  it('gets two extra questions of different kinds and a few responses, once', async () => {
    await insertDemoSubmissions(t.db)
    expect(await seedDemoCall(t.db)).toBe(2)
    expect(await seedDemoCall(t.db)).toBe(0)
    const [call] = await queryRows<{ questions: { key: string; kind: string }[]; topics: string[] }>(
      t.db,
      sql`select questions, topics from calls where slug = 'voice-of-the-victim-2026'`,
    )
    expect(call?.questions.slice(-2).map((q) => q.kind)).toEqual(['yesno', 'date'])
    expect(call?.topics).toEqual(['victims-and-witnesses', 'voice-of-the-victim', 'domestic-abuse'])
    const publicPage = await new TestClient(t.app).get('/calls/voice-of-the-victim-2026')
    expect(publicPage.$('a[href="/practices?topic=voice-of-the-victim"]').text()).toContain('Voice of the victim')
    expect(call?.questions).toHaveLength(5)
    const page = await reviewer.get('/review/calls/voice-of-the-victim-2026')
    expect(page.$('[data-qa=sent]').text()).toBe('2 responses sent')
  })
})
