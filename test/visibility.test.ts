import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const viewers: Record<string, TestClient> = {}
let ownerId: number

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, { title: 'Open domestic abuse work', slug: 'open', topics: ['domestic-abuse'] })
  await aPractice(t.db, {
    title: 'Covert domestic abuse tactic',
    slug: 'covert',
    visibility: 'policing',
    topics: ['domestic-abuse'],
  })
  const internal = await aPractice(t.db, {
    title: 'Internal domestic abuse pilot',
    slug: 'internal',
    visibility: 'internal',
    topics: ['domestic-abuse'],
  })
  await aPractice(t.db, {
    title: 'Draft domestic abuse idea',
    slug: 'draft',
    status: 'draft',
    topics: ['domestic-abuse'],
  })

  const owner = await aUser(t.db, { email: 'owner@example.org' })
  ownerId = owner.id
  await t.db.execute(sql`update practices set submitted_by_user_id = ${owner.id} where id = ${internal.id}`)
  viewers.visitor = new TestClient(t.app)
  viewers.partner = await signedIn(t.app, (await aUser(t.db, { email: 'partner@council.example.org' })).email)
  viewers.police = await signedIn(t.app, (await aUser(t.db, { email: 'officer@kent.police.uk' })).email)
  viewers.unverifiedPolice = new TestClient(t.app)
  await aUser(t.db, { email: 'unverified@kent.police.uk', verified: false })
  viewers.reviewer = await signedIn(
    t.app,
    (await aUser(t.db, { email: 'reviewer@example.org', roles: ['reviewer'] })).email,
  )
  viewers.owner = await signedIn(t.app, owner.email)
})

afterAll(async () => {
  await t?.close()
})

const expected: Record<string, string[]> = {
  visitor: ['open'],
  partner: ['open'],
  police: ['covert', 'open'],
  unverifiedPolice: ['open'],
  reviewer: ['covert', 'internal', 'open'],
  owner: ['internal', 'open'],
}

describe('who sees which practice', () => {
  it.each(Object.keys(expected))('%s sees the same practice by search, page and API', async (who) => {
    const client = viewers[who]
    if (!client) throw new Error(who)
    const slugs = expected[who] ?? []

    const search = await client.get('/practices?q=domestic+abuse&sort=title')
    const listed = search
      .$('[data-qa=result-link]')
      .map((_, a) => search.$(a).attr('href')?.replace('/practices/', ''))
      .get()
    expect(listed.sort()).toEqual(slugs)

    const api = (await client.get('/api/v1/practices?q=domestic+abuse')).response.json()
    expect(api.results.map((r: { slug: string }) => r.slug).sort()).toEqual(slugs)
    expect(api.facets.topic).toEqual([expect.objectContaining({ key: 'domestic-abuse', count: slugs.length })])

    for (const slug of ['open', 'covert', 'internal', 'draft']) {
      const page = await client.get(`/practices/${slug}`)
      expect(page.status, `${who} ${slug}`).toBe(slugs.includes(slug) ? 200 : 404)
      const json = await client.get(`/api/v1/practices/${slug}`)
      expect(json.status, `${who} api ${slug}`).toBe(slugs.includes(slug) ? 200 : 404)
    }
  })

  it('does not show policing-only practice as similar practice to people who may not see it', async () => {
    const partner = viewers.partner
    if (!partner) throw new Error('partner client missing')
    const page = await partner.get('/practices/open')
    expect(texts(page.$, '[data-qa=similar] [data-qa=result-link]')).not.toContain('Covert domestic abuse tactic')
    expect(ownerId).toBeGreaterThan(0)
  })
})
