import { describe, expect, it } from 'vitest'
import { hexMap, sequentialSteps, stepFor, type HexView } from './hex-map.js'

describe('sequentialSteps', () => {
  it('has only "none" when nothing is counted', () => {
    expect(sequentialSteps(0).map((s) => s.label)).toEqual(['None'])
  })

  it('gives each count its own step up to six, then equal ranges', () => {
    expect(sequentialSteps(3).map((s) => s.label)).toEqual(['None', '1', '2', '3'])
    expect(sequentialSteps(12).map((s) => s.label)).toEqual([
      'None',
      '1 to 2',
      '3 to 4',
      '5 to 6',
      '7 to 8',
      '9 to 10',
      '11 to 12',
    ])
    expect(sequentialSteps(13).map((s) => s.label)).toEqual(['None', '1 to 3', '4 to 6', '7 to 9', '10 to 12', '13'])
  })

  it('puts every count from 0 to the largest in exactly one step, darker as it grows', () => {
    for (const max of [1, 5, 6, 7, 40, 99]) {
      const steps = sequentialSteps(max)
      for (let n = 0; n <= max; n += 1) {
        expect(steps.filter((s) => n >= s.from && n <= s.to)).toHaveLength(1)
      }
      expect(stepFor(steps, max)).toBe(steps[steps.length - 1])
    }
  })
})

describe('hexMap', () => {
  it('shifts odd rows half a hexagon east and keeps every hexagon inside the drawing', () => {
    const base = {
      short: 'X',
      mark: '0',
      label: 'x',
      tip: ['x', 'y'] as [string, string],
      href: '#',
      fill: '#fff',
      ink: '#000',
    }
    const view = hexMap([
      { ...base, key: 'a', col: 0, row: 0 },
      { ...base, key: 'b', col: 0, row: 1 },
      { ...base, key: 'c', col: 5, row: 9 },
    ])
    const [a, b, c] = view.hexes as [HexView, HexView, HexView]
    expect(b.cx - a.cx).toBeCloseTo((Math.sqrt(3) * 30) / 2, 0)
    expect(b.cy).toBeGreaterThan(a.cy)
    expect(c.cx + 26).toBeLessThanOrEqual(view.width)
    expect(c.cy + 30).toBeLessThanOrEqual(view.height)
  })
})
