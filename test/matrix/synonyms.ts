import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, type MatrixSection } from './types.js'

/** The search synonym list (src/features/synonyms): admins only. Empty forms are refused, nothing changes. */
export const synonymMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/admin/synonyms', url: '/admin/synonyms', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/synonyms/new', url: '/admin/synonyms/new', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/synonyms/new', url: '/admin/synonyms/new', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/synonyms/:id', url: '/admin/synonyms/{SYNONYMS}', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/synonyms/:id', url: '/admin/synonyms/{SYNONYMS}', expect: adminOnly(400) },
    {
      method: 'GET',
      route: '/admin/synonyms/:id/delete',
      url: '/admin/synonyms/{SYNONYMS}/delete',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/synonyms/:id/delete',
      url: '/admin/synonyms/{SYNONYMS}/delete',
      expect: adminOnly(400),
    },
  ],
  async fixtures(db) {
    const [row] = await queryRows<{ id: number }>(db, sql`select id from search_synonym_groups order by id limit 1`)
    return { SYNONYMS: String(row?.id ?? 0) }
  },
}
