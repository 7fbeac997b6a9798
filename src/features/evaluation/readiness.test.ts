import { describe, expect, it } from 'vitest'
import type { OutcomeMeasure, TheoryOfChangeContent } from '../../db/schema/index.js'
import { emptyTheoryOfChange } from '../theory-of-change/content.js'
import { scoreItem, scoreReadiness } from './readiness.js'

const outcome = (o: Partial<OutcomeMeasure> = {}): OutcomeMeasure => ({
  outcome: 'Fewer repeat reports',
  measure: 'Repeat reports in 12 months',
  dataSource: 'Force crime records',
  baseline: 'yes',
  ...o,
})

const toc = (change: (t: TheoryOfChangeContent) => void = () => {}) => {
  const t = emptyTheoryOfChange()
  change(t)
  return t
}

const ready = () =>
  toc((t) => {
    t.outcomes.short = [outcome()]
    t.readiness = {
      comparisonGroup: 'yes',
      casesPerYear: 150,
      dataSharing: 'yes',
      monthsRunning: 18,
      leadershipSupport: 'yes',
    }
  })

describe('evaluation readiness items', () => {
  it('outcomes: none is not met, some without measure or source is partly, all measured is met', () => {
    expect(scoreItem('outcomes', toc())).toBe('not-met')
    expect(
      scoreItem(
        'outcomes',
        toc((t) => (t.outcomes.long = [outcome(), outcome({ measure: null })])),
      ),
    ).toBe('partly')
    expect(
      scoreItem(
        'outcomes',
        toc((t) => (t.outcomes.medium = [outcome({ dataSource: null })])),
      ),
    ).toBe('partly')
    expect(
      scoreItem(
        'outcomes',
        toc((t) => (t.outcomes.short = [outcome()])),
      ),
    ).toBe('met')
  })

  it('baseline: from the baseline answer of every outcome', () => {
    expect(scoreItem('baseline', toc())).toBe('not-met')
    expect(
      scoreItem(
        'baseline',
        toc((t) => (t.outcomes.short = [outcome({ baseline: 'no' })])),
      ),
    ).toBe('not-met')
    expect(
      scoreItem(
        'baseline',
        toc((t) => (t.outcomes.short = [outcome(), outcome({ baseline: 'not-sure' })])),
      ),
    ).toBe('partly')
    expect(
      scoreItem(
        'baseline',
        toc((t) => (t.outcomes.short = [outcome(), outcome()])),
      ),
    ).toBe('met')
  })

  it.each([
    ['comparison', 'comparisonGroup'],
    ['dataSharing', 'dataSharing'],
    ['leadership', 'leadershipSupport'],
  ] as const)('%s: yes is met, not sure is partly, no or unanswered is not met', (key, field) => {
    const answered = (value: 'yes' | 'no' | 'not-sure' | null) => toc((t) => (t.readiness[field] = value))
    expect(scoreItem(key, answered('yes'))).toBe('met')
    expect(scoreItem(key, answered('not-sure'))).toBe('partly')
    expect(scoreItem(key, answered('no'))).toBe('not-met')
    expect(scoreItem(key, answered(null))).toBe('not-met')
  })

  it('cases: 100 a year or more is met, 30 to 99 partly, fewer or unknown not met', () => {
    const cases = (n: number | null) => toc((t) => (t.readiness.casesPerYear = n))
    expect(scoreItem('cases', cases(100))).toBe('met')
    expect(scoreItem('cases', cases(99))).toBe('partly')
    expect(scoreItem('cases', cases(30))).toBe('partly')
    expect(scoreItem('cases', cases(29))).toBe('not-met')
    expect(scoreItem('cases', cases(null))).toBe('not-met')
  })

  it('running: a year or more is met, 6 to 11 months partly, less or unknown not met', () => {
    const months = (n: number | null) => toc((t) => (t.readiness.monthsRunning = n))
    expect(scoreItem('running', months(12))).toBe('met')
    expect(scoreItem('running', months(11))).toBe('partly')
    expect(scoreItem('running', months(6))).toBe('partly')
    expect(scoreItem('running', months(5))).toBe('not-met')
    expect(scoreItem('running', months(null))).toBe('not-met')
  })
})

describe('evaluation readiness level', () => {
  it('is ready when every item is met, with no next steps', () => {
    const result = scoreReadiness(ready())
    expect(result.level).toBe('ready')
    expect(result.items.every((i) => i.nextStep === null)).toBe(true)
  })

  it('stays ready with one item partly met, and names its next step', () => {
    const t = ready()
    t.readiness.casesPerYear = 50
    const result = scoreReadiness(t)
    expect(result.level).toBe('ready')
    expect(result.items.find((i) => i.key === 'cases')?.nextStep).toMatch(/pooling cases/)
  })

  it('is nearly ready with a gap or two', () => {
    const t = ready()
    t.readiness.comparisonGroup = 'no'
    t.readiness.dataSharing = 'not-sure'
    expect(scoreReadiness(t).level).toBe('nearly')
  })

  it('is not yet ready without outcomes, or with three items not met', () => {
    const noOutcomes = ready()
    noOutcomes.outcomes.short = []
    expect(scoreReadiness(noOutcomes).level).toBe('not-yet')
    const gaps = ready()
    gaps.readiness.comparisonGroup = 'no'
    gaps.readiness.dataSharing = 'no'
    gaps.readiness.leadershipSupport = null
    expect(scoreReadiness(gaps).level).toBe('not-yet')
    expect(scoreReadiness(emptyTheoryOfChange()).items.filter((i) => i.nextStep).length).toBe(7)
  })
})
