import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import type { ReferenceData } from '../reference/types.js'
import { withChart, type DataTable } from './tables.js'

/**
 * Figures on what forces found hard and on how practice spreads, over `matched` (the search's own
 * matched practice, see CatalogueService.matchedSet), so they count what the search finds.
 */

export interface ChallengeQuote {
  title: string
  slug: string
  organisation: string
  text: string
}

export interface ChallengeFigures {
  table: DataTable
  /** the most frequent challenge, and what practice that met it wrote about its challenges */
  quoted: { challenge: string; quotes: ChallengeQuote[] } | null
}

const QUOTE_LENGTH = 300

const shorten = (text: string) =>
  text.length <= QUOTE_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', QUOTE_LENGTH))} …`

/** Implementation challenges met, with how many practice examples were never asked the question. */
export async function challengeFigures(db: Db, matched: SQL, ref: ReferenceData): Promise<ChallengeFigures> {
  const counts = await queryRows<{ value: number; n: number }>(
    db,
    sql`select v as value, count(*)::int as n from ${matched} m, unnest(m.challenge_ids) v group by v`,
  )
  const [asked] = await queryRows<{ asked: number; not_asked: number }>(
    db,
    sql`select count(*) filter (where challenge_ids is not null)::int as asked,
               count(*) filter (where challenge_ids is null)::int as not_asked from ${matched} m`,
  )
  const byId = new Map(counts.map((c) => [c.value, c.n]))
  const rows = ref.terms
    .filter((t) => t.taxonomy === 'implementation-challenge')
    .map((t) => ({ id: t.id, label: t.label, n: byId.get(t.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
  const table = withChart({
    key: 'challenges',
    title: 'Implementation challenges met',
    desc: `How many of the ${asked?.asked ?? 0} practice examples asked about their challenges met each one; ${
      asked?.not_asked ?? 0
    } were sent before the question was asked.`,
    columns: ['Challenge', 'Practice examples'],
    rows: rows.map((r) => [r.label, r.n]),
    chart: 'bar',
  })
  const top = rows[0]
  if (!top || top.n === 0) return { table, quoted: null }
  const quotes = await queryRows<{ title: string; slug: string; organisation: string; text: string }>(
    db,
    sql`select m.title, m.slug, o.name as organisation, m.implementation_challenges as text
        from ${matched} m join organisations o on o.id = m.organisation_id
        where m.challenge_ids @> array[${top.id}]::int[] and coalesce(m.implementation_challenges, '') <> ''
        order by m.published_at desc nulls last, m.id desc limit 3`,
  )
  return {
    table,
    quoted: { challenge: top.label, quotes: quotes.map((q) => ({ ...q, text: shorten(q.text) })) },
  }
}

/**
 * The most-adopted practice, and adoptions recorded each month (adopted or adapted, not removed);
 * a table with nothing in it is left out, as the other figures leave out forces with none.
 */
export async function spreadTables(db: Db, matched: SQL): Promise<DataTable[]> {
  const most = await queryRows<{ slug: string; title: string; n: number }>(
    db,
    sql`select m.slug, m.title, m.adoption_count::int as n from ${matched} m
        where m.adoption_count > 0 order by m.adoption_count desc, m.title limit 10`,
  )
  const months = await queryRows<{ month: string; n: number }>(
    db,
    sql`select to_char(ad.created_at at time zone 'Europe/London', 'YYYY-MM') as month, count(*)::int as n
        from ${matched} m join adoptions ad on ad.practice_id = m.id
        where ad.removed_at is null and ad.kind in ('adopted', 'adapted') group by 1 order by 1`,
  )
  const tables = [
    withChart({
      key: 'most-adopted',
      title: 'Most-adopted practice',
      desc: 'The practice examples matching the filters that the most other forces have adopted or adapted.',
      columns: ['Practice', 'Forces that adopted or adapted it'],
      rows: most.map((p) => [p.title, p.n]),
      links: most.map((p) => `/practices/${p.slug}`),
      chart: 'bar',
    }),
    withChart({
      key: 'adoptions-by-month',
      title: 'Adoptions by month',
      desc: 'Records of a force adopting or adapting practice matching the filters, by the month they were made.',
      columns: ['Month', 'Adoptions'],
      rows: months.map((m) => [m.month, m.n]),
      chart: 'column',
    }),
  ]
  return tables.filter((table) => table.rows.length > 0)
}
