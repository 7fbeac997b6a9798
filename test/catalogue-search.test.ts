import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { visibilityRuleFor, visitor } from '../src/features/access/visibility.js'
import type { ResolvedFilters } from '../src/features/catalogue/facets.js'
import { searchPublishedPractices } from '../src/features/catalogue/repository.js'
import { facetNames, parseSearchText } from '../src/features/catalogue/search-query.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  const db = t.db
  await aPractice(db, {
    title: 'Domestic abuse victims advocacy in custody',
    summary: 'Independent advocates meet victims while the suspect is in custody.',
    organisation: 'merseyside',
    topics: ['domestic-abuse', 'victims-and-witnesses'],
    purposes: ['investigation'],
    outcome: 'worked',
    stage: 'independently-evaluated',
    publishedAt: '2024-05-01T10:00:00Z',
  })
  await aPractice(db, {
    title: 'Safer homes after separation',
    summary: 'Target hardening for people leaving abusive partners.',
    problem: 'Domestic abuse often escalates at the point of separation, and victims told us they felt unsafe at home.',
    organisation: 'kent',
    topics: ['domestic-abuse'],
    purposes: ['prevention'],
    outcome: 'promising',
    publishedAt: '2024-06-01T10:00:00Z',
  })
  await aPractice(db, {
    title: 'Stalking clinic with health partners',
    summary: 'A weekly clinic reviews stalking cases with mental health colleagues.',
    organisation: 'kent',
    topics: ['stalking-and-harassment', 'mental-health'],
    purposes: ['prevention', 'reoffending'],
    outcome: 'promising',
    stage: 'evaluated-locally',
    recognition: ['tilley-award'],
    publishedAt: '2023-01-10T10:00:00Z',
    submittedAt: '2022-11-01T10:00:00Z',
  })
  await aPractice(db, {
    title: 'County lines diversion for teenagers',
    summary: 'Youth workers in custody suites offer a way out of exploitation.',
    organisation: 'metropolitan',
    topics: ['child-criminal-exploitation'],
    purposes: ['diversion'],
    outcome: 'new-or-innovative',
    call: 'voice-of-the-victim-2022',
    publishedAt: '2022-08-01T10:00:00Z',
    submittedAt: '2022-06-01T10:00:00Z',
  })
  // Never listed: not published, or not public.
  await aPractice(db, { title: 'Domestic abuse draft not yet sent', status: 'draft', topics: ['domestic-abuse'] })
  await aPractice(db, { title: 'Domestic abuse withdrawn idea', status: 'withdrawn', topics: ['domestic-abuse'] })
  await aPractice(db, { title: 'Domestic abuse covert tactic', visibility: 'policing', topics: ['domestic-abuse'] })
  await aPractice(db, { title: 'Domestic abuse internal review', visibility: 'internal', topics: ['domestic-abuse'] })
})

afterAll(async () => {
  await t?.close()
})

const titles = ($: Parameters<typeof texts>[0]) => texts($, '[data-qa=result-link]')

