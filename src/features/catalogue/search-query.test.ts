import { describe, expect, it } from 'vitest'
import { canRelax, effectiveSort, parseSearchQuery, searchHref, type SearchQuery } from './search-query.js'

function parsed(raw: Record<string, unknown>): SearchQuery {
  const result = parseSearchQuery(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.query
}

describe('parseSearchQuery', () => {
  it('gives an empty search for no parameters', () => {
    const query = parsed({})
    expect(query.q).toBeNull()
    expect(query.page).toBe(1)
    expect(query.sort).toBeNull()
    expect(query.filters.topic).toEqual([])
  })

  it('tidies the words and treats blank as no words', () => {
    expect(parsed({ q: '  domestic   abuse ' }).q).toBe('domestic abuse')
    expect(parsed({ q: '   ' }).q).toBeNull()
  })

  it('accepts one value or many for a filter, and removes repeats', () => {
    expect(parsed({ topic: 'domestic-abuse' }).filters.topic).toEqual(['domestic-abuse'])
    expect(parsed({ topic: ['a', 'b', 'a'] }).filters.topic).toEqual(['a', 'b'])
  })

  it('ignores parameters it does not know', () => {
    expect(parsed({ utm_source: 'newsletter' }).q).toBeNull()
  })

  it.each([
    [{ page: 'abc' }, 'page'],
    [{ page: '0' }, 'page'],
    [{ page: '-1' }, 'page'],
    [{ page: ['1', '2'] }, 'page'],
    [{ sort: 'cheapest' }, 'sort'],
    [{ topic: 'Not A Key' }, 'topic'],
    [{ year: '22' }, 'year'],
    [{ q: 'x'.repeat(201) }, 'q'],
    [{ q: ['a', 'b'] }, 'q'],
  ])('refuses %j, naming the parameter', (raw, parameter) => {
    const result = parseSearchQuery(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.parameter).toBe(parameter)
  })

  it('refuses more than 50 values for one filter', () => {
    const result = parseSearchQuery({ topic: Array.from({ length: 51 }, (_, i) => `t${i}`) })
    expect(result.ok).toBe(false)
  })
})

describe('effectiveSort', () => {
  it('ranks by relevance when there are words, newest first when there are none', () => {
    expect(effectiveSort(parsed({ q: 'stalking' }))).toBe('relevance')
    expect(effectiveSort(parsed({}))).toBe('newest')
    expect(effectiveSort(parsed({ sort: 'relevance' }))).toBe('newest')
    expect(effectiveSort(parsed({ q: 'stalking', sort: 'title' }))).toBe('title')
  })
})

describe('canRelax', () => {
  it('relaxes several plain words', () => {
    expect(canRelax('domestic abuse victims')).toBe(true)
  })

  it.each([null, 'stalking', '"domestic abuse" victims', 'stalking or harassment', 'abuse -online'])(
    'keeps %j as written',
    (text) => {
      expect(canRelax(text)).toBe(false)
    },
  )
})

describe('searchHref', () => {
  const query = parsed({ q: 'county lines', topic: ['child-criminal-exploitation'], region: 'london', page: '3' })

  it('keeps the whole search in the address and starts again at page 1', () => {
    expect(searchHref(query)).toBe('/practices?q=county+lines&topic=child-criminal-exploitation&region=london')
  })

  it('changes one part', () => {
    expect(searchHref(query, { page: 2 })).toContain('page=2')
    expect(searchHref(query, { filters: { region: [] } })).toBe(
      '/practices?q=county+lines&topic=child-criminal-exploitation',
    )
    expect(searchHref(query, { q: null, filters: { topic: [], region: [] } })).toBe('/practices')
  })
})
