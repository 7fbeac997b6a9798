import type { Db } from '../../db/client.js'
import type { PracticeStatus } from '../../db/schema/index.js'
import type { Viewer } from '../access/visibility.js'
import { emptyFilters, type SearchQuery } from '../catalogue/search-query.js'
import type { CatalogueService } from '../catalogue/service.js'
import type { OrganisationRef } from '../reference/types.js'
import type { ReferenceService } from '../reference/service.js'
import { statusLabels } from '../review/rules.js'
import { regions } from '../../db/seed/reference-data.js'
import { countBreakdowns, countByStatus, newestFirst } from './repository.js'
import { isStaff } from './service.js'
import { withChart, type DataTable } from './tables.js'
import { sql } from 'drizzle-orm'

export interface ForceDashboard {
  organisation: OrganisationRef
  regionLabel: string
  tables: DataTable[]
}

/** Who may read a force's dashboard: reviewers, admins and that force's force leads. */
export function mayReadForce(viewer: Viewer, organisationId: number): boolean {
  if (viewer.kind !== 'user') return false
  return isStaff(viewer) || viewer.user.leadsOrganisationIds.includes(organisationId)
}

const queryFor = (filters: Partial<SearchQuery['filters']>): SearchQuery => ({
  q: null,
  filters: { ...emptyFilters(), ...filters },
  sort: null,
  page: 1,
})

export class ForceInsightService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly catalogue: CatalogueService,
  ) {}

  async findForce(code: string): Promise<OrganisationRef | null> {
    const ref = await this.reference.get()
    return ref.organisations.find((o) => o.code === code && (o.kind === 'force' || o.kind === 'national-body')) ?? null
  }

  /** The force's submissions, its published practice with views, and its region's forces side by side. */
  async dashboard(organisation: OrganisationRef, viewer: Viewer): Promise<ForceDashboard> {
    const ref = await this.reference.get()
    const own = await this.catalogue.matchedSet(queryFor({ organisation: [organisation.code] }), viewer)
    if (!own.ok) throw new Error('a known organisation cannot fail validation')
    const statuses = await countByStatus(this.db, own.set.submissions)
    const published = await newestFirst(this.db, own.set.visible, sql`true`, 200)
    const tables: DataTable[] = [
      withChart({
        key: 'submissions-by-status',
        title: 'Submissions by status',
        desc: `Practice ${organisation.name} has sent in, by where it stands now.`,
        columns: ['Status', 'Submissions'],
        rows: statuses
          .sort((a, b) => b.n - a.n)
          .map((s) => [statusLabels[s.status as PracticeStatus] ?? s.status, s.n]),
        chart: 'bar',
      }),
      {
        key: 'published',
        title: 'Published practice and its views',
        desc: `Practice from ${organisation.name} in the bank, newest first, with how often each was opened.`,
        columns: ['Practice', 'Published', 'Shown to', 'Views'],
        rows: published.map((p) => [
          p.title,
          p.publishedAt ? p.publishedAt.slice(0, 10) : '',
          p.visibility,
          p.viewCount,
        ]),
        links: published.map((p) => `/practices/${p.slug}`),
        chart: null,
      },
    ]
    const regionLabel = regions.find((r) => r.key === organisation.region)?.label ?? 'No region'
    if (organisation.region) {
      const region = await this.catalogue.matchedSet(queryFor({ region: [organisation.region] }), viewer)
      if (!region.ok) throw new Error('a known region cannot fail validation')
      const counts = await countBreakdowns(this.db, region.set.visible)
      const byId = new Map(counts.filter((c) => c.name === 'organisation').map((c) => [Number(c.value), c.n]))
      const neighbours = ref.organisations
        .filter((o) => o.region === organisation.region && o.kind === organisation.kind)
        .map((o) => ({ name: o.name, n: byId.get(o.id) ?? 0 }))
        .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
      tables.push(
        withChart({
          key: 'region',
          title: `Published practice across ${regionLabel}`,
          desc: `Published practice from each force in ${regionLabel}, ${organisation.name} among them.`,
          columns: ['Force', 'Published practice'],
          rows: neighbours.map((n) => [n.name, n.n]),
          chart: 'bar',
        }),
      )
    }
    return { organisation, regionLabel, tables }
  }
}
