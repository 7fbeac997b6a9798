// Visibility in every path that reads the catalogue: words, labels, synonyms, spelling corrections,
// facets, map counts, insight and the API — for six kinds of viewer, before and after practice is
// published, unpublished and narrowed. Nothing here is held in memory between requests, so each
// answer must follow the database at once.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const viewers: Record<string, TestClient> = {}
const kinds = ['visitor', 'partner', 'police', 'unverifiedPolice', 'reviewer', 'owner'] as const
type Kind = (typeof kinds)[number]

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, {
    title: 'Harbourside domestic abuse follow-up visits',
    slug: 'open',
    organisation: 'merseyside',
    topics: ['domestic-abuse'],
  })
  await aPractice(t.db, {
    title: 'Quillmoor checkpoints for domestic abuse perpetrators',
    slug: 'covert',
    organisation: 'kent',
    visibility: 'policing',
    topics: ['domestic-abuse'],
  })
  const internal = await aPractice(t.db, {
    title: 'Internal domestic abuse pilot',
    slug: 'internal',
    organisation: 'kent',
    visibility: 'internal',
    topics: ['domestic-abuse'],
  })
  await aPractice(t.db, {
    title: 'Draft domestic abuse idea',
    slug: 'draft',
    organisation: 'kent',
    status: 'draft',
    topics: ['domestic-abuse'],
  })
  const owner = await aUser(t.db, { email: 'owner@example.org' })
  await t.db.execute(sql`update practices set submitted_by_user_id = ${owner.id} where id = ${internal.id}`)
  await aUser(t.db, { email: 'unverified@kent.police.uk', verified: false })

  viewers.visitor = new TestClient(t.app)
  viewers.partner = await signedIn(t.app, (await aUser(t.db, { email: 'partner@council.example.org' })).email)
  viewers.police = await signedIn(t.app, (await aUser(t.db, { email: 'officer@kent.police.uk' })).email)
  viewers.unverifiedPolice = new TestClient(t.app)
  viewers.reviewer = await signedIn(
    t.app,
    (await aUser(t.db, { email: 'reviewer@example.org', roles: ['reviewer'] })).email,
  )
  viewers.owner = await signedIn(t.app, owner.email)
})

afterAll(async () => {
  await t?.close()
})

const client = (who: Kind): TestClient => {
  const c = viewers[who]
  if (!c) throw new Error(`no client for ${who}`)
  return c
}

async function searchSlugs(who: Kind, query: string) {
  const page = await client(who).get(`/practices?${query}&sort=title`)
  expect(page.status, `${who} ${query}`).toBe(200)
  const slugs = page
    .$('[data-qa=result-link]')
    .map((_, a) => page.$(a).attr('href')?.replace('/practices/', ''))
    .get()
    .sort()
  const notices = page.$('[data-qa=corrected-notice], [data-qa=did-you-mean], [data-qa=also-searched-for]').text()
  return { slugs, notices }
}

/** every door that counts or lists practice for these words must agree on `expected` */
async function expectEveryPath(who: Kind, expected: string[], moment: string) {
  const label = `${who} ${moment}`
  // words, a topic's label, a synonym of it, and a force's name all find the same practice
  expect((await searchSlugs(who, 'q=domestic+abuse')).slugs, `${label}: words`).toEqual(expected)
  expect((await searchSlugs(who, 'q=domestic+violence')).slugs, `${label}: synonym`).toEqual(expected)
  const kent = (await searchSlugs(who, 'q=kent')).slugs
  expect(kent, `${label}: force name`).toEqual(expected.filter((s) => s !== 'open' && s !== 'fresh'))

  // the API and its facets
  const api = (await client(who).get('/api/v1/practices?q=domestic+abuse')).response.json() as {
    total: number
    results: { slug: string }[]
    facets: { topic: { key: string; count: number }[]; organisation?: { key: string; count: number }[] }
  }
  expect(api.total, `${label}: API total`).toBe(expected.length)
  expect(api.results.map((r) => r.slug).sort(), `${label}: API results`).toEqual(expected)
  const topicCount = api.facets.topic.find((f) => f.key === 'domestic-abuse')?.count ?? 0
  expect(topicCount, `${label}: topic facet`).toBe(expected.length)

  // the map: its total and Kent's hexagon count only what this viewer may read
  const map = await client(who).get('/map?q=domestic+abuse')
  expect(map.status).toBe(200)
  expect(map.$('[data-qa=map-total]').text(), `${label}: map total`).toMatch(new RegExp(`:\\s*${expected.length}\\b`))
  const kentRow = map.$('[data-qa=map-row][data-force=kent] [data-qa=map-count]').text().trim()
  expect(Number(kentRow.replace(/\D.*$/, '') || 0), `${label}: Kent on the map`).toBe(kent.length)

  // the insight dashboard's headline number
  const insight = await client(who).get('/insight?q=domestic+abuse')
  expect(Number(insight.$('[data-qa=total]').text().replace(/,/g, '')), `${label}: insight`).toBe(expected.length)
}

describe('visibility in every path that reads the catalogue', () => {
  const before: Record<Kind, string[]> = {
    visitor: ['open'],
    partner: ['open'],
    police: ['covert', 'open'],
    unverifiedPolice: ['open'],
    reviewer: ['covert', 'internal', 'open'],
    owner: ['internal', 'open'],
  }

  it.each(kinds)('%s: search, synonyms, force names, facets, map, insight and API agree', async (who) => {
    await expectEveryPath(who, before[who], 'at first')
  })

  it.each(kinds)('%s: a misspelt word is corrected only from practice this viewer may read', async (who) => {
    // "quillmoor" is written only in policing-only practice
    const { slugs, notices } = await searchSlugs(who, 'q=quilmoor')
    const mayRead = before[who].includes('covert')
    expect(slugs).toEqual(mayRead ? ['covert'] : [])
    if (mayRead) expect(notices).toMatch(/quillmoor/i)
    else expect(notices).not.toMatch(/quillmoor/i)
  })

  it('follows publishing, unpublishing and a narrowed visibility at once', async () => {
    // open practice narrowed to policing only; the policing-only practice withdrawn; new practice published
    await t.db.execute(sql`update practices set visibility = 'policing' where slug = 'open'`)
    await t.db.execute(sql`update practices set status = 'withdrawn' where slug = 'covert'`)
    await aPractice(t.db, {
      title: 'Fresh domestic abuse safety planning',
      slug: 'fresh',
      organisation: 'merseyside',
      topics: ['domestic-abuse'],
    })
    const after: Record<Kind, string[]> = {
      visitor: ['fresh'],
      partner: ['fresh'],
      police: ['fresh', 'open'],
      unverifiedPolice: ['fresh'],
      reviewer: ['fresh', 'internal', 'open'],
      owner: ['fresh', 'internal'],
    }
    for (const who of kinds) await expectEveryPath(who, after[who], 'after the changes')
    // the withdrawn practice's own word is no longer offered to anyone, not even as a correction
    for (const who of kinds) {
      const { slugs, notices } = await searchSlugs(who, 'q=quilmoor')
      expect(slugs, who).toEqual([])
      expect(notices, who).not.toMatch(/quillmoor/i)
    }
  })
})
