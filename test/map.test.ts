import type { CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'
import type { TestClient } from './support/client.js'

// The map and the grid must count exactly what the search finds for the same address and person.

let t: TestApp
type Get = (url: string) => Promise<{ status: number; $: CheerioAPI }>
const viewers: Record<string, Get> = {}

const forces = ['kent', 'merseyside', 'essex', 'gwent', 'northumbria', 'devon-and-cornwall']
const topics = ['domestic-abuse', 'stalking-and-harassment', 'missing-people', 'honour-based-abuse']
const purposes = ['prevention', 'investigation', 'diversion']
const outcomes = ['worked', 'promising', 'new-or-innovative']
const words = ['clinic', 'safer homes', 'advocates', 'clinic advocates', 'nothing-matches-this']

// A small seeded generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

let ownerId = 0

beforeAll(async () => {
  t = await createTestApp()
  const owner = await aUser(t.db, { email: 'owner@example.org', organisation: 'kent' })
  ownerId = owner.id
  await aUser(t.db, { email: 'officer@force.police.uk', organisation: 'essex' })
  await aUser(t.db, { email: 'reviewer@force.police.uk', roles: ['reviewer'] })
  const rand = random(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T
  const titles = [
    'Stalking clinic',
    'Safer homes project',
    'Custody advocates',
    'Missing from care panel',
    'Clinic for advocates',
  ]
  for (let i = 0; i < 60; i += 1) {
    const visibility = pick(['public', 'public', 'public', 'policing', 'internal'] as const)
    await aPractice(t.db, {
      title: `${pick(titles)} ${i}`,
      organisation: pick(forces),
      topics: [...new Set([pick(topics), pick(topics)])],
      purposes: [pick(purposes)],
      outcome: pick(outcomes),
      visibility,
      status: i % 13 === 0 ? 'submitted' : 'published',
      submittedByUserId: visibility === 'internal' && i % 2 === 0 ? ownerId : null,
      values: visibility === 'policing' ? { consentPublication: 'policing' } : {},
    })
  }
  // One from a partner organisation, which has no hexagon but is in the table.
  viewers.visitor = (url) => getPage(t.app, url)
  const asClient =
    (client: TestClient): Get =>
    (url) =>
      client.get(url)
  viewers.police = asClient(await signedIn(t.app, 'officer@force.police.uk'))
  viewers.reviewer = asClient(await signedIn(t.app, 'reviewer@force.police.uk'))
  viewers.owner = asClient(await signedIn(t.app, 'owner@example.org'))
})

afterAll(async () => {
  await t.close()
})

const leadingNumber = (text: string) => Number(/^[\d,]+/.exec(text.trim())?.[0]?.replace(/,/g, '') ?? NaN)

async function searchTotal(get: Get, query: string): Promise<number> {
  const { $ } = await get(`/practices?${query}`)
  return leadingNumber($('[data-qa=result-count]').text())
}

async function mapCounts(get: Get, query: string): Promise<Map<string, number>> {
  const { status, $ } = await get(`/map?${query}`)
  expect(status).toBe(200)
  return new Map(
    $('[data-qa=map-row]')
      .map((_, row) => [[$(row).attr('data-force') ?? '', leadingNumber($(row).find('[data-qa=map-count]').text())]])
      .get() as [string, number][],
  )
}

function randomQuery(rand: () => number): string {
  const params = new URLSearchParams()
  const maybe = (list: string[], name: string) => {
    if (rand() < 0.4) params.append(name, list[Math.floor(rand() * list.length)] ?? '')
  }
  if (rand() < 0.4) params.append('q', words[Math.floor(rand() * words.length)] ?? '')
  maybe(topics, 'topic')
  maybe(topics, 'topic')
  maybe(purposes, 'purpose')
  maybe(outcomes, 'outcome')
  if (rand() < 0.2) params.append('region', 'south-east')
  return params.toString()
}

describe('the practice map', () => {
  it('counts for each force what the search finds for that force, for random filters and every kind of viewer', async () => {
    const rand = random(7)
    const queries = [
      '',
      'q=clinic+advocates',
      'q=stalking+custody',
      ...Array.from({ length: 4 }, () => randomQuery(rand)),
    ]
    for (const [who, get] of Object.entries(viewers)) {
      for (const query of queries) {
        const counts = await mapCounts(get, query)
        let sum = 0
        for (const force of ['kent', 'essex', 'gwent', 'devon-and-cornwall', 'surrey']) {
          const expected = await searchTotal(get, `${query}&organisation=${force}`)
          expect({ who, query, force, count: counts.get(force) }).toEqual({ who, query, force, count: expected })
        }
        for (const force of forces) sum += counts.get(force) ?? 0
        const { $ } = await get(`/map?${query}`)
        const total = leadingNumber($('[data-qa=map-total]').text().split(':')[1] ?? '')
        if (!$('[data-qa=relaxed-notice]').length) {
          expect({ who, query, total }).toEqual({ who, query, total: await searchTotal(get, query) })
          expect(sum).toBe(total)
        }
      }
    }
  }, 180_000)

  it('never counts policing-only or internal practice for a visitor', async () => {
    const visitorCounts = await mapCounts(viewers.visitor as Get, '')
    const reviewerCounts = await mapCounts(viewers.reviewer as Get, '')
    const visitorTotal = [...visitorCounts.values()].reduce((a, b) => a + b, 0)
    const reviewerTotal = [...reviewerCounts.values()].reduce((a, b) => a + b, 0)
    const { $ } = await getPage(t.app, '/api/v1/practices?pageSize=100')
    const publicCount = JSON.parse($.text()).total as number
    expect(visitorTotal).toBe(publicCount)
    expect(reviewerTotal).toBeGreaterThan(visitorTotal)
  })

  it('gives every hexagon a link to the search for its force and an accessible name with its count', async () => {
    const { $ } = await getPage(t.app, '/map?topic=domestic-abuse')
    const hexes = $('[data-qa=hex]')
    expect(hexes).toHaveLength(47)
    const kent = $('[data-qa=hex][data-force=kent]')
    expect(kent.attr('href')).toBe('/practices?topic=domestic-abuse&organisation=kent')
    expect(kent.attr('aria-label')).toMatch(/^Kent Police: \d+ practice examples?$/)
    expect(kent.find('title').text()).toBe(kent.attr('aria-label'))
    expect(texts($, '[data-qa=legend] li')[0]).toBe('None')
    expect($('[data-qa=link-search]').attr('href')).toBe('/practices?topic=domestic-abuse')
  })

  it('is linked from the search with the same query string, and from the site navigation', async () => {
    const { $ } = await getPage(t.app, '/practices?q=clinic&topic=stalking-and-harassment&sort=title')
    expect($('[data-qa=see-on-map]').attr('href')).toBe('/map?q=clinic&topic=stalking-and-harassment')
    expect($('.govuk-service-navigation a[href="/map"]').text()).toContain('Practice map')
  })

  it('shows submissions to calls only to reviewers and admins', async () => {
    expect((await (viewers.police as Get)('/map?measure=submissions')).status).toBe(403)
    const visitor = await t.app.inject({ method: 'GET', url: '/map?measure=submissions' })
    expect(visitor.statusCode).toBe(302)
    const { status, $ } = await (viewers.reviewer as Get)('/map?measure=submissions')
    expect(status).toBe(200)
    expect($('[data-qa=measures] input[value=submissions]').length).toBe(1)
    const police = await (viewers.police as Get)('/map')
    expect(police.$('[data-qa=measures] input[value=submissions]').length).toBe(0)
  })

  it('counts every submission to the chosen call for staff, published or not, by the force that sent it', async () => {
    for (const status of ['submitted', 'in_review', 'published', 'draft'] as const) {
      await aPractice(t.db, {
        organisation: 'cumbria',
        call: 'voice-of-the-victim-2026',
        status,
        visibility: 'internal',
      })
    }
    await aPractice(t.db, { organisation: 'cumbria', call: 'voice-of-the-victim-2022', status: 'submitted' })
    const reviewer = viewers.reviewer as Get
    const counts = await mapCounts(reviewer, 'measure=submissions&call=voice-of-the-victim-2026')
    // Drafts have not been sent, and the 2022 call is not the one chosen.
    expect(counts.get('cumbria')).toBe(3)
    expect((await mapCounts(reviewer, 'measure=submissions')).get('cumbria')).toBe(4)
  })

  it('answers a bad address with 400 naming the parameter', async () => {
    for (const [url, text] of [
      ['/map?measure=everything', 'Measure must be one of'],
      ['/map?topic=not-a-topic', "Topic 'not-a-topic' is not a known topic"],
      ['/map/coverage?by=force', 'By must be region or purpose'],
      ['/map?practice=Not%20A%20Slug', 'Practice must be'],
    ] as const) {
      const { status, $ } = await getPage(t.app, url)
      expect({ url, status }).toEqual({ url, status: 400 })
      expect($('.govuk-error-summary').text()).toContain(text)
    }
  })
})

describe('the coverage grid', () => {
  it('counts each topic and region as the search does, and says "None" for gaps', async () => {
    for (const [who, get] of Object.entries(viewers)) {
      for (const query of ['', 'q=clinic', 'outcome=worked', 'topic=domestic-abuse&topic=missing-people']) {
        const { status, $ } = await get(`/map/coverage?${query}`)
        expect(status).toBe(200)
        const cells = $('[data-qa=coverage-cell] a')
          .map((_, a) => ({ href: $(a).attr('href') ?? '', n: leadingNumber($(a).text()) }))
          .get()
        expect(cells.length).toBeGreaterThan(0)
        for (const cell of cells.slice(0, 8)) {
          expect({ who, href: cell.href, n: cell.n }).toEqual({
            who,
            href: cell.href,
            n: await searchTotal(get, cell.href.split('?')[1] ?? ''),
          })
        }
        expect(texts($, '[data-qa=coverage-gap]').every((text) => text === 'None')).toBe(true)
      }
    }
  }, 120_000)

  it('lists only the chosen topics, and names the largest gaps in words', async () => {
    const { $ } = await getPage(t.app, '/map/coverage?topic=domestic-abuse&topic=honour-based-abuse')
    expect(texts($, '[data-qa=coverage-row] th')).toEqual([
      'Domestic abuse',
      'Honour-based abuse, forced marriage and FGM',
    ])
    const gaps = texts($, '[data-qa=largest-gaps] li')
    expect(gaps.length).toBeGreaterThan(0)
    expect(
      gaps.some((g) =>
        /^No published practice on (domestic abuse|honour-based abuse, forced marriage and FGM) in /.test(g),
      ),
    ).toBe(true)
    expect(gaps.join(' ')).toContain('in the East Midlands')
  })

  it('switches to topics by purpose', async () => {
    const { $ } = await getPage(t.app, '/map/coverage?by=purpose')
    expect(texts($, '[data-qa=coverage-grid] thead th')).toEqual([
      'Topic',
      'Prevention',
      'Diversion',
      'Reoffending',
      'Location',
      'Organisational',
      'Investigation',
      'All',
    ])
  })
})
