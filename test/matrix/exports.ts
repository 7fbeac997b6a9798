import type { MatrixSection } from './types.js'

/** Exports and feeds of a search, and the open data (src/features/exports): open to everyone. */
export const exportMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/practices/export.csv', url: '/practices/export.csv', expect: 200 },
    { method: 'GET', route: '/practices/export.xlsx', url: '/practices/export.xlsx', expect: 200 },
    { method: 'GET', route: '/practices/feed.atom', url: '/practices/feed.atom', expect: 200 },
    { method: 'GET', route: '/data', url: '/data', expect: 200 },
    { method: 'GET', route: '/data/practices.csv', url: '/data/practices.csv', expect: 200 },
    { method: 'GET', route: '/data/practices.jsonl', url: '/data/practices.jsonl', expect: 200 },
  ],
}
