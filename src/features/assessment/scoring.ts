import type { CriterionScore } from '../../db/schema/index.js'

/** Scores run from 1 (weak) to 5 (strong) on every criterion. */
export const minScore = 1
export const maxScore = 5
/** Two assessors are said to disagree on a criterion when their scores are this far apart. */
export const criterionGap = 2
/** …or overall, when their totals are this far apart. */
export const totalGap = 5
/** A final score at or above this share of the most it could be counts as high scoring (20 of 25). */
export const highShare = 0.8

export type Scores = Record<string, CriterionScore>

export interface ScoredAssessment {
  scores: Scores
  completedAt: Date | null
}

export interface Total {
  total: number
  /** the most the total could be: five for every criterion scored */
  outOf: number
}

export function totalOf(scores: Scores): Total {
  const values = Object.values(scores)
  return { total: values.reduce((sum, s) => sum + s.score, 0), outOf: values.length * maxScore }
}

export function isHighScoring(total: Total): boolean {
  return total.outOf > 0 && total.total >= total.outOf * highShare
}

export interface CriterionComparison {
  key: string
  first: number | null
  second: number | null
  difference: number | null
  disagree: boolean
}

export interface Comparison {
  criteria: CriterionComparison[]
  firstTotal: Total
  secondTotal: Total
  totalDifference: number
  /** some criterion or the total is far enough apart to need a consensus */
  disagree: boolean
}

/** Lines up two completed assessments criterion by criterion, in the order of `keys`. */
export function compareAssessments(keys: string[], first: Scores, second: Scores): Comparison {
  const criteria = keys.map((key) => {
    const a = first[key]?.score ?? null
    const b = second[key]?.score ?? null
    const difference = a !== null && b !== null ? Math.abs(a - b) : null
    return { key, first: a, second: b, difference, disagree: difference !== null && difference >= criterionGap }
  })
  const firstTotal = totalOf(first)
  const secondTotal = totalOf(second)
  const totalDifference = Math.abs(firstTotal.total - secondTotal.total)
  return {
    criteria,
    firstTotal,
    secondTotal,
    totalDifference,
    disagree: criteria.some((c) => c.disagree) || totalDifference >= totalGap,
  }
}

export interface AssessmentState {
  required: number
  /** independent assessments, completed */
  completed: number
  /** every required assessment is in, so the assessors may see each other's scores */
  revealed: boolean
  disagree: boolean
  hasConsensus: boolean
  /** the total that counts: the consensus, or the single or average completed assessment; null until revealed */
  final: (Total & { basis: 'consensus' | 'single' | 'average' }) | null
}

/**
 * Where a practice's assessment stands. Until the required number of independent assessments are
 * complete there is no final score, so nothing about anyone's scores leaks through lists or totals.
 */
export function assessmentState(
  required: number,
  independent: ScoredAssessment[],
  consensus: ScoredAssessment | null,
  keys: string[],
): AssessmentState {
  const done = independent.filter((a) => a.completedAt !== null)
  const revealed = done.length >= required && done.length > 0
  const [a, b] = done
  const disagree =
    revealed && a !== undefined && b !== undefined && compareAssessments(keys, a.scores, b.scores).disagree
  const hasConsensus = consensus?.completedAt != null
  let final: AssessmentState['final'] = null
  if (revealed && consensus && hasConsensus) final = { ...totalOf(consensus.scores), basis: 'consensus' }
  else if (revealed && done.length === 1 && a) final = { ...totalOf(a.scores), basis: 'single' }
  else if (revealed && !disagree) {
    const totals = done.map((d) => totalOf(d.scores))
    const total = Math.round((totals.reduce((sum, t) => sum + t.total, 0) / totals.length) * 10) / 10
    final = { total, outOf: Math.max(...totals.map((t) => t.outOf)), basis: 'average' }
  }
  return { required, completed: done.length, revealed, disagree, hasConsensus, final }
}

/**
 * The state as one viewer may see it: someone still scoring their own assessment sees nobody else's
 * scores or totals, even if enough assessments are in (say the number needed was lowered meanwhile).
 */
export function stateForViewer(state: AssessmentState, scoringOwn: boolean): AssessmentState {
  return scoringOwn ? { ...state, revealed: false, disagree: false, final: null } : state
}
