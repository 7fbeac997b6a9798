import { describe, expect, it } from 'vitest'
import { slugify } from './slug.js'

describe('slugify', () => {
  it('makes a readable address from a title', () => {
    expect(slugify('Operation Harbour: safer homes for victims')).toBe('operation-harbour-safer-homes-for-victims')
    expect(slugify('Stalking & harassment clinic')).toBe('stalking-and-harassment-clinic')
    expect(slugify('Café réunion')).toBe('cafe-reunion')
  })

  it('cuts long titles at a word boundary and never returns nothing', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(slugify('!!!')).toBe('practice')
  })
})
