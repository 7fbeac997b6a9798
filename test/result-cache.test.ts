// The catalogue's remembered answers (src/features/catalogue/result-cache.ts): reused only while the
// catalogue generation holds, so two instances on one database agree after every change, whichever of
// them made it, and no viewer is ever given another viewer's answer.
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { queryRows } from '../src/db/client.js'
import { addPracticeViews } from '../src/features/catalogue/repository.js'
import { createTestApp, getPage, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let second: FastifyInstance

const generation = async () =>
  (await queryRows<{ g: string }>(t.db, sql`select generation::text as g from catalogue_generation`))[0]?.g

beforeAll(async () => {
  t = await createTestApp()
  // a second instance of the service on the same database, as when two run behind a load balancer
  second = await buildApp(t.config, { database: t.database, logger: false })
  await aPractice(t.db, {
    title: 'Lantern walks for domestic abuse survivors',
    slug: 'lantern',
    topics: ['domestic-abuse'],
  })
  await aPractice(t.db, {
    title: 'Lantern patrols kept to policing',
    slug: 'lantern-policing',
    visibility: 'policing',
    topics: ['domestic-abuse'],
  })
})

afterAll(async () => {
  await second?.close()
  await t?.close()
})

const slugsOn = async (app: FastifyInstance, url: string) => {
  const page = await getPage(app, url)
  expect(page.status).toBe(200)
  return page
    .$('[data-qa=result-link]')
    .map((_, a) => page.$(a).attr('href')?.replace('/practices/', ''))
    .get()
    .sort()
}

const mapTotal = async (app: FastifyInstance) => (await getPage(app, '/map?q=lantern')).$('[data-qa=map-total]').text()
const insightTotal = async (app: FastifyInstance) =>
  Number((await getPage(app, '/insight?q=lantern')).$('[data-qa=total]').text())

describe('remembered catalogue answers', () => {
  it('reuses an answer while nothing has changed', async () => {
    const cache = t.app.services.resultCache
    await slugsOn(t.app, '/practices?q=lantern')
    const hits = cache.hits
    expect(await slugsOn(t.app, '/practices?q=lantern')).toEqual(['lantern'])
    expect(cache.hits).toBe(hits + 1)
  })

  it('does not move the generation for a view counted or a draft saved as a draft', async () => {
    const before = await generation()
    const [lantern] = await queryRows<{ id: number }>(t.db, sql`select id from practices where slug = 'lantern'`)
    await addPracticeViews(t.db, new Map([[lantern?.id ?? 0, 5]]))
    const draft = await aPractice(t.db, { title: 'Unfinished lantern idea', slug: 'lantern-draft', status: 'draft' })
    await t.db.execute(sql`update practices set title = 'Still unfinished lantern idea' where id = ${draft.id}`)
    expect(await generation()).toBe(before)
    await t.db.execute(sql`update practices set summary = summary || ' Revised.' where slug = 'lantern'`)
    expect(Number(await generation())).toBeGreaterThan(Number(before))
  })

  it('keeps two instances in step after a change made through either', async () => {
    for (const app of [t.app, second]) {
      expect(await slugsOn(app, '/practices?q=lantern')).toEqual(['lantern'])
      expect(await mapTotal(app)).toMatch(/:\s*1\b/)
      expect(await insightTotal(app)).toBe(1)
    }
    // published through the first instance's database connection: the second must see it at once
    await aPractice(t.db, { title: 'Lantern safety cafés', slug: 'lantern-cafe', topics: ['domestic-abuse'] })
    for (const app of [t.app, second]) {
      expect(await slugsOn(app, '/practices?q=lantern')).toEqual(['lantern', 'lantern-cafe'])
      expect(await mapTotal(app)).toMatch(/:\s*2\b/)
      expect(await insightTotal(app)).toBe(2)
    }
    // narrowed to policing only: gone for visitors on both, at once
    await t.db.execute(sql`update practices set visibility = 'policing' where slug = 'lantern-cafe'`)
    for (const app of [t.app, second]) {
      expect(await slugsOn(app, '/practices?q=lantern')).toEqual(['lantern'])
      expect(await mapTotal(app)).toMatch(/:\s*1\b/)
      expect(await insightTotal(app)).toBe(1)
    }
    // a synonym added: the search through the new word finds the practice on both instances
    expect(await slugsOn(t.app, '/practices?q=glowlight')).toEqual([])
    expect(await slugsOn(second, '/practices?q=glowlight')).toEqual([])
    await t.db.execute(sql`insert into search_synonym_groups (terms) values ('{lantern,glowlight}')`)
    for (const app of [t.app, second]) expect(await slugsOn(app, '/practices?q=glowlight')).toEqual(['lantern'])
  })

  it('never gives one viewer the answer remembered for another', async () => {
    const police = await signedIn(second, (await aUser(t.db, { email: 'cache.officer@kent.police.uk' })).email)
    // the visitor's answer is remembered first; the police member's must still include policing practice
    expect(await slugsOn(second, '/practices?q=patrols')).toEqual([])
    const page = await police.get('/practices?q=patrols')
    expect(
      page
        .$('[data-qa=result-link]')
        .map((_, a) => page.$(a).attr('href'))
        .get(),
    ).toEqual(['/practices/lantern-policing'])
    expect(await slugsOn(second, '/practices?q=patrols')).toEqual([])
  })
})
