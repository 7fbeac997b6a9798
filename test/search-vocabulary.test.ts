import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const viewers: Record<string, TestClient> = {}

const termId = async (taxonomy: string, key: string) => {
  const [row] = await queryRows<{ id: number }>(
    t.db,
    sql`select id from taxonomy_terms where taxonomy = ${taxonomy} and key = ${key}`,
  )
  if (!row) throw new Error(`no ${taxonomy} ${key}`)
  return row.id
}

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, {
    title: 'Bail checks after arrest',
    slug: 'bail-checks',
    summary: 'Officers visit suspects on bail to check conditions are kept.',
    organisation: 'greater-manchester',
    topics: ['honour-based-abuse'],
    values: {
      targetGroupIds: [await termId('target-group', 'older-people')],
      partnerSectorIds: [await termId('partner-sector', 'fire-and-rescue')],
    },
  })
  await aPractice(t.db, {
    title: 'Handover notes for night shifts',
    slug: 'handover-notes',
    summary: 'A template for shift handovers; one example mentions female genital mutilation in passing.',
    organisation: 'kent',
    topics: ['workforce'],
  })
  await aPractice(t.db, {
    title: 'Lantern walks for lonely pensioners',
    slug: 'lantern-walks',
    summary: 'Evening walks that bring older residents together with neighbourhood officers.',
    organisation: 'metropolitan',
    topics: ['adults-at-risk'],
  })
  await aPractice(t.db, {
    title: 'Stalking advocates in the control room',
    slug: 'stalking-advocates',
    summary: 'Specialist advocates listen in to calls about stalking.',
    organisation: 'essex',
    topics: ['stalking-and-harassment'],
  })
  await aPractice(t.db, {
    title: 'Moorings and the harbor master',
    slug: 'moorings',
    summary: 'Boat owners register with the harbor master.',
    organisation: 'dorset',
  })
  for (const n of [1, 2, 3, 4, 5]) {
    await aPractice(t.db, {
      title: `Harbour patrol number ${n}`,
      slug: `harbour-${n}`,
      summary: n <= 2 ? 'Patrols of the harbour wall and the marina at night.' : 'Patrols of the marina at night.',
      organisation: 'devon-and-cornwall',
    })
  }
  // Words found only in practice some viewers may not see: they must never be offered to them.
  await aPractice(t.db, {
    title: 'Operation Zephyrine',
    slug: 'zephyrine',
    summary: 'Covert marina tactics.',
    visibility: 'policing',
  })
  const owner = await aUser(t.db, { email: 'vocab-owner@example.org' })
  await aPractice(t.db, {
    title: 'Pilot Thistlegrove',
    slug: 'thistlegrove',
    summary: 'An internal marina pilot.',
    visibility: 'internal',
    submittedByUserId: owner.id,
  })
  viewers.visitor = new TestClient(t.app)
  viewers.partner = await signedIn(t.app, (await aUser(t.db, { email: 'vocab-partner@council.example.org' })).email)
  viewers.police = await signedIn(t.app, (await aUser(t.db, { email: 'vocab-officer@kent.police.uk' })).email)
  viewers.unverifiedPolice = new TestClient(t.app)
  await aUser(t.db, { email: 'vocab-unverified@kent.police.uk', verified: false })
  viewers.reviewer = await signedIn(
    t.app,
    (await aUser(t.db, { email: 'vocab-reviewer@example.org', roles: ['reviewer'] })).email,
  )
  viewers.owner = await signedIn(t.app, owner.email)
})

afterAll(async () => {
  await t?.close()
})

const titles = (page: Awaited<ReturnType<typeof getPage>>) => texts(page.$, '[data-qa=result-link]')
const api = async (client: TestClient, query: string) =>
  (await client.get(`/api/v1/practices?${query}`)).response.json<{
    total: number
    results: { slug: string }[]
    correctedQuery: string | null
    didYouMean: string | null
    alsoSearchedFor: string[]
    relaxed: boolean
    totalAll: number
    facets: Record<string, { key: string; count: number }[]>
  }>()

describe('every label is searchable', () => {
  it('finds practice by its organisation, short name, region, topic, target group and partner sector', async () => {
    for (const q of ['Greater Manchester', 'GMP', 'north west', 'forced marriage', 'older people', 'fire and rescue']) {
      expect(titles(await getPage(t.app, `/practices?q=${encodeURIComponent(q)}`)), q).toContain(
        'Bail checks after arrest',
      )
    }
    expect(titles(await getPage(t.app, '/practices?q=the+Met'))).toEqual(['Lantern walks for lonely pensioners'])
  })

  it('ranks practice tagged with a topic above practice that mentions it in passing', async () => {
    expect(titles(await getPage(t.app, '/practices?q=FGM'))).toEqual([
      'Bail checks after arrest',
      'Handover notes for night shifts',
    ])
  })

  it('follows a renamed label', async () => {
    await t.db.execute(
      sql`update taxonomy_terms set label = 'Workforce and wellbeing of staff' where key = 'workforce'`,
    )
    expect(titles(await getPage(t.app, '/practices?q=wellbeing'))).toEqual(['Handover notes for night shifts'])
    await t.db.execute(sql`update organisations set short_names = '{Kentish}' where code = 'kent'`)
    expect(titles(await getPage(t.app, '/practices?q=Kentish'))).toEqual(['Handover notes for night shifts'])
  })
})

