// Browse all, and pages filtered on one facet, read counts the database keeps as practice changes
// (migration 0042) instead of counting every published practice per request. Here the kept counts are compared with counting the matches,
// for six kinds of viewer and every sort order, after each kind of change that moves a count.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import type { VisibilityRule } from '../src/features/access/visibility.js'
import type { ResolvedFilters } from '../src/features/catalogue/facets.js'
import {
  addPracticeViews,
  countMatches,
  searchPublishedPractices,
  type SearchPage,
} from '../src/features/catalogue/repository.js'
import { facetNames, sortOrders } from '../src/features/catalogue/search-query.js'
import { createTestApp, type TestApp } from './support/app.js'
import { aCall, aPractice } from './support/factories.js'
import { aUser } from './support/users.js'

let t: TestApp
let ownerId = 0

beforeAll(async () => {
  t = await createTestApp()
  const owner = await aUser(t.db, { email: 'counted.owner@example.org' })
  ownerId = owner.id
  const call = await aCall(t.db, { slug: 'counted-call', title: 'A call the counts follow' })
  await aPractice(t.db, {
    title: 'Counted advocacy',
    slug: 'counted-advocacy',
    organisation: 'merseyside',
    topics: ['domestic-abuse', 'victims-and-witnesses'],
    purposes: ['investigation'],
    outcome: 'worked',
    stage: 'independently-evaluated',
    call: call.slug,
    submittedAt: '2022-12-31T23:30:00Z',
    publishedAt: '2023-02-01T10:00:00Z',
  })
  await aPractice(t.db, {
    title: 'Counted clinic',
    slug: 'counted-clinic',
    organisation: 'kent',
    visibility: 'policing',
    topics: ['stalking-and-harassment'],
    purposes: ['prevention', 'reoffending'],
    recognition: ['tilley-award'],
    outcome: 'promising',
    publishedAt: '2024-06-01T10:00:00Z',
  })
  await aPractice(t.db, {
    title: 'Counted pilot of the owner',
    slug: 'counted-owner-pilot',
    organisation: 'kent',
    visibility: 'internal',
    topics: ['mental-health'],
    submittedByUserId: owner.id,
    publishedAt: '2024-07-01T10:00:00Z',
  })
  await aPractice(t.db, { title: 'Counted staff note', slug: 'counted-internal', visibility: 'internal' })
  await aPractice(t.db, { title: 'Counted draft', slug: 'counted-draft', status: 'draft', topics: ['domestic-abuse'] })
  await t.db.execute(
    sql`insert into toolkit_entries (slug, title, summary, overall_effect, evidence_strength, effect, effect_strength, is_sample)
        values ('counted-lighting', 'Lighting', 'Better lighting.', 'reduces-crime', 3, 'Crime fell.', 3, true)`,
  )
})

afterAll(async () => {
  await t?.close()
})

const noFilters = Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as ResolvedFilters

function viewers(): Record<string, VisibilityRule> {
  return {
    visitor: { visibilities: ['public'], ownerUserId: null },
    'signed-in partner': { visibilities: ['public'], ownerUserId: ownerId + 1000 },
    'owner of internal practice': { visibilities: ['public'], ownerUserId: ownerId },
    'police member': { visibilities: ['public', 'policing'], ownerUserId: null },
    'police member who owns it': { visibilities: ['public', 'policing'], ownerUserId: ownerId },
    reviewer: { visibilities: ['public', 'policing', 'internal'], ownerUserId: ownerId },
  }
}

const sorted = (page: SearchPage) => ({
  ...page,
  facets: [...page.facets].sort((a, b) => `${a.facet}:${a.value}`.localeCompare(`${b.facet}:${b.value}`)),
})

/** The filters of the pages without words that read kept counts: none, and one facet at a time. */
async function keptCountFilters(): Promise<[string, ResolvedFilters][]> {
  const ids = async (taxonomy: string, keys: string[]) =>
    (
      await queryRows<{ id: number }>(
        t.db,
        sql`select id from taxonomy_terms where taxonomy = ${taxonomy} and key = any(${`{${keys.join(',')}}`}::text[])`,
      )
    ).map((r) => r.id)
  const [kent] = await queryRows<{ id: number }>(t.db, sql`select id from organisations where code = 'kent'`)
  const one = (name: keyof ResolvedFilters, values: (number | string)[]): [string, ResolvedFilters] => [
    `${name} ${values.join(' or ')}`,
    { ...noFilters, [name]: values },
  ]
  return [
    ['no filter', noFilters],
    one('topic', await ids('topic', ['domestic-abuse', 'mental-health'])),
    one('purpose', await ids('purpose', ['prevention'])),
    one('recognised', await ids('recognised-practice', ['tilley-award'])),
    one('outcome', await ids('outcome-category', ['promising'])),
    one('organisation', [kent?.id ?? 0]),
    one('region', ['south-east', 'wales']),
    one('year', [2022, 2024]),
    one('evidence', ['yes']),
  ]
}

/**
 * Browse all and one-facet pages from the kept counts equal counting the matches, for every viewer, sort
 * and a second page.
 */
