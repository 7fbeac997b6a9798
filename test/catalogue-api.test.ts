import * as cheerio from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { facetNames } from '../src/features/catalogue/search-query.js'
import { createTestApp, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, {
    title: 'Domestic abuse risk triage',
    slug: 'domestic-abuse-risk-triage',
    topics: ['domestic-abuse'],
    organisation: 'essex',
    outcome: 'worked',
  })
  await aPractice(t.db, { title: 'Stalking advocates', topics: ['stalking-and-harassment'], organisation: 'essex' })
  await aPractice(t.db, { title: 'Domestic abuse covert', slug: 'covert', visibility: 'policing' })
  for (let i = 0; i < 21; i++) await aPractice(t.db, { title: `Filler practice ${i}`, organisation: 'dorset' })
})

afterAll(async () => {
  await t?.close()
})

describe('GET /api/v1/practices', () => {
  it('returns results, totals and facets for the same parameters as the page', async () => {
    const response = await t.app.inject('/api/v1/practices?q=domestic+abuse&organisation=essex')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/json')
    const body = response.json()
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20, totalPages: 1, sort: 'relevance', relaxed: false })
    expect(body.results).toEqual([
      expect.objectContaining({
        slug: 'domestic-abuse-risk-triage',
        title: 'Domestic abuse risk triage',
        url: '/practices/domestic-abuse-risk-triage',
        organisation: { code: 'essex', name: 'Essex Police' },
        region: { key: 'eastern', label: 'Eastern' },
        outcome: { key: 'worked', label: 'Worked' },
        topics: [{ key: 'domestic-abuse', label: 'Domestic abuse' }],
      }),
    ])
    expect(body.facets.organisation).toEqual(
      expect.arrayContaining([{ key: 'essex', label: 'Essex Police', count: 1, selected: true }]),
    )
    expect(Object.keys(body.facets)).toEqual([...facetNames])
  })

  it('pages through results', async () => {
    const first = (await t.app.inject('/api/v1/practices')).json()
    const second = (await t.app.inject('/api/v1/practices?page=2')).json()
    expect(first.total).toBe(23)
    expect(first.results).toHaveLength(20)
    expect(second.results).toHaveLength(3)
    const slugs = [...first.results, ...second.results].map((r: { slug: string }) => r.slug)
    expect(new Set(slugs).size).toBe(23)
    expect(slugs).not.toContain('covert')
  })

  it('honours pageSize from 1 to 100', async () => {
    const small = (await t.app.inject('/api/v1/practices?pageSize=5&page=2')).json()
    expect(small).toMatchObject({ total: 23, page: 2, pageSize: 5, totalPages: 5 })
    expect(small.results).toHaveLength(5)
    const large = (await t.app.inject('/api/v1/practices?pageSize=100')).json()
    expect(large).toMatchObject({ pageSize: 100, totalPages: 1 })
    expect(large.results).toHaveLength(23)
  })

  it('answers a page past the last with a 400 naming page and the number of pages', async () => {
    const response = await t.app.inject('/api/v1/practices?page=999')
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'invalid_parameter', parameter: 'page' })
    expect(response.json().message).toBe('page must be 2 or less: there are 2 pages of results')
  })

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=ten', 'pageSize'],
    ['pageSize=5&pageSize=6', 'pageSize'],
    ['page=nope', 'page'],
    ['sort=random', 'sort'],
    ['region=atlantis', 'region'],
    ['year=1066x', 'year'],
  ])('answers %s with a 400 naming the parameter', async (queryString, parameter) => {
    const response = await t.app.inject(`/api/v1/practices?${queryString}`)
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'invalid_parameter', parameter })
    expect(response.json().message).toContain(parameter)
  })
})

describe('GET /practices past the last page', () => {
  it('says there is no such page and links to the last page, with a 404', async () => {
    const response = await t.app.inject('/practices?organisation=dorset&page=999')
    expect(response.statusCode).toBe(404)
    const $ = cheerio.load(response.body)
    const message = $('[data-qa="page-out-of-range"]')
    expect(message.text()).toContain('There is no page 999 for this search.')
    expect(message.find('a').attr('href')).toBe('/practices?organisation=dorset&page=2')
    expect($('[data-qa="showing"]')).toHaveLength(0)
    expect($('[data-qa="result-count"]').text()).toContain('21 practice examples')
  })
})

describe('GET /api/v1/practices/:slug', () => {
  it('returns one visible practice', async () => {
    const response = await t.app.inject('/api/v1/practices/domestic-abuse-risk-triage')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      slug: 'domestic-abuse-risk-triage',
      organisation: { code: 'essex', name: 'Essex Police' },
      outcome: { key: 'worked', label: 'Worked' },
    })
  })

  it('gives the same JSON 404 for hidden and unknown practice', async () => {
    const hidden = await t.app.inject('/api/v1/practices/covert')
    const unknown = await t.app.inject('/api/v1/practices/nothing-here')
    expect(hidden.statusCode).toBe(404)
    expect(hidden.body).toBe(unknown.body)
    expect(hidden.json()).toEqual({ error: 'not_found', message: 'Not found' })
  })

  it('answers unknown API paths with JSON', async () => {
    const response = await t.app.inject('/api/v1/nothing')
    expect(response.statusCode).toBe(404)
    expect(response.json().error).toBe('not_found')
  })
})
