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
  const rows = challengeTerms(ref)
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

const SIZE_GROUPS = [
  ['small', 'Small forces'],
  ['medium', 'Medium forces'],
  ['large', 'Large forces'],
  ['other', 'Other organisations'],
] as const

interface Crossed {
  challenge: number
  group: string
  n: number
}

/**
 * How often each challenge was met within groups of practice (by force size, by purpose, by topic),
 * with how many practice examples in each group were asked, so a count can be read against its group.
 * A practice with two purposes counts under both.
 */
async function crossCounts(db: Db, matched: SQL, group: 'size' | 'purpose' | 'topic') {
  const groupBy = {
    size: sql`coalesce(o.size_band, 'other')`,
    purpose: sql`g::text`,
    topic: sql`g::text`,
  }[group]
  const from = {
    size: sql`${matched} m join organisations o on o.id = m.organisation_id`,
    purpose: sql`${matched} m, unnest(m.purpose_ids) g`,
    topic: sql`${matched} m, unnest(m.topic_ids) g`,
  }[group]
  const [met, asked] = await Promise.all([
    queryRows<Crossed>(
      db,
      sql`select v as challenge, ${groupBy} as "group", count(*)::int as n
          from ${from}, unnest(m.challenge_ids) v group by 1, 2`,
    ),
    queryRows<{ group: string; n: number }>(
      db,
      sql`select ${groupBy} as "group", count(*)::int as n from ${from}
          where m.challenge_ids is not null group by 1`,
    ),
  ])
  const count = new Map(met.map((r) => [`${r.challenge}:${r.group}`, r.n]))
  return {
    met: (challenge: number, groupKey: string) => count.get(`${challenge}:${groupKey}`) ?? 0,
    asked: new Map(asked.map((r) => [r.group, r.n])),
  }
}

const challengeTerms = (ref: ReferenceData) => ref.terms.filter((t) => t.taxonomy === 'implementation-challenge')

const askedSentence = (groups: { label: string; n: number }[]) =>
  groups.map((g) => `${g.label.toLowerCase()} ${g.n}`).join(', ')

/** Challenges counted by the size of the force that met them, by purpose and by topic. */
export async function challengeBreakdowns(db: Db, matched: SQL, ref: ReferenceData): Promise<DataTable[]> {
  const challenges = challengeTerms(ref)
  const [bySize, byPurpose, byTopic] = await Promise.all([
    crossCounts(db, matched, 'size'),
    crossCounts(db, matched, 'purpose'),
    crossCounts(db, matched, 'topic'),
  ])
  const tables: DataTable[] = []
  const sizeGroups = SIZE_GROUPS.map(([key, label]) => ({ key, label, n: bySize.asked.get(key) ?? 0 }))
  if (sizeGroups.some((g) => g.n > 0)) {
    tables.push({
      key: 'challenges-by-force-size',
      title: 'Challenges by force size',
      desc: `Practice examples that met each challenge, by the size of the force they came from (small: under 2,000 officers; medium: 2,000 to 3,999; large: 4,000 or more). Asked about their challenges: ${askedSentence(
        sizeGroups,
      )}.`,
      columns: ['Challenge', ...sizeGroups.map((g) => g.label)],
      rows: challenges.map((c) => [c.label, ...sizeGroups.map((g) => bySize.met(c.id, g.key))]),
      chart: null,
    })
  }
  const purposes = ref.terms
    .filter((t) => t.taxonomy === 'purpose')
    .map((t) => ({ key: String(t.id), label: t.label, n: byPurpose.asked.get(String(t.id)) ?? 0 }))
    .filter((p) => p.n > 0)
  if (purposes.length > 0) {
    tables.push({
      key: 'challenges-by-purpose',
      title: 'Challenges by purpose',
      desc: `Practice examples that met each challenge, by the purpose of the practice (a practice with two purposes counts under both). Asked about their challenges: ${askedSentence(
        purposes,
      )}.`,
      columns: ['Challenge', ...purposes.map((p) => p.label)],
      rows: challenges.map((c) => [c.label, ...purposes.map((p) => byPurpose.met(c.id, p.key))]),
      chart: null,
    })
  }
  const topics = ref.terms
    .filter((t) => t.taxonomy === 'topic')
    .map((t) => ({ id: t.id, label: t.label, n: byTopic.asked.get(String(t.id)) ?? 0 }))
    .filter((t) => t.n > 0)
  if (topics.length > 0) {
    const mostMet = (topic: number, place: number) => {
      const ranked = challenges
        .map((c) => ({ label: c.label, n: byTopic.met(c.id, String(topic)) }))
        .filter((c) => c.n > 0)
        .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
      const pick = ranked[place]
      return pick ? `${pick.label} (${pick.n})` : 'None'
    }
    tables.push({
      key: 'challenges-by-topic',
      title: 'Challenges by topic',
      desc: 'For each topic, how many practice examples were asked about their challenges, and the two challenges they met most often (with how many met each).',
      columns: ['Topic', 'Practice examples asked', 'Most often met', 'Next most often met'],
      rows: topics.map((t) => [t.label, t.n, mostMet(t.id, 0), mostMet(t.id, 1)]),
      chart: null,
    })
  }
  return tables
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