async function expectKeptCountsAgree(after: string): Promise<void> {
  const filterSets = await keptCountFilters()
  for (const [who, visibility] of Object.entries(viewers())) {
    for (const [filtered, filters] of filterSets) {
      // Every order for browse all; the page of a filtered one is read by the same code as any search's.
      const sorts = filtered === 'no filter' ? sortOrders.filter((s) => s !== 'relevance') : (['title'] as const)
      for (const sort of sorts) {
        for (const [limit, offset] of [
          [20, 0],
          [2, 1],
        ] as const) {
          const params = { text: null, match: 'all' as const, filters, visibility, sort, limit, offset }
          const kept = await searchPublishedPractices(t.db, params)
          const counted = await countMatches(t.db, params)
          expect(sorted(kept), `${after}: ${who}, ${filtered}, ${sort}, offset ${offset}`).toEqual(sorted(counted))
        }
      }
    }
  }
  const [left] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from catalogue_facet_counts where n <= 0`,
  )
  expect(left?.n, 'no count at zero or below is kept').toBe(0)
}

const totalFor = async (visibility: VisibilityRule) =>
  (
    await searchPublishedPractices(t.db, {
      text: null,
      match: 'all',
      filters: noFilters,
      visibility,
      sort: 'newest',
      limit: 1,
      offset: 0,
    })
  ).total

describe('counts kept for browse all', () => {
  it('agree with counting the matches from the start, and count what each viewer may read', async () => {
    await expectKeptCountsAgree('at the start')
    const all = viewers()
    expect(await totalFor(all.visitor as VisibilityRule)).toBe(1)
    expect(await totalFor(all['owner of internal practice'] as VisibilityRule)).toBe(2)
    expect(await totalFor(all['police member'] as VisibilityRule)).toBe(2)
    expect(await totalFor(all.reviewer as VisibilityRule)).toBe(4)
  })

  it('follow publishing, narrowing, reclassifying, unpublishing and deleting', async () => {
    await t.db.execute(
      sql`update practices set status = 'published', published_at = now() where slug = 'counted-draft'`,
    )
    await expectKeptCountsAgree('after a draft is published')
    await t.db.execute(sql`update practices set visibility = 'policing' where slug = 'counted-advocacy'`)
    await expectKeptCountsAgree('after narrowing to policing')
    await t.db.execute(
      sql`update practices set topic_ids = (select array_agg(id) from taxonomy_terms
            where taxonomy = 'topic' and key in ('mental-health', 'missing-persons')),
            stage_id = null, outcome_id = (select id from taxonomy_terms where key = 'promising'),
            submitted_at = '2021-03-01T10:00:00Z'
          where slug = 'counted-clinic'`,
    )
    await expectKeptCountsAgree('after reclassifying')
    await t.db.execute(sql`update practices set status = 'archived' where slug = 'counted-clinic'`)
    await expectKeptCountsAgree('after unpublishing')
    await t.db.execute(sql`delete from practices where slug = 'counted-internal'`)
    await expectKeptCountsAgree('after deleting')
  })

  it('follow Toolkit links, an organisation moving region, and practice inserted several at once', async () => {
    await t.db.execute(sql`insert into practice_toolkit_links (practice_id, toolkit_entry_id, note)
      select p.id, e.id, 'Relevant' from practices p, toolkit_entries e
      where p.slug in ('counted-advocacy', 'counted-owner-pilot') and e.slug = 'counted-lighting'`)
    await expectKeptCountsAgree('after linking to the Toolkit')
    await t.db.execute(sql`delete from practice_toolkit_links where practice_id = (
      select id from practices where slug = 'counted-advocacy')`)
    await expectKeptCountsAgree('after a link is removed')
    await t.db.execute(sql`update organisations set region = 'wales' where code = 'merseyside'`)
    await expectKeptCountsAgree('after an organisation moves region')
    await t.db.execute(sql`insert into practices (slug, title, summary, organisation_id, status, visibility,
        consent_publication, submitted_at, published_at, topic_ids)
      select 'counted-batch-' || n, 'Counted batch ' || n, 'One of several.', o.id, 'published',
        case when n % 2 = 0 then 'public' else 'policing' end, 'public', now(), now() - n * interval '1 day',
        array[(select id from taxonomy_terms where key = 'domestic-abuse')]
      from generate_series(1, 5) n, organisations o where o.code = 'kent'`)
    await expectKeptCountsAgree('after five practices inserted in one statement')
  })

  it('do not change when a view is counted', async () => {
    const before = await queryRows<{ n: number }>(t.db, sql`select sum(n)::int as n from catalogue_facet_counts`)
    const published = await queryRows<{ id: number }>(t.db, sql`select id from practices where status = 'published'`)
    await addPracticeViews(t.db, new Map(published.map((p) => [p.id, 3])))
    expect(await queryRows(t.db, sql`select sum(n)::int as n from catalogue_facet_counts`)).toEqual(before)
    await expectKeptCountsAgree('after views are counted')
  })

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'stay right when many changes commit at once on PostgreSQL, each in its own transaction',
    async () => {
      const batch = await queryRows<{ id: number }>(
        t.db,
        sql`select id from practices where slug like 'counted-batch-%' order by id`,
      )
      await Promise.all(
        batch.flatMap(({ id }, i) => [
          t.db.transaction(async (tx) => {
            await tx.execute(sql`update practices set visibility = 'internal' where id = ${id}`)
            await tx.execute(sql`update practices set purpose_ids = (select array_agg(id) from (
                select id from taxonomy_terms where taxonomy = 'purpose' order by id limit ${i + 1}) first)
              where id = ${id}`)
          }),
          addPracticeViews(t.db, new Map([[id, 1]])),
          t.db.transaction(async (tx) => {
            await tx.execute(sql`insert into practice_toolkit_links (practice_id, toolkit_entry_id, note)
              select ${id}, e.id, 'At once' from toolkit_entries e where e.slug = 'counted-lighting'`)
          }),
        ]),
      )
      await expectKeptCountsAgree('after changes committed at once')
    },
  )
})
