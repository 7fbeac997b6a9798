import { describe, expect, it } from 'vitest'
import {
  canRelax,
  correctText,
  effectiveSort,
  expandSynonyms,
  parseSearchQuery,
  parseSearchText,
  searchHref,
  wordsToCheck,
  type SearchQuery,
} from './search-query.js'

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
    expect(canRelax(parseSearchText('domestic abuse victims'))).toBe(true)
  })

  it.each(['', 'stalking', '"domestic abuse" victims', 'stalking or harassment', 'abuse -online'])(
    'keeps %j as written',
    (text) => {
      expect(canRelax(parseSearchText(text))).toBe(false)
    },
  )
})

describe('parseSearchText', () => {
  it('reads words, phrases, "or" and exclusions as websearch_to_tsquery does', () => {
    expect(parseSearchText('"domestic abuse" stalking or harassment -online -"county lines"')).toEqual([
      { negated: false, terms: [{ text: 'domestic abuse', phrase: true, synonyms: [] }] },
      {
        negated: false,
        terms: [
          { text: 'stalking', phrase: false, synonyms: [] },
          { text: 'harassment', phrase: false, synonyms: [] },
        ],
      },
      { negated: true, terms: [{ text: 'online', phrase: false, synonyms: [] }] },
      { negated: true, terms: [{ text: 'county lines', phrase: true, synonyms: [] }] },
    ])
  })

  it('ignores punctuation on its own and an unclosed quote does not break it', () => {
    expect(parseSearchText('& - "stalking').map((c) => c.terms[0]?.text)).toEqual(['stalking'])
  })
})

describe('expandSynonyms', () => {
  const groups = [
    ['domestic abuse', 'domestic violence', 'DA'],
    ['domestic violence disclosure scheme', "Clare's Law"],
    ['older', 'elderly'],
  ]

  it('adds the other terms of the group of a word', () => {
    expect(expandSynonyms(parseSearchText('Elderly fraud'), groups)).toEqual([
      { negated: false, terms: [{ text: 'Elderly', phrase: false, synonyms: ['older'] }] },
      { negated: false, terms: [{ text: 'fraud', phrase: false, synonyms: [] }] },
    ])
  })

  it('finds the longest run of plain words that is a synonym, and phrases that are', () => {
    const expanded = expandSynonyms(parseSearchText('domestic violence disclosure scheme uptake'), groups)
    expect(expanded.map((c) => c.terms[0])).toEqual([
      { text: 'domestic violence disclosure scheme', phrase: false, synonyms: ["Clare's Law"] },
      { text: 'uptake', phrase: false, synonyms: [] },
    ])
    expect(expandSynonyms(parseSearchText('"clare\'s law"'), groups)[0]?.terms[0]?.synonyms).toEqual([
      'domestic violence disclosure scheme',
    ])
  })
})

describe('spelling corrections', () => {
  it('checks only plain words without synonyms', () => {
    const clauses = expandSynonyms(parseSearchText('stalkng "domestc abuse" -onlin elderly of'), [['older', 'elderly']])
    expect(wordsToCheck(clauses)).toEqual(['stalkng'])
  })

  it('replaces corrected words and keeps phrases and exclusions as typed', () => {
    const corrections = new Map([['stalkng', 'stalking']])
    expect(correctText('Stalkng "stalkng" -stalkng or harassment', corrections)).toBe(
      'stalking "stalkng" -stalkng or harassment',
    )
  })
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
