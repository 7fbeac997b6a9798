import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { hasRole, visibilityRuleFor, type Viewer } from '../access/visibility.js'
import type { SearchQuery, ParameterError } from '../catalogue/search-query.js'
import { searchHref } from '../catalogue/search-query.js'
import type { ResultCache } from '../catalogue/result-cache.js'
import type { CatalogueService } from '../catalogue/service.js'
import type { ReferenceService } from '../reference/service.js'
import { statusLabels } from '../review/rules.js'
import type { PracticeStatus } from '../../db/schema/index.js'
import { breakdownTable, byQuarter, days, fillMonths, turnaroundTable, type BreakdownSpec } from './figures.js'
import {
  countBreakdowns,
  countByMonthSubmitted,
  countByStatus,
  mostViewed,
  queueAge,
  responsesByForce,
  turnaroundByMonth,
} from './repository.js'
import { challengeBreakdowns, challengeFigures, spreadTables, type ChallengeFigures } from './spread-and-challenges.js'
import { withChart, type DataTable } from './tables.js'

/** Reviewers and admins see submissions and internal practice; everyone else the public figures. */
export const isStaff = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

export const practiceBreakdowns: BreakdownSpec[] = [
  { key: 'purpose', name: 'purpose', title: 'Practice by purpose', heading: 'Purpose', zeros: true },
  { key: 'topic', name: 'topic', title: 'Practice by topic', heading: 'Topic', zeros: true },
  { key: 'outcome', name: 'outcome', title: 'Practice by outcome', heading: 'Outcome', zeros: true },
  { key: 'stage', name: 'stage', title: 'Practice by stage of practice', heading: 'Stage of practice', zeros: true },
  { key: 'region', name: 'region', title: 'Practice by region', heading: 'Region', zeros: true },
  { key: 'force', name: 'organisation', title: 'Practice by force', heading: 'Force or body', zeros: false },
]

export interface Dashboard {
  query: SearchQuery
  total: number
  relaxed: boolean
  staff: boolean
  searchHref: string
  practice: DataTable[]
  /** the most frequent implementation challenge, in the words of practice that met it */
  challengeQuotes: ChallengeFigures['quoted']
  staffTables: DataTable[]
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] }

export class InsightService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly catalogue: CatalogueService,
    private readonly cache: ResultCache,
  ) {}

  /** The figures for these filters as this viewer may see them (remembered while nothing changes). */
  async dashboard(query: SearchQuery, viewer: Viewer): Promise<Outcome<Dashboard>> {
    const key = { query, rule: visibilityRuleFor(viewer), staff: isStaff(viewer) }
    return this.cache.through('insight', key, () => this.dashboardNow(query, viewer))
  }

  private async dashboardNow(query: SearchQuery, viewer: Viewer): Promise<Outcome<Dashboard>> {
    const matched = await this.catalogue.matchedSet(query, viewer)
    if (!matched.ok) return matched
    const { set } = matched
    const ref = await this.reference.get()
    const counts = await countBreakdowns(this.db, set.visible)
    const practice = practiceBreakdowns.map((spec) => breakdownTable(spec, counts, ref, query))
    const viewed = await mostViewed(this.db, set.visible, 10)
    practice.push(
      withChart({
        key: 'most-viewed',
        title: 'Most-viewed practice',
        desc: 'The ten practice examples matching the filters that have been opened most often.',
        columns: ['Practice', 'Force or body', 'Views'],
        rows: viewed.map((p) => [p.title, p.organisation, p.viewCount]),
        links: viewed.map((p) => `/practices/${p.slug}`),
        chart: 'bar',
        chartColumn: 2,
      }),
    )
    const challenges = await challengeFigures(this.db, set.visible, ref)
    practice.push(
      challenges.table,
      ...(await challengeBreakdowns(this.db, set.visible, ref)),
      ...(await spreadTables(this.db, set.visible)),
    )
    const staff = isStaff(viewer)
    const base = {
      query,
      total: set.total,
      relaxed: set.relaxed,
      staff,
      searchHref: searchHref(query, { sort: null }),
      practice,
      challengeQuotes: challenges.quoted,
    }
    if (!staff) return { ok: true, value: { ...base, staffTables: [] } }
    return { ok: true, value: { ...base, ...(await this.staffFigures(set.submissions, query)) } }
  }

  private async staffFigures(submissions: SQL, query: SearchQuery) {
    const ref = await this.reference.get()
    const months = fillMonths(await countByMonthSubmitted(this.db, submissions))
    const counts = await countBreakdowns(this.db, submissions)
    const statuses = await countByStatus(this.db, submissions)
    const tables: DataTable[] = [
      withChart({
        key: 'submissions-by-month',
        title: 'Submissions by month',
        desc: 'Practice sent in for review each month (London time), whatever happened to it since.',
        columns: ['Month', 'Submissions'],
        rows: months.map((m) => [m.month, m.n]),
        chart: 'column',
      }),
      withChart({
        key: 'submissions-by-quarter',
        title: 'Submissions by quarter',
        desc: 'Practice sent in for review each quarter of the calendar year.',
        columns: ['Quarter', 'Submissions'],
        rows: byQuarter(months).map((q) => [q.quarter, q.n]),
        chart: 'column',
      }),
      breakdownTable(
        { key: 'submissions-by-call', name: 'call', title: 'Submissions by call', heading: 'Call', zeros: true },
        counts,
        ref,
        query,
        'Submissions',
      ),
      withChart({
        key: 'submissions-by-status',
        title: 'Submissions by status',
        desc: 'Where each submission matching the filters stands now.',
        columns: ['Status', 'Submissions'],
        rows: statuses
          .sort((a, b) => b.n - a.n)
          .map((s) => [statusLabels[s.status as PracticeStatus] ?? s.status, s.n]),
        chart: 'bar',
      }),
      turnaroundTable(
        await turnaroundByMonth(this.db, submissions, 'decided_at'),
        await turnaroundByMonth(this.db, submissions, 'published_at'),
      ),
    ]
    const callSlug = query.filters.call.length === 1 ? query.filters.call[0] : null
    const call =
      ref.calls.find((c) => c.slug === callSlug) ?? [...ref.calls].sort((a, b) => b.opensOn.localeCompare(a.opensOn))[0]
    if (call) {
      const responses = await responsesByForce(this.db, submissions, call.id)
      const silent = responses.filter((r) => r.n === 0).length
      tables.push(
        withChart({
          key: 'call-responses',
          title: `Responses to ${call.title} (${call.year}) by force`,
          desc: `Submissions each force sent to the call; ${silent} of ${responses.length} forces have sent none.`,
          columns: ['Force', 'Submissions to the call'],
          rows: responses.map((r) => [r.name, r.n]),
          links: responses.map((r) => `/insight/forces/${r.code}`),
          chart: 'bar',
        }),
      )
    }
    const queue = await queueAge(this.db, submissions)
    tables.splice(5, 0, {
      key: 'queue',
      title: 'The queue now',
      desc: 'Submissions waiting for a reviewer or for their contributor today, and how long they have waited.',
      columns: ['Waiting now', 'Median days waiting', '90th percentile days waiting', 'Longest wait in days'],
      rows: [[queue.n, days(queue.median), days(queue.p90), days(queue.oldest)]],
      chart: null,
    })
    return { staffTables: tables }
  }
}
