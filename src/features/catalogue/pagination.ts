export interface PaginationItem {
  number?: number
  href?: string
  current?: boolean
  ellipsis?: boolean
}

export interface Pagination {
  previous?: { href: string }
  next?: { href: string }
  items: PaginationItem[]
}

/**
 * GOV.UK pagination: first, last, current and its neighbours, with ellipses for the gaps.
 * Returns null when everything fits on one page.
 */
export function buildPagination(
  page: number,
  totalPages: number,
  hrefFor: (page: number) => string,
): Pagination | null {
  if (totalPages <= 1) return null
  const shown = new Set([1, totalPages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= totalPages))
  const items: PaginationItem[] = []
  let previousNumber = 0
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number - previousNumber > 1) items.push({ ellipsis: true })
    items.push({ number, href: hrefFor(number), current: number === page })
    previousNumber = number
  }
  return {
    previous: page > 1 ? { href: hrefFor(page - 1) } : undefined,
    next: page < totalPages ? { href: hrefFor(page + 1) } : undefined,
    items,
  }
}
