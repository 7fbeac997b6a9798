import { describe, expect, it } from 'vitest'
import { columnChart, horizontalBarChart } from './charts.js'

const text = { id: 'c1', title: 'Practice by <topic>', desc: 'Counts & more' }

describe('charts', () => {
  it('draws one bar a row, labelled by its title and description, with text escaped', () => {
    const svg = horizontalBarChart(text, [
      { label: 'Honour-based abuse & "FGM"', value: 3 },
      { label: 'Stalking', value: 0 },
    ])
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/)
    expect(svg).toContain('<title id="c1-title">Practice by &lt;topic&gt;</title>')
    expect(svg).toContain('<desc id="c1-desc">Counts &amp; more</desc>')
    expect(svg).toContain('Honour-based abuse &amp; &quot;FGM&quot;')
    expect(svg.match(/<rect /g)).toHaveLength(2)
    expect(svg).toContain('width="0"')
  })

  it('draws a column a period, with the largest value on the axis', () => {
    const svg = columnChart(text, [
      { label: '2026-01', value: 2 },
      { label: '2026-02', value: 5 },
      { label: '2026-03', value: 0 },
    ])
    expect(svg.match(/<rect /g)).toHaveLength(3)
    expect(svg).toContain('>5</text>')
    expect(svg).toContain('>2026-01</text>')
  })
})
