import { sql } from 'drizzle-orm'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FEED_SIZE } from '../src/features/exports/service.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let visitor: TestClient
let police: TestClient
let reviewer: TestClient

const HOSTILE = 'Safety <b>first</b> & "quotes" ]]> </title><script>alert(1)</script>'

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, {
    title: 'Open callback scheme',
    summary: 'Officers call victims back within a day.',
    topics: ['domestic-abuse'],
    publishedAt: '2025-02-01T09:00:00Z',
  })
  await aPractice(t.db, { title: 'Open missing people search', publishedAt: '2025-03-01T09:00:00Z' })
  await aPractice(t.db, { title: HOSTILE, summary: 'A summary with <em>markup</em> & ]]> in it.' })
  await aPractice(t.db, { title: 'Covert callback tactic', visibility: 'policing', topics: ['domestic-abuse'] })
  await aPractice(t.db, { title: 'Internal callback pilot', visibility: 'internal' })
  await aPractice(t.db, { title: 'Draft callback idea', status: 'draft' })
  visitor = new TestClient(t.app)
  police = await signedIn(t.app, (await aUser(t.db, { email: 'officer@kent.police.uk' })).email)
  reviewer = await signedIn(t.app, (await aUser(t.db, { email: 'rev@example.org', roles: ['reviewer'] })).email)
})

afterAll(async () => {
  await t?.close()
})

interface AtomLink {
  '@_href': string
  '@_rel'?: string
}
/** Atom text marked as HTML: the text of a title or summary is HTML-escaped words */
interface HtmlText {
  '#text': string
  '@_type': 'html'
}
interface AtomEntry {
  id: string
  title: HtmlText
  updated: string
  published?: string
  summary?: HtmlText
  link: AtomLink[]
  author: { name: string }[]
  category?: { '@_term': string }[]
}
interface AtomFeed {
  '@_xmlns': string
  id: string
  title: string
  updated: string
  author?: { name: string }[]
  link: AtomLink[]
  entry?: AtomEntry[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
})

const unescapeHtml = (text: HtmlText | undefined) =>
  (text?.['#text'] ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/

/** Fetches a feed, checks it is well-formed Atom with every element the standard requires, and returns it. */
async function feedOf(client: TestClient, query = '', selfQuery = query): Promise<AtomFeed> {
  const { response } = await client.get(`/practices/feed.atom${query}`)
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
  expect(XMLValidator.validate(response.body)).toBe(true)
  const feed = (parser.parse(response.body) as { feed: AtomFeed }).feed
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
  expect(feed.id).toMatch(/^http/)
  expect(feed.title).not.toBe('')
  expect(feed.updated).toMatch(isoDate)
  expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(
    `${t.config.baseUrl}/practices/feed.atom${selfQuery}`,
  )
  // Atom needs an author on the feed or on every entry: both are given
  expect(feed.author?.[0]?.name).toBe('Practice Bank')
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(new RegExp(`^${t.config.baseUrl}/practices/[a-z0-9-]+$`))
    expect(entry.title['@_type']).toBe('html')
    expect(entry.title['#text']).not.toBe('')
    expect(entry.updated).toMatch(isoDate)
    expect(entry.link[0]?.['@_href']).toBe(entry.id)
    expect(entry.author[0]?.name).not.toBe('')
  }
  return feed
}

const entryTitles = (feed: AtomFeed) => (feed.entry ?? []).map((e) => unescapeHtml(e.title))

describe('Atom feed of a search', () => {
  it('carries public practice only, newest first, even when a session cookie is sent', async () => {
    const expected = ['Open missing people search', 'Open callback scheme', HOSTILE]
    for (const client of [visitor, police, reviewer]) {
      expect(entryTitles(await feedOf(client))).toEqual(expected)
    }
    // the signed-in feed is the visitor's, byte for byte
    const body = async (c: TestClient) => (await c.get('/practices/feed.atom')).response.body
    expect(await body(reviewer)).toBe(await body(visitor))
  })

  it('follows the search’s words and filters, whatever order the page was sorted in', async () => {
    expect(entryTitles(await feedOf(police, '?q=callback'))).toEqual(['Open callback scheme'])
    // the feed's own address leaves out the order: a feed is always newest first
    const filtered = await feedOf(reviewer, '?topic=domestic-abuse&sort=title', '?topic=domestic-abuse')
    expect(entryTitles(filtered)).toEqual(['Open callback scheme'])
    const none = await feedOf(visitor, '?q=nothing-matches-this')
    expect(none.entry ?? []).toEqual([])
  })

  it('gives each entry its summary, organisation, topics and dates', async () => {
    const [entry] = (await feedOf(visitor, '?q=callback')).entry ?? []
    expect(entry).toMatchObject({
      summary: { '#text': 'Officers call victims back within a day.' },
      author: [{ name: 'Merseyside Police' }],
      category: [{ '@_term': 'Domestic abuse' }],
      published: '2025-02-01T09:00:00.000Z',
    })
  })

  it('shows markup in a title as text, never as markup or a break out of its element', async () => {
    const feed = await feedOf(visitor)
    const entry = (feed.entry ?? []).find((e) => unescapeHtml(e.title) === HOSTILE)
    expect(entry).toBeDefined()
    expect(entry?.title['#text']).not.toContain('<')
    expect(unescapeHtml(entry?.summary)).toBe('A summary with <em>markup</em> & ]]> in it.')
  })

  it(`holds the newest ${FEED_SIZE} of a large search`, async () => {
    await t.db.execute(sql`
      insert into practices (slug, title, summary, organisation_id, status, visibility, submitted_at, published_at,
                             consent_publication, topic_ids, purpose_ids, recognition_ids)
      select 'many-' || n, 'Many practice ' || n, 'A summary', organisation_id, 'published', 'public', submitted_at,
             timestamptz '2030-01-01' + n * interval '1 hour', 'public', '{}', '{}', '{}'
      from practices, generate_series(1, ${FEED_SIZE + 10}) n where title = 'Open missing people search'`)
    const feed = await feedOf(visitor, '?q=many')
    expect(feed.entry?.length).toBe(FEED_SIZE)
    expect(entryTitles(feed)[0]).toBe(`Many practice ${FEED_SIZE + 10}`)
    expect(feed.updated).toBe(new Date(Date.UTC(2030, 0, 1, FEED_SIZE + 10)).toISOString())
  })

  it('answers a bad parameter with a 400 naming it', async () => {
    for (const [query, parameter] of [
      ['?sort=sideways', 'sort'],
      ['?topic=no-such-topic', 'topic'],
      ['?region=Nowhere!', 'region'],
      ['?q=a&q=b', 'q'],
    ] as const) {
      const { response } = await visitor.get(`/practices/feed.atom${query}`)
      expect(response.statusCode, query).toBe(400)
      expect(response.json()).toMatchObject({ error: 'invalid_parameter', parameter })
    }
  })

  it('is linked from the search page’s head and body with the search’s own words and filters', async () => {
    const { $ } = await visitor.get('/practices?q=callback&topic=domestic-abuse&sort=title&page=1')
    const alternate = $('head link[rel=alternate][type="application/atom+xml"]')
    expect(alternate.length).toBe(1)
    expect(alternate.attr('href')).toBe('/practices/feed.atom?q=callback&topic=domestic-abuse')
    expect($('[data-qa=feed-link]').attr('href')).toBe('/practices/feed.atom?q=callback&topic=domestic-abuse')
    expect($('[data-qa=feed-link]').text()).toContain('feed reader')
  })
})
