import { overallEffects, type OverallEffect } from '../../db/schema/index.js'

export { overallEffects, type OverallEffect }

/** The overall effect, as the Toolkit states it. */
export const overallEffectLabels: Record<OverallEffect, string> = {
  'reduces-crime': 'Reduces crime',
  mixed: 'Mixed effect',
  'no-reliable-effect': 'No reliable effect',
  'increases-crime': 'Increases crime',
}

/** Strength of evidence, 0 to 4: the Toolkit's scale, one value per dimension and one overall. */
export const strengthLabels = ['No reliable evidence', 'Limited', 'Moderate', 'Strong', 'Very strong'] as const
export const MAX_STRENGTH = strengthLabels.length - 1

export function strengthLabel(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'Not rated'
  return `${value} out of ${MAX_STRENGTH}: ${strengthLabels[value] ?? ''}`.trim()
}

/**
 * The five EMMIE dimensions: for each, what the evidence says (`text`) and how strong that evidence
 * is (`strength`). The order is the Toolkit's; forms, the CSV, the admin pages and the practice page
 * all follow it.
 */
export const dimensions = [
  { key: 'effect', strength: 'effectStrength', csv: 'effect', label: 'Effect', hint: 'What happened to crime' },
  {
    key: 'mechanism',
    strength: 'mechanismStrength',
    csv: 'mechanism',
    label: 'Mechanism',
    hint: 'How it is thought to work',
  },
  {
    key: 'moderators',
    strength: 'moderatorsStrength',
    csv: 'moderators',
    label: 'Moderators',
    hint: 'Where and for whom it works best or not at all',
  },
  {
    key: 'implementation',
    strength: 'implementationStrength',
    csv: 'implementation',
    label: 'Implementation',
    hint: 'What it takes to put in place',
  },
  {
    key: 'economicCost',
    strength: 'economicCostStrength',
    csv: 'economic_cost',
    label: 'Economic cost',
    hint: 'What it costs and what it saves',
  },
] as const

export type DimensionKey = (typeof dimensions)[number]['key']
export type StrengthKey = (typeof dimensions)[number]['strength']

/** Everything an admin (or an import) says about an intervention: the editable fields. */
export interface ToolkitFields {
  title: string
  summary: string
  overallEffect: OverallEffect | null
  evidenceStrength: number | null
  problem: string
  population: string
  effect: string
  effectStrength: number | null
  mechanism: string
  mechanismStrength: number | null
  moderators: string
  moderatorsStrength: number | null
  implementation: string
  implementationStrength: number | null
  economicCost: string
  economicCostStrength: number | null
  url: string | null
}

export const fieldKeys = [
  'title',
  'summary',
  'overallEffect',
  'evidenceStrength',
  'problem',
  'population',
  'effect',
  'effectStrength',
  'mechanism',
  'mechanismStrength',
  'moderators',
  'moderatorsStrength',
  'implementation',
  'implementationStrength',
  'economicCost',
  'economicCostStrength',
  'url',
] as const satisfies readonly (keyof ToolkitFields)[]

/** The fields as they are stored, picked from a row. */
export function fieldsOf(row: ToolkitFields): ToolkitFields {
  const out = {} as Record<string, unknown>
  for (const key of fieldKeys) out[key] = row[key]
  return out as unknown as ToolkitFields
}

/** Which fields differ between two versions, in form order. */
export function changedFields(before: ToolkitFields, after: ToolkitFields): (keyof ToolkitFields)[] {
  return fieldKeys.filter((key) => before[key] !== after[key])
}

export const fieldLabels: Record<keyof ToolkitFields, string> = {
  title: 'Title',
  summary: 'Summary',
  overallEffect: 'Overall effect',
  evidenceStrength: 'Strength of evidence overall',
  problem: 'Problem',
  population: 'Population',
  effect: 'Effect',
  effectStrength: 'Strength of evidence on effect',
  mechanism: 'Mechanism',
  mechanismStrength: 'Strength of evidence on mechanism',
  moderators: 'Moderators',
  moderatorsStrength: 'Strength of evidence on moderators',
  implementation: 'Implementation',
  implementationStrength: 'Strength of evidence on implementation',
  economicCost: 'Economic cost',
  economicCostStrength: 'Strength of evidence on economic cost',
  url: 'Source link',
}

export const MAX_TITLE = 200
export const MAX_TEXT = 4000
export const MAX_URL = 500

/** A source link must be a web address; anything else (javascript:, mailto:) is refused. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0
  } catch {
    return false
  }
}
