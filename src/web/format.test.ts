import { describe, expect, it } from 'vitest'
import { formatDate, pluralise } from './format.js'

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

describe('pluralise', () => {
  it('counts things in words', () => {
    expect(pluralise(1, 'practice example')).toBe('1 practice example')
    expect(pluralise(1234, 'practice example')).toBe('1,234 practice examples')
  })
})
