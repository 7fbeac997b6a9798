import { describe, expect, it } from 'vitest'
import { fromLondonTime, toLondonParts } from './london-time.js'

describe('London time', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    expect(fromLondonTime('2026-01-15', '09:30').toISOString()).toBe('2026-01-15T09:30:00.000Z')
    expect(fromLondonTime('2026-07-15', '09:30').toISOString()).toBe('2026-07-15T08:30:00.000Z')
  })

  it('moves a time in the skipped hour forward, and takes the first of a repeated hour', () => {
    expect(fromLondonTime('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(fromLondonTime('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })

  it('turns an instant back into the London date and time', () => {
    expect(toLondonParts(new Date('2026-07-15T08:30:00Z'))).toEqual({ date: '2026-07-15', time: '09:30' })
    expect(toLondonParts(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2026-12-31', time: '23:30' })
  })
})
