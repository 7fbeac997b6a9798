import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, type MatrixSection } from './types.js'

/** Calls admin (src/features/calls/admin-routes.ts): admins only; empty forms are refused, nothing changes. */
export const callsMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/admin/calls', url: '/admin/calls', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/calls/new', url: '/admin/calls/new', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/calls/new', url: '/admin/calls/new', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/calls/:id', url: '/admin/calls/{CALL}', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/calls/:id', url: '/admin/calls/{CALL}', expect: adminOnly(400) },
    { method: 'POST', route: '/admin/calls/:id/status', url: '/admin/calls/{CALL}/status', expect: adminOnly(400) },
  ],
  async fixtures(db) {
    const [row] = await queryRows<{ id: number }>(db, sql`select id from calls order by id limit 1`)
    return { CALL: String(row?.id ?? 0) }
  },
}
