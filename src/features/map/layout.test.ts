import { describe, expect, it } from 'vitest'
import { organisations } from '../../db/seed/reference-data.js'
import { forceGrid, nationalRow } from './layout.js'

describe('the cartogram layout', () => {
  it('places every force and national body of the reference data exactly once, on its own hexagon', () => {
    const forces = organisations.filter((o) => o.kind === 'force').map((o) => o.code)
    const national = organisations.filter((o) => o.kind === 'national-body').map((o) => o.code)
    expect(Object.keys(forceGrid).sort()).toEqual([...forces].sort())
    expect(Object.keys(nationalRow).sort()).toEqual([...national].sort())
    const places = [...Object.values(forceGrid), ...Object.values(nationalRow)].map((p) => `${p.col},${p.row}`)
    expect(new Set(places).size).toBe(places.length)
  })

  it('keeps Northumbria in the north east, Devon and Cornwall in the south west and Wales on the west', () => {
    expect(forceGrid.northumbria).toMatchObject({ row: 0 })
    expect(forceGrid['devon-and-cornwall']).toMatchObject({ col: 0, row: 9 })
    for (const code of ['north-wales', 'dyfed-powys', 'south-wales', 'gwent']) {
      expect(forceGrid[code]?.col).toBeLessThanOrEqual(1)
    }
  })
})
