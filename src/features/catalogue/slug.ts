/** A URL slug from a title: "Operation Harbour: safer homes" → "operation-harbour-safer-homes". */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const trimmed = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') : slug
  return trimmed || 'practice'
}