describe('words with nothing to search for', () => {
  it.each(['or', '&', '-', '"', 'the', '-stalking or'])('answer %j with no results, not an error', async (q) => {
    const page = await getPage(t.app, `/practices?q=${encodeURIComponent(q)}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=corrected-notice]').length).toBe(0)
    if (q === '-stalking or') expect(titles(page)).not.toContain('Stalking advocates in the control room')
    else expect(titles(page)).toEqual([])
  })
})

describe('synonyms', () => {
  it('also searches for the synonyms of a word and says so, on the page and in the API', async () => {
    const page = await getPage(t.app, '/practices?q=elderly')
    // The lantern walks say "older"; the bail checks are for the target group "Older people".
    expect(titles(page).sort()).toEqual(['Bail checks after arrest', 'Lantern walks for lonely pensioners'])
    expect(page.$('[data-qa=also-searched-for]').text()).toContain('Also searched for: older')
    expect((await api(viewers.visitor as TestClient, 'q=elderly')).alsoSearchedFor).toEqual(['older'])
  })

  it('ranks a match on the word as typed a little above the same match on a synonym', async () => {
    await aPractice(t.db, { title: 'Teenagers as peer mentors', slug: 'teen-mentors', organisation: 'suffolk' })
    await aPractice(t.db, { title: 'Youth as peer mentors', slug: 'youth-mentors', organisation: 'suffolk' })
    expect(titles(await getPage(t.app, '/practices?q=youth+peer+mentors'))).toEqual([
      'Youth as peer mentors',
      'Teenagers as peer mentors',
    ])
    expect(titles(await getPage(t.app, '/practices?q=teenagers+peer+mentors'))).toEqual([
      'Teenagers as peer mentors',
      'Youth as peer mentors',
    ])
  })
})

describe('spelling', () => {
  it('runs the corrected search when the words find nothing, and offers the search as typed', async () => {
    const page = await getPage(t.app, '/practices?q=stalkng')
    expect(titles(page)).toEqual(['Stalking advocates in the control room'])
    expect(page.$('[data-qa=corrected-notice]').text()).toMatch(
      /Showing results for\s+stalking\. Search instead for\s+stalkng/,
    )
    expect(page.$('[data-qa=corrected-notice] a').attr('href')).toBe('/practices?q=stalkng&exact=1')
    expect(page.$('[data-qa=result-count]').text()).toContain('for ‘stalking’')
    const asTyped = await getPage(t.app, '/practices?q=stalkng&exact=1')
    expect(titles(asTyped)).toEqual([])
    expect(asTyped.$('[data-qa=corrected-notice]').length).toBe(0)
    const json = await api(viewers.visitor as TestClient, 'q=stalkng')
    expect(json).toMatchObject({ total: 1, correctedQuery: 'stalking', didYouMean: null })
  })

  it('corrects two neighbouring letters typed the wrong way round, in long words and short', async () => {
    const page = await getPage(t.app, '/practices?q=stlaking')
    expect(titles(page)).toEqual(['Stalking advocates in the control room'])
    expect(page.$('[data-qa=corrected-notice] strong').text()).toBe('stalking')
    expect(await api(viewers.visitor as TestClient, 'q=wlaks')).toMatchObject({
      total: 1,
      correctedQuery: 'walks',
    })
  })

  it('offers "did you mean" when the words find a few results and a close word is far more common', async () => {
    const page = await getPage(t.app, '/practices?q=harbor')
    expect(titles(page)).toEqual(['Moorings and the harbor master'])
    expect(page.$('[data-qa=did-you-mean]').text()).toContain('Did you mean harbour?')
    expect(page.$('[data-qa=did-you-mean] a').attr('href')).toBe('/practices?q=harbour')
    expect((await api(viewers.visitor as TestClient, 'q=harbor')).didYouMean).toBe('harbour')
    // Common enough words are left alone.
    expect((await api(viewers.visitor as TestClient, 'q=harbour')).didYouMean).toBeNull()
  })

  it('keeps phrases and exclusions as typed', async () => {
    const excluded = await getPage(t.app, '/practices?q=stalkng+-pensioners')
    expect(excluded.$('[data-qa=corrected-notice] strong').text()).toBe('stalking -pensioners')
    expect(titles(excluded)).toEqual(['Stalking advocates in the control room'])
    const phrase = await getPage(t.app, '/practices?q=stalkng+or+%22lantern+walks%22')
    expect(titles(phrase)).toEqual(['Lantern walks for lonely pensioners'])
    expect(phrase.$('[data-qa=did-you-mean] a').text()).toBe('stalking or "lantern walks"')
  })
})

describe('fewer than five practices with every word', () => {
  it('adds practice with some of the words below them, and says so', async () => {
    const page = await getPage(t.app, '/practices?q=harbour+wall+lighthouse')
    expect(page.$('[data-qa=relaxed-notice]').text()).toContain('No practice matched all of your words')
    const partial = await getPage(t.app, '/practices?q=harbour+wall')
    expect(partial.$('[data-qa=relaxed-notice]').text()).toContain('Only 2 practice examples matched all of your words')
    expect(titles(partial).slice(0, 2).sort()).toEqual(['Harbour patrol number 1', 'Harbour patrol number 2'])
    expect(titles(partial)).toHaveLength(5)
  })
})

// Which of the hidden words each viewer may be offered, find or count.
const sees: Record<string, { zephyrine: boolean; thistlegrove: boolean }> = {
  visitor: { zephyrine: false, thistlegrove: false },
  partner: { zephyrine: false, thistlegrove: false },
  police: { zephyrine: true, thistlegrove: false },
  unverifiedPolice: { zephyrine: false, thistlegrove: false },
  reviewer: { zephyrine: true, thistlegrove: true },
  // The owner finds their own internal practice by its words, but is not offered corrections from it.
  owner: { zephyrine: false, thistlegrove: false },
}

describe('visibility in corrections, partial matches and counts', () => {
  it.each(Object.keys(sees))('%s is corrected only towards words of practice they may see', async (who) => {
    const client = viewers[who] as TestClient
    const allowed = sees[who] as { zephyrine: boolean; thistlegrove: boolean }
    const zephyr = await api(client, 'q=zefyrine')
    expect(zephyr.correctedQuery).toBe(allowed.zephyrine ? 'zephyrine' : null)
    expect(zephyr.total).toBe(allowed.zephyrine ? 1 : 0)
    // Two letters swapped ("tactics" is only in the policing practice), which similarity alone would not correct.
    expect((await api(client, 'q=tatcics')).correctedQuery).toBe(allowed.zephyrine ? 'tactics' : null)
    const thistle = await api(client, 'q=thistelgrove')
    expect(thistle.correctedQuery).toBe(allowed.thistlegrove ? 'thistlegrove' : null)
    expect(thistle.didYouMean).toBeNull()
    // Partial matches and facet counts count only visible practice.
    const marina = await api(client, 'q=marina+covert')
    const hidden = marina.results.filter((r) => ['zephyrine', 'thistlegrove'].includes(r.slug)).map((r) => r.slug)
    expect(hidden.includes('zephyrine')).toBe(allowed.zephyrine)
    const orgs = marina.facets.organisation?.reduce((sum, o) => sum + o.count, 0)
    expect(orgs).toBe(marina.total)
  })

  it('keeps the word list up to date through unpublish, a visibility change and publish', async () => {
    const police = viewers.police as TestClient
    const visitor = viewers.visitor as TestClient
    const words = () =>
      queryRows<{ visibility: string; practices: number }>(
        t.db,
        sql`select visibility, practices from search_words where word = 'zephyrine' order by visibility`,
      )
    expect(await words()).toEqual([{ visibility: 'policing', practices: 1 }])
    await t.db.execute(sql`update practices set status = 'archived' where slug = 'zephyrine'`)
    expect(await words()).toEqual([])
    expect((await api(police, 'q=zefyrine')).correctedQuery).toBeNull()
    await t.db.execute(sql`update practices set status = 'published', visibility = 'public' where slug = 'zephyrine'`)
    expect(await words()).toEqual([{ visibility: 'public', practices: 1 }])
    expect((await api(visitor, 'q=zefyrine')).correctedQuery).toBe('zephyrine')
    await t.db.execute(sql`update practices set visibility = 'policing' where slug = 'zephyrine'`)
    expect((await api(visitor, 'q=zefyrine')).correctedQuery).toBeNull()
    await t.db.execute(sql`update practices set title = 'Operation Zephyrine and Quorndon' where slug = 'zephyrine'`)
    expect((await api(police, 'q=quorndn')).correctedQuery).toBe('quorndon')
    await t.db.execute(sql`delete from practices where slug = 'zephyrine'`)
    expect(await words()).toEqual([])
  })
})
