import type { Db } from '../../db/client.js'
import { regions } from '../../db/seed/reference-data.js'
import type { toolkitEntries } from '../../db/schema/index.js'
import { visibilityRuleFor, type Viewer } from '../access/visibility.js'
import type { CallsService } from '../calls/service.js'
import { regionLabel } from '../catalogue/practice-view.js'
import type { ReferenceService } from '../reference/service.js'
import { dimensions, overallEffectLabels, strengthLabel } from '../toolkit/emmie.js'
import { findLinkedPractice, findLiveTerms, findToolkitEntries, findToolkitEntry } from './repository.js'

type ToolkitEntry = typeof toolkitEntries.$inferSelect
type CallRow = Awaited<ReturnType<CallsService['list']>>[number]

const callView = (call: CallRow) => ({
  slug: call.slug,
  title: call.title,
  theme: call.theme,
  year: call.year,
  opensOn: call.opensOn,
  closesOn: call.closesOn,
  state: call.state,
  submissionsReceived: call.submissionsReceived,
  practicePublished: call.practicePublished,
  topics: call.topics,
  url: `/calls/${call.slug}`,
})

const entrySummary = (entry: ToolkitEntry, practiceCount: number) => ({
  slug: entry.slug,
  title: entry.title,
  summary: entry.summary,
  overallEffect: entry.overallEffect,
  overallEffectLabel: entry.overallEffect ? overallEffectLabels[entry.overallEffect] : null,
  evidenceStrength: entry.evidenceStrength,
  evidenceStrengthLabel: strengthLabel(entry.evidenceStrength),
  isSample: entry.isSample,
  retired: entry.retiredAt !== null,
  practiceCount,
})

/**
 * The reference data a partner system needs beside the catalogue: calls, organisations, taxonomies
 * and What Works Toolkit entries. Anything that counts or lists practice asks visibilityRuleFor.
 */
export class ApiReadService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly calls: CallsService,
  ) {}

  async listCalls(viewer: Viewer) {
    return (await this.calls.list(viewer)).map(callView)
  }

  async findCall(slug: string, viewer: Viewer) {
    const call = await this.calls.find(slug, viewer)
    if (!call) return null
    return { ...callView(call), guidance: call.guidance, questions: call.questions }
  }

  async organisations(kind: string | undefined) {
    const ref = await this.reference.get()
    return ref.organisations
      .filter((o) => kind === undefined || o.kind === kind)
      .map((o) => ({ code: o.code, name: o.name, kind: o.kind, region: regionLabel(o.region) }))
  }

  async taxonomies() {
    const terms = await findLiveTerms(this.db)
    const byName = new Map<string, { key: string; label: string }[]>()
    for (const term of terms) {
      const list = byName.get(term.taxonomy) ?? []
      list.push({ key: term.key, label: term.label })
      byName.set(term.taxonomy, list)
    }
    byName.set(
      'region',
      regions.map((r) => ({ key: r.key, label: r.label })),
    )
    return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, terms: list }))
  }

  async toolkitEntries(viewer: Viewer, includeRetired: boolean) {
    const rows = await findToolkitEntries(this.db, visibilityRuleFor(viewer), includeRetired)
    return rows.map((row) => entrySummary(row.entry, row.practiceCount))
  }

  async toolkitEntry(slug: string, viewer: Viewer) {
    const rule = visibilityRuleFor(viewer)
    const row = await findToolkitEntry(this.db, slug, rule)
    if (!row) return null
    const { entry } = row
    return {
      ...entrySummary(entry, row.practiceCount),
      problem: entry.problem,
      population: entry.population,
      dimensions: dimensions.map((d) => ({
        key: d.key,
        label: d.label,
        text: entry[d.key],
        strength: entry[d.strength],
        strengthLabel: strengthLabel(entry[d.strength]),
      })),
      url: entry.url,
      updatedAt: entry.updatedAt.toISOString(),
      practice: (await findLinkedPractice(this.db, entry.id, rule)).map((p) => ({
        ...p,
        url: `/practices/${p.slug}`,
      })),
    }
  }
}
