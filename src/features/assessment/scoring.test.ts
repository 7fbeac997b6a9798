import { describe, expect, it } from 'vitest'
import { assessmentState, compareAssessments, isHighScoring, totalOf, type Scores } from './scoring.js'

const keys = ['a', 'b', 'c', 'd', 'e']
const scores = (...values: number[]): Scores =>
  Object.fromEntries(values.map((score, i) => [keys[i], { score, rationale: `reason ${i}` }]))
const done = (s: Scores) => ({ scores: s, completedAt: new Date() })
const draft = (s: Scores) => ({ scores: s, completedAt: null })

describe('totals', () => {
  it('adds the scores out of five per criterion', () => {
    expect(totalOf(scores(5, 4, 3, 2, 1))).toEqual({ total: 15, outOf: 25 })
    expect(totalOf({})).toEqual({ total: 0, outOf: 0 })
  })

  it('counts 80% or more as high scoring', () => {
    expect(isHighScoring({ total: 20, outOf: 25 })).toBe(true)
    expect(isHighScoring({ total: 19, outOf: 25 })).toBe(false)
    expect(isHighScoring({ total: 0, outOf: 0 })).toBe(false)
  })
})

describe('comparing two assessments', () => {
  it('marks criteria two or more apart', () => {
    const comparison = compareAssessments(keys, scores(5, 4, 3, 3, 3), scores(3, 3, 3, 3, 3))
    expect(comparison.criteria.map((c) => [c.difference, c.disagree])).toEqual([
      [2, true],
      [1, false],
      [0, false],
      [0, false],
      [0, false],
    ])
    expect(comparison.totalDifference).toBe(3)
    expect(comparison.disagree).toBe(true)
  })

  it('marks totals five or more apart even when no criterion is', () => {
    const comparison = compareAssessments(keys, scores(4, 4, 4, 4, 4), scores(3, 3, 3, 3, 3))
    expect(comparison.criteria.some((c) => c.disagree)).toBe(false)
    expect(comparison.totalDifference).toBe(5)
    expect(comparison.disagree).toBe(true)
  })

  it('agrees when every criterion is within one and totals within four', () => {
    expect(compareAssessments(keys, scores(4, 4, 4, 4, 3), scores(3, 3, 3, 3, 3)).disagree).toBe(false)
  })
})

describe('where an assessment stands', () => {
  it('reveals nothing and has no final score until the required number are complete', () => {
    const state = assessmentState(2, [done(scores(5, 5, 5, 5, 5)), draft(scores(1))], null, keys)
    expect(state).toMatchObject({ completed: 1, revealed: false, final: null, disagree: false })
  })

  it('takes a single completed assessment as final when one is needed', () => {
    expect(assessmentState(1, [done(scores(4, 4, 4, 4, 4))], null, keys).final).toEqual({
      total: 20,
      outOf: 25,
      basis: 'single',
    })
  })

  it('averages two that agree, and has no final score for two that disagree until a consensus', () => {
    const agree = assessmentState(2, [done(scores(4, 4, 4, 4, 4)), done(scores(4, 4, 4, 4, 3))], null, keys)
    expect(agree.final).toEqual({ total: 19.5, outOf: 25, basis: 'average' })
    const apart = [done(scores(5, 5, 5, 5, 5)), done(scores(2, 2, 2, 2, 2))]
    const disagree = assessmentState(2, apart, null, keys)
    expect(disagree).toMatchObject({ revealed: true, disagree: true, hasConsensus: false, final: null })
    const agreed = assessmentState(2, apart, done(scores(4, 4, 4, 4, 4)), keys)
    expect(agreed.final).toEqual({ total: 20, outOf: 25, basis: 'consensus' })
  })
})
