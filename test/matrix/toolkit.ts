import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, type MatrixSection } from './types.js'

/**
 * The What Works Toolkit (src/features/toolkit): its public pages for everyone, its admin pages and
 * import for admins only. Empty forms are refused (no title, no answer, no file, not the dry run shown)
 * and change nothing.
 */
export const toolkitMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/toolkit', url: '/toolkit', expect: 200 },
    { method: 'GET', route: '/toolkit/:slug', url: '/toolkit/sample-hot-spots-policing', expect: 200 },
    { method: 'GET', route: '/admin/toolkit', url: '/admin/toolkit', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/toolkit/new', url: '/admin/toolkit/new', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/toolkit/new', url: '/admin/toolkit/new', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/toolkit/:id', url: '/admin/toolkit/{TOOLKIT}', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/toolkit/:id', url: '/admin/toolkit/{TOOLKIT}', expect: adminOnly(400) },
    {
      method: 'GET',
      route: '/admin/toolkit/:id/retire',
      url: '/admin/toolkit/{TOOLKIT}/retire',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/toolkit/:id/retire',
      url: '/admin/toolkit/{TOOLKIT}/retire',
      expect: adminOnly(400),
    },
    {
      method: 'GET',
      route: '/admin/toolkit/:id/restore',
      url: '/admin/toolkit/{TOOLKIT}/restore',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/toolkit/:id/restore',
      url: '/admin/toolkit/{TOOLKIT}/restore',
      expect: adminOnly(400),
    },
    { method: 'GET', route: '/admin/toolkit/import', url: '/admin/toolkit/import', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/toolkit/import', url: '/admin/toolkit/import', expect: adminOnly(400) },
    {
      method: 'GET',
      route: '/admin/toolkit/import/example.csv',
      url: '/admin/toolkit/import/example.csv',
      expect: adminOnly(200),
    },
    {
      method: 'GET',
      route: '/admin/toolkit/import/:id',
      url: '/admin/toolkit/import/{TOOLKIT_IMPORT}',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/toolkit/import/:id/commit',
      url: '/admin/toolkit/import/{TOOLKIT_IMPORT}/commit',
      expect: adminOnly(409),
    },
  ],
  async fixtures(db, app, people) {
    const [entry] = await queryRows<{ id: number }>(
      db,
      sql`select id from toolkit_entries where slug = 'sample-hot-spots-policing'`,
    )
    const checked = await app.services.toolkitImports.check(
      people.users.admin.id,
      'matrix-toolkit.csv',
      Buffer.from('source_id,title\nmatrix-1,An intervention for the authorisation matrix\n'),
      '127.0.0.1',
    )
    if (!checked.ok) throw new Error(checked.message)
    return { TOOLKIT: String(entry?.id ?? 0), TOOLKIT_IMPORT: String(checked.id) }
  },
}
