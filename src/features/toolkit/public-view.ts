import { dimensions, overallEffectLabels, strengthLabel, type OverallEffect } from './emmie.js'
import type { ToolkitEntryRow } from './repository.js'

const effectLabel = (effect: OverallEffect | null) => (effect ? overallEffectLabels[effect] : 'Not recorded')

/** A row of the public list: effect, strength of evidence and cost each on their own. */
export function listEntryView(row: {
  slug: string
  title: string
  summary: string
  overallEffect: OverallEffect | null
  evidenceStrength: number | null
  economicCostStrength: number | null
  isSample: boolean
  practiceCount: number
}) {
  return {
    ...row,
    overallEffectLabel: effectLabel(row.overallEffect),
    evidenceStrengthLabel: strengthLabel(row.evidenceStrength),
  }
}

/** An entry's page: the headline (effect, strength, cost apart) and every EMMIE dimension with its strength. */
export function entryPageView(entry: ToolkitEntryRow) {
  return {
    slug: entry.slug,
    title: entry.title,
    summary: entry.summary,
    problem: entry.problem,
    population: entry.population,
    url: entry.url,
    isSample: entry.isSample,
    retired: entry.retiredAt !== null,
    overallEffectLabel: effectLabel(entry.overallEffect),
    evidenceStrengthLabel: strengthLabel(entry.evidenceStrength),
    economicCost: entry.economicCost,
    economicCostStrengthLabel: strengthLabel(entry.economicCostStrength),
    dimensions: dimensions.map((d) => ({
      key: d.key,
      label: d.label,
      hint: d.hint,
      text: entry[d.key],
      strengthLabel: strengthLabel(entry[d.strength]),
    })),
  }
}
