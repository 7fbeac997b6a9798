import type { TheoryOfChangeContent } from '../../db/schema/index.js'

export type ItemResult = 'met' | 'partly' | 'not-met'
export type ReadinessLevel = 'not-yet' | 'nearly' | 'ready'

export interface ReadinessItem {
  key: ReadinessKey
  label: string
  result: ItemResult
  /** what to do next; null when the item is met */
  nextStep: string | null
}

export interface Readiness {
  level: ReadinessLevel
  levelLabel: string
  items: ReadinessItem[]
  met: number
}

export const readinessKeys = [
  'outcomes',
  'baseline',
  'comparison',
  'cases',
  'dataSharing',
  'running',
  'leadership',
] as const
export type ReadinessKey = (typeof readinessKeys)[number]

export const levelLabels: Record<ReadinessLevel, string> = {
  'not-yet': 'Not yet ready',
  nearly: 'Nearly ready',
  ready: 'Ready for evaluation',
}

/**
 * Thresholds an evaluator would ask about: about 100 cases a year lets a simple comparison detect a
 * moderate difference; under 30 rarely does. A year of running means the practice has settled.
 */
export const ENOUGH_CASES = 100
export const SOME_CASES = 30
export const LONG_ENOUGH_MONTHS = 12
export const SOME_MONTHS = 6

const labels: Record<ReadinessKey, string> = {
  outcomes: 'Outcomes are defined and measurable',
  baseline: 'Baseline data exists',
  comparison: 'A comparison group is possible',
  cases: 'Enough cases in a year',
  dataSharing: 'Data can be shared with researchers',
  running: 'Running long enough',
  leadership: 'Leadership support',
}

const steps: Record<ReadinessKey, Record<Exclude<ItemResult, 'met'>, string>> = {
  outcomes: {
    partly: 'Give every outcome a measure and a data source, so an evaluator knows what would be counted.',
    'not-met': 'Write down the short-, medium- and long-term outcomes the practice is meant to bring about.',
  },
  baseline: {
    partly: 'Find out whether figures from before the practice started exist for the outcomes without a baseline.',
    'not-met': 'Start recording the outcome measures now, so there is a baseline to compare against later.',
  },
  comparison: {
    partly: 'Ask your analysts whether a similar area, team or time period not using the practice could be compared.',
    'not-met':
      'Consider phasing the roll-out, so areas not yet using the practice can be compared with those that are.',
  },
  cases: {
    partly: 'Consider pooling cases with another force using the same practice, or evaluating over a longer period.',
    'not-met':
      'Record how many people or cases the practice deals with in a year; small numbers may suit a process evaluation.',
  },
  dataSharing: {
    partly: 'Ask your information governance lead what would be needed to share data with researchers.',
    'not-met': 'Talk to your information governance lead about a data sharing agreement for an evaluation.',
  },
  running: {
    partly: 'Let the practice settle for a few more months before an outcome evaluation starts.',
    'not-met': 'Run the practice for at least a year first; a process evaluation can start sooner.',
  },
  leadership: {
    partly: 'Brief your chief officer lead on what an evaluation needs from the force.',
    'not-met': 'Seek a chief officer sponsor: an evaluation needs time and data from the force.',
  },
}

const fromAnswer = (answer: 'yes' | 'no' | 'not-sure' | null): ItemResult =>
  answer === 'yes' ? 'met' : answer === 'not-sure' ? 'partly' : 'not-met'

const byThreshold = (value: number | null, enough: number, some: number): ItemResult =>
  value === null ? 'not-met' : value >= enough ? 'met' : value >= some ? 'partly' : 'not-met'

/** Every outcome of the theory of change, short-term first. */
export const allOutcomes = (toc: TheoryOfChangeContent) => [
  ...toc.outcomes.short,
  ...toc.outcomes.medium,
  ...toc.outcomes.long,
]

/** Scores one checklist item from the theory of change and its answers. */
export function scoreItem(key: ReadinessKey, toc: TheoryOfChangeContent): ItemResult {
  const outcomes = allOutcomes(toc)
  const answers = toc.readiness
  switch (key) {
    case 'outcomes': {
      if (outcomes.length === 0) return 'not-met'
      return outcomes.every((o) => o.measure && o.dataSource) ? 'met' : 'partly'
    }
    case 'baseline': {
      const withBaseline = outcomes.filter((o) => o.baseline === 'yes').length
      if (outcomes.length === 0 || withBaseline === 0) return 'not-met'
      return withBaseline === outcomes.length ? 'met' : 'partly'
    }
    case 'comparison':
      return fromAnswer(answers.comparisonGroup)
    case 'cases':
      return byThreshold(answers.casesPerYear, ENOUGH_CASES, SOME_CASES)
    case 'dataSharing':
      return fromAnswer(answers.dataSharing)
    case 'running':
      return byThreshold(answers.monthsRunning, LONG_ENOUGH_MONTHS, SOME_MONTHS)
    case 'leadership':
      return fromAnswer(answers.leadershipSupport)
  }
}

/**
 * The readiness level: ready when every item is met, or all but one with that one partly met;
 * not yet when outcomes are not defined or three or more items are not met; otherwise nearly.
 */
export function scoreReadiness(toc: TheoryOfChangeContent): Readiness {
  const items = readinessKeys.map((key): ReadinessItem => {
    const result = scoreItem(key, toc)
    return { key, label: labels[key], result, nextStep: result === 'met' ? null : steps[key][result] }
  })
  const met = items.filter((i) => i.result === 'met').length
  const notMet = items.filter((i) => i.result === 'not-met').length
  const outcomes = items[0]?.result ?? 'not-met'
  let level: ReadinessLevel
  if (notMet === 0 && met >= items.length - 1) level = 'ready'
  else if (outcomes === 'not-met' || notMet >= 3) level = 'not-yet'
  else level = 'nearly'
  return { level, levelLabel: levelLabels[level], items, met }
}
