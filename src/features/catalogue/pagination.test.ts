import { describe, expect, it } from 'vitest'
import { buildPagination } from './pagination.js'

const href = (n: number) => `?page=${n}`

describe('buildPagination', () => {
  it('is not shown for a single page', () => {
    expect(buildPagination(1, 1, href)).toBeNull()
  })

  it('shows first, last, the current page and its neighbours, with gaps', () => {
    const pagination = buildPagination(5, 10, href)
    expect(pagination?.items.map((i) => (i.ellipsis ? '…' : i.number))).toEqual([1, '…', 4, 5, 6, '…', 10])
    expect(pagination?.items.find((i) => i.current)?.number).toBe(5)
    expect(pagination?.previous?.href).toBe('?page=4')
    expect(pagination?.next?.href).toBe('?page=6')
  })

  it('has no previous link on the first page and no next link on the last', () => {
    expect(buildPagination(1, 3, href)?.previous).toBeUndefined()
    expect(buildPagination(3, 3, href)?.next).toBeUndefined()
    expect(buildPagination(1, 3, href)?.items.map((i) => i.number)).toEqual([1, 2, 3])
  })
})
