import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, pluralise } from './format.js'

describe('formatDate', () => {
  it('writes dates the GOV.UK way, in UK time', () => {
    expect(formatDate('2022-05-03')).toBe('3 May 2022')
    expect(formatDate('2022-05-03', 'month')).toBe('May 2022')
    expect(formatDate(new Date('2024-12-31T23:30:00Z'))).toBe('31 December 2024')
    expect(formatDate('2024-06-30T23:30:00Z')).toBe('1 July 2024')
  })

  it('writes nothing for no date or a bad one', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
  })
})

describe('formatDateTime', () => {
  it('writes date and time the GOV.UK way, in London time', () => {
    expect(formatDateTime('2026-12-02T15:04:00Z')).toBe('2 December 2026 at 3:04pm')
    expect(formatDateTime(new Date('2026-06-01T08:30:00Z'))).toBe('1 June 2026 at 9:30am')
    expect(formatDateTime('2026-12-02T00:15:00Z')).toBe('2 December 2026 at 12:15am')
    expect(formatDateTime('2026-12-02T12:00:00Z')).toBe('2 December 2026 at midday')
    expect(formatDateTime('2026-12-02T00:00:00Z')).toBe('2 December 2026 at midnight')
    expect(formatDateTime(null)).toBe('')
  })
})

describe('pluralise', () => {
  it('counts things in words', () => {
    expect(pluralise(1, 'practice example')).toBe('1 practice example')
    expect(pluralise(1234, 'practice example')).toBe('1,234 practice examples')
  })
})
