import { describe, expect, it } from 'vitest'
import { emptyTheoryOfChange, modelColumns } from './content.js'
import { logicModelSvg, wrapText } from './diagram.js'
import { parsePage } from './forms.js'

describe('theory of change pages', () => {
  it('asks for the problem and an activity, and keeps the rest of the content', () => {
    const latest = emptyTheoryOfChange()
    latest.impact = 'Safer families'
    const bad = parsePage('problem', { problem: '  ', activities: '' }, latest)
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.map((e) => e.fieldId)).toEqual(['problem', 'activities'])
    const good = parsePage(
      'problem',
      { problem: 'Repeat victims', activities: 'Visit\n\nCall back\n', inputs: 'Two officers' },
      latest,
    )
    expect(good.ok && good.content.activities).toEqual(['Visit', 'Call back'])
    expect(good.ok && good.content.impact).toBe('Safer families')
  })

  it('refuses a measure without its outcome, a bad baseline answer and too many lines', () => {
    const r = parsePage(
      'outcomes',
      { 'short-1-measure': 'Rate', 'medium-2-outcome': 'x', 'medium-2-baseline': 'maybe' },
      emptyTheoryOfChange(),
    )
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors.map((e) => e.text)).toEqual([
        'Enter the outcome this measure is for',
        'Select whether baseline data is available',
      ])
    const empty = parsePage('outcomes', {}, emptyTheoryOfChange())
    expect(!empty.ok && empty.errors[0]?.text).toBe('Enter at least one outcome')
    const long = parsePage('impact', { impact: 'x', risks: Array(13).fill('r').join('\n') }, emptyTheoryOfChange())
    expect(!long.ok && long.errors[0]?.text).toBe('Risks must be 12 lines or fewer')
    const cases = parsePage('readiness', { casesPerYear: 'lots' }, emptyTheoryOfChange())
    expect(!cases.ok && cases.errors[0]?.fieldId).toBe('casesPerYear')
  })

  it('reads outcome rows with their measures', () => {
    const r = parsePage(
      'outcomes',
      {
        'long-1-outcome': 'Less harm',
        'long-1-measure': 'Harm index',
        'long-1-dataSource': 'Records',
        'long-1-baseline': 'yes',
      },
      emptyTheoryOfChange(),
    )
    expect(r.ok && r.content.outcomes.long).toEqual([
      { outcome: 'Less harm', measure: 'Harm index', dataSource: 'Records', baseline: 'yes' },
    ])
  })
})

describe('the logic model diagram', () => {
  it('draws a box for every item, escapes text, and names itself for screen readers', () => {
    const toc = emptyTheoryOfChange()
    toc.problem = 'Victims <repeat> & drop out'
    toc.inputs = ['Two officers']
    toc.activities = ['Visits', 'Calls']
    toc.outputs = ['Visits made']
    toc.outcomes.short = [{ outcome: 'Feel safer', measure: 'Survey', dataSource: 'Survey returns', baseline: 'no' }]
    toc.outcomes.medium = [{ outcome: 'Stay engaged', measure: null, dataSource: null, baseline: null }]
    toc.outcomes.long = [{ outcome: 'Fewer repeats', measure: 'Repeat rate', dataSource: 'Records', baseline: 'yes' }]
    toc.impact = 'Safer families'
    toc.assumptions = ['Partners stay']
    toc.risks = ['Funding ends']
    const svg = logicModelSvg(toc, 'Theory of change: Test')
    const boxes = modelColumns(toc).reduce((n, c) => n + c.boxes.length, 0)
    expect(svg.match(/class="app-toc-box"/g)?.length).toBe(boxes + 2)
    expect(svg).toContain('Victims &lt;repeat&gt; &amp;')
    for (const word of [
      'Two officers',
      'Visits',
      'Calls',
      'Feel safer',
      'Stay engaged',
      'Fewer repeats',
      'Safer families',
      'Partners stay',
      'Funding ends',
    ])
      expect(svg).toContain(word)
    expect(svg).toMatch(/role="img" aria-labelledby="app-toc-title app-toc-desc"/)
    expect(svg).toContain('<title id="app-toc-title">Theory of change: Test</title>')
  })

  it('wraps long words and lines', () => {
    expect(wrapText('a '.repeat(20).trim(), 10).every((l) => l.length <= 10)).toBe(true)
    expect(wrapText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)])
  })
})
