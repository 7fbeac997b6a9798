import { describe, expect, it } from 'vitest'
import { ViewCounter } from './view-counter.js'

describe('ViewCounter', () => {
  it('adds up views and writes them in one go', async () => {
    const writes: Map<number, number>[] = []
    const counter = new ViewCounter(
      async (counts) => void writes.push(counts),
      () => undefined,
      60_000,
    )
    counter.record(1)
    counter.record(1)
    counter.record(2)
    await counter.stop()
    expect(writes).toEqual([
      new Map([
        [1, 2],
        [2, 1],
      ]),
    ])
  })

  it('keeps the views for next time when a write fails', async () => {
    let fail = true
    const written: Map<number, number>[] = []
    const errors: unknown[] = []
    const counter = new ViewCounter(
      async (counts) => {
        if (fail) throw new Error('database away')
        written.push(counts)
      },
      (error) => errors.push(error),
      60_000,
    )
    counter.record(7)
    await counter.flush()
    fail = false
    counter.record(7)
    await counter.stop()
    expect(errors).toHaveLength(1)
    expect(written).toEqual([new Map([[7, 2]])])
  })
})
