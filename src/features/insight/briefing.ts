import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { regions } from '../../db/seed/reference-data.js'
import { hasRole, type Viewer } from '../access/visibility.js'
import type { SearchQuery } from '../catalogue/search-query.js'
import type { CatalogueService } from '../catalogue/service.js'
import type { ReferenceService } from '../reference/service.js'
import { breakdownTable } from './figures.js'
import { countBreakdowns, countGovernmentConsent, narrowed, newestFirst, topicRegionPairs } from './repository.js'
import type { Outcome } from './service.js'
import type { DataTable } from './tables.js'

/**
 * Who may make a briefing: reviewers, admins and force leads, the people who meet government
 * departments and portfolio leads for the programme. It counts what the person may see themselves.
 */
export function mayBrief(viewer: Viewer): boolean {
  if (viewer.kind !== 'user') return false
  return hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin') || viewer.user.leadsOrganisationIds.length > 0
}

export interface Briefing {
  query: SearchQuery
  /** what the search finds for these filters */
  total: number
  /** of those, the ones whose contributors agreed to discussion with government */
  included: number
  leftOut: number
  outcomes: DataTable
  gaps: DataTable
  examples: DataTable
  summaries: string[]
}

const EXAMPLES = 10

export class BriefingService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly catalogue: CatalogueService,
  ) {}

  async briefing(query: SearchQuery, viewer: Viewer): Promise<Outcome<Briefing>> {
    const matched = await this.catalogue.matchedSet(query, viewer)
    if (!matched.ok) return matched
    const ref = await this.reference.get()
    const consent = await countGovernmentConsent(this.db, matched.set.visible)
    // Only practice whose contributors agreed to discussion with government goes into a briefing.
    const agreed = narrowed(matched.set.visible, sql`m.consent_government is true`)
    const outcomes = breakdownTable(
      { key: 'outcomes', name: 'outcome', title: 'Outcome mix', heading: 'Outcome', zeros: true },
      await countBreakdowns(this.db, agreed),
      ref,
      query,
    )
    const pairs = new Set((await topicRegionPairs(this.db, agreed)).map((p) => `${p.topicId}:${p.region}`))
    const topicKeys = new Set(query.filters.topic)
    const topics = ref.terms.filter((t) => t.taxonomy === 'topic' && (topicKeys.size === 0 || topicKeys.has(t.key)))
    const areas = regions.filter((r) => r.key !== 'national')
    const gapRows = topics
      .map((topic) => ({ topic: topic.label, missing: areas.filter((r) => !pairs.has(`${topic.id}:${r.key}`)) }))
      .filter((row) => row.missing.length > 0)
      .sort((a, b) => b.missing.length - a.missing.length || a.topic.localeCompare(b.topic))
    const promising = ref.terms
      .filter((t) => t.taxonomy === 'outcome-category' && (t.key === 'worked' || t.key === 'promising'))
      .map((t) => t.id)
    const examples = await newestFirst(
      this.db,
      agreed,
      sql`m.outcome_id = any(${`{${promising.join(',')}}`}::int[])`,
      EXAMPLES,
    )
    return {
      ok: true,
      value: {
        query,
        total: consent.total,
        included: consent.agreed,
        leftOut: consent.total - consent.agreed,
        outcomes,
        gaps: {
          key: 'gaps',
          title: 'Gaps: topics with no practice in a region',
          desc: 'For each topic, the regions from which there is no practice that may be discussed with government.',
          columns: ['Topic', 'Regions with none', 'How many regions'],
          rows: gapRows.map((g) => [g.topic, g.missing.map((r) => r.label).join(', '), g.missing.length]),
          chart: null,
        },
        examples: {
          key: 'examples',
          title: 'The most promising examples',
          desc: 'Practice that worked or is promising, most recently published first.',
          columns: ['Practice', 'Force or body', 'Outcome', 'Published', 'Summary'],
          rows: examples.map((e) => [
            e.title,
            e.organisation,
            (e.outcomeId && ref.termById.get(e.outcomeId)?.label) ?? '',
            e.publishedAt ? e.publishedAt.slice(0, 10) : '',
            e.summary,
          ]),
          links: examples.map((e) => `/practices/${e.slug}`),
          chart: null,
        },
        summaries: examples.map((e) => e.summary),
      },
    }
  }
}