describe('GET /practices', () => {
  it('lists published public practice, newest first, and nothing else', async () => {
    const { status, $ } = await getPage(t.app, '/practices')
    expect(status).toBe(200)
    expect(titles($)).toEqual([
      'Safer homes after separation',
      'Domestic abuse victims advocacy in custody',
      'Stalking clinic with health partners',
      'County lines diversion for teenagers',
    ])
    expect($('[data-qa=result-count]').text()).toContain('4 practice examples')
  })

  it('finds practice by stemmed words and ranks title matches first', async () => {
    const { $ } = await getPage(t.app, '/practices?q=domestic+abuse+victim')
    // Only two have every word: they come first, then practice with some of the words (issue 11).
    expect(titles($).slice(0, 2)).toEqual([
      'Domestic abuse victims advocacy in custody',
      'Safer homes after separation',
    ])
    expect($('[data-qa=relaxed-notice]').text()).toContain('Only 2 practice examples matched all of your words')
    expect($('[data-qa=result-count]').text()).toContain('for ‘domestic abuse victim’')
  })

  it('understands quoted phrases, "or" and exclusion', async () => {
    expect(titles((await getPage(t.app, '/practices?q=%22abusive+partners%22')).$)).toEqual([
      'Safer homes after separation',
    ])
    expect(titles((await getPage(t.app, '/practices?q=%22partners+abusive%22')).$)).toEqual([])
    expect(titles((await getPage(t.app, '/practices?q=stalking+or+county&sort=title')).$)).toEqual([
      'County lines diversion for teenagers',
      'Stalking clinic with health partners',
    ])
    expect(titles((await getPage(t.app, '/practices?q=domestic+abuse+-custody')).$)).toEqual([
      'Safer homes after separation',
    ])
  })

  it('falls back to any of the words when no practice has them all, and says so', async () => {
    const { $ } = await getPage(t.app, '/practices?q=stalking+giraffes')
    expect(titles($)).toEqual(['Stalking clinic with health partners'])
    expect($('[data-qa=relaxed-notice]').length).toBe(1)
    const strict = await getPage(t.app, '/practices?q=domestic+abuse')
    expect(strict.$('[data-qa=relaxed-notice]').length).toBe(0)
  })

  it('filters within a facet by any option and across facets by all', async () => {
    expect(titles((await getPage(t.app, '/practices?organisation=kent&sort=title')).$)).toEqual([
      'Safer homes after separation',
      'Stalking clinic with health partners',
    ])
    expect(titles((await getPage(t.app, '/practices?organisation=kent&outcome=worked')).$)).toEqual([])
    expect(titles((await getPage(t.app, '/practices?outcome=worked&outcome=new-or-innovative&sort=title')).$)).toEqual([
      'County lines diversion for teenagers',
      'Domestic abuse victims advocacy in custody',
    ])
    expect(titles((await getPage(t.app, '/practices?region=london')).$)).toEqual([
      'County lines diversion for teenagers',
    ])
    expect(titles((await getPage(t.app, '/practices?call=voice-of-the-victim-2022')).$)).toEqual([
      'County lines diversion for teenagers',
    ])
    expect(titles((await getPage(t.app, '/practices?recognised=tilley-award')).$)).toEqual([
      'Stalking clinic with health partners',
    ])
    expect(titles((await getPage(t.app, '/practices?year=2022&sort=title')).$)).toEqual([
      'County lines diversion for teenagers',
      'Stalking clinic with health partners',
    ])
    expect(titles((await getPage(t.app, '/practices?purpose=prevention&stage=evaluated-locally')).$)).toEqual([
      'Stalking clinic with health partners',
    ])
  })

  it('counts each facet with every other filter applied, so options can be added', async () => {
    const { $ } = await getPage(t.app, '/practices?organisation=kent')
    const options = (facet: string) => texts($, `[data-qa=facet-${facet}] .govuk-checkboxes__label`)
    // The organisation facet ignores its own selection: Merseyside and Metropolitan can still be added.
    expect(options('organisation')).toEqual(
      expect.arrayContaining(['Kent Police (2)', 'Merseyside Police (1)', 'Metropolitan Police Service (1)']),
    )
    // Other facets count only Kent's practice.
    expect(options('topic')).toEqual(['Domestic abuse (1)', 'Stalking and harassment (1)', 'Mental health (1)'])
    expect(options('purpose')).toEqual(['Prevention (2)', 'Reoffending (1)'])
    expect(options('region')).toEqual(['South East (2)'])
    expect($('input[name=organisation][value=kent]').is(':checked')).toBe(true)
    expect($('input[name=organisation][value=merseyside]').is(':checked')).toBe(false)
  })

  it('counts each facet of a search with several filters from the practice meeting all the others', async () => {
    // Nothing meets both, yet each facet offers what taking its own filter away would find.
    const none = await getPage(t.app, '/practices?organisation=kent&outcome=worked')
    const optionsOf = ($: typeof none.$, facet: string) => texts($, `[data-qa=facet-${facet}] .govuk-checkboxes__label`)
    expect(titles(none.$)).toEqual([])
    // (A selected option is shown even when it counts none.)
    expect(optionsOf(none.$, 'organisation')).toEqual(['Kent Police (0)', 'Merseyside Police (1)'])
    expect(optionsOf(none.$, 'outcome')).toEqual(['Worked (0)', 'Promising (2)'])
    expect(optionsOf(none.$, 'topic')).toEqual([])

    const three = await getPage(t.app, '/practices?organisation=kent&outcome=promising&purpose=reoffending')
    expect(titles(three.$)).toEqual(['Stalking clinic with health partners'])
    expect(optionsOf(three.$, 'purpose')).toEqual(['Prevention (2)', 'Reoffending (1)'])
    expect(optionsOf(three.$, 'organisation')).toEqual(expect.arrayContaining(['Kent Police (1)']))
    expect(optionsOf(three.$, 'outcome')).toEqual(['Promising (1)'])
    expect(optionsOf(three.$, 'topic')).toEqual(['Stalking and harassment (1)', 'Mental health (1)'])
  })

  it('shows selected filters as tags that each remove one filter', async () => {
    const { $ } = await getPage(t.app, '/practices?q=abuse&organisation=kent&outcome=promising')
    const tags = $('.moj-filter__tag')
      .map((_, a) => ({ text: $(a).text().replace(/\s+/g, ' ').trim(), href: $(a).attr('href') }))
      .get()
    expect(tags).toEqual([
      { text: 'Remove this filter Kent Police', href: '/practices?q=abuse&outcome=promising' },
      { text: 'Remove this filter Promising', href: '/practices?q=abuse&organisation=kent' },
    ])
    expect($('.moj-filter__heading-action a').attr('href')).toBe('/practices?q=abuse')
  })

  it('sorts by title, newest and most viewed', async () => {
    expect(titles((await getPage(t.app, '/practices?sort=title')).$)[0]).toBe('County lines diversion for teenagers')
    expect(titles((await getPage(t.app, '/practices?sort=newest')).$)[0]).toBe('Safer homes after separation')
  })

  it('helps when nothing matches', async () => {
    const { status, $ } = await getPage(t.app, '/practices?q=zebra+crossing&organisation=kent')
    expect(status).toBe(200)
    expect($('[data-qa=no-results]').text()).toContain('There is no practice matching your search')
    expect(
      $('[data-qa=no-results] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/practices?q=zebra+crossing', '/practices?organisation=kent', '/practices'])
  })

  it('refuses a malformed address with a GOV.UK error summary and keeps the words', async () => {
    const { status, $ } = await getPage(t.app, '/practices?q=stalking&page=abc')
    expect(status).toBe(400)
    expect($('title').text()).toMatch(/^Error: /)
    expect($('.govuk-error-summary').text()).toContain('Page must be a whole number')
    expect($('#q').val()).toBe('stalking')
  })

  it('refuses an unknown filter value rather than silently showing nothing', async () => {
    const { status, $ } = await getPage(t.app, '/practices?topic=not-a-topic')
    expect(status).toBe(400)
    expect($('.govuk-error-summary').text()).toContain("Topic 'not-a-topic' is not a known topic")
  })

  it('escapes what the visitor typed', async () => {
    const { response } = await getPage(t.app, '/practices?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(response.body).not.toContain('<script>alert(1)</script>')
    expect(response.body).toContain('&lt;script&gt;')
  })
})

describe("searchPublishedPractices inside a caller's transaction", () => {
  it('finds the same practice and leaves the planner setting as the caller had it', async () => {
    const params = {
      text: parseSearchText('domestic abuse'),
      match: 'all' as const,
      filters: Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as ResolvedFilters,
      visibility: visibilityRuleFor(visitor),
      sort: 'relevance' as const,
      limit: 20,
      offset: 0,
    }
    const outside = await searchPublishedPractices(t.db, params)
    const inside = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = on`)
      const page = await searchPublishedPractices(tx, params)
      const [setting] = await queryRows<{ value: string }>(tx, sql`select current_setting('enable_seqscan') as value`)
      return { page, setting: setting?.value }
    })
    expect(outside.total).toBe(2)
    expect(inside.page).toEqual(outside)
    expect(inside.setting).toBe('on')
  })
})
