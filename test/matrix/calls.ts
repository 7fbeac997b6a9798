import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, staffOnly, type MatrixSection } from './types.js'

/** Calls admin (src/features/calls/admin-routes.ts): admins only; empty forms are refused, nothing changes. */
export const callsMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/admin/calls', url: '/admin/calls', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/calls/new', url: '/admin/calls/new', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/calls/new', url: '/admin/calls/new', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/calls/:id', url: '/admin/calls/{CALL}', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/calls/:id', url: '/admin/calls/{CALL}', expect: adminOnly(400) },
    { method: 'POST', route: '/admin/calls/:id/status', url: '/admin/calls/{CALL}/status', expect: adminOnly(400) },
    // The question builder (src/features/calls/question-routes.ts): admins only.
    {
      method: 'GET',
      route: '/admin/calls/:id/questions/new',
      url: '/admin/calls/{QCALL}/questions/new',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/calls/:id/questions/new',
      url: '/admin/calls/{QCALL}/questions/new',
      expect: adminOnly(400),
    },
    {
      method: 'GET',
      route: '/admin/calls/:id/questions/:key',
      url: '/admin/calls/{QCALL}/questions/{QKEY}',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/calls/:id/questions/:key',
      url: '/admin/calls/{QCALL}/questions/{QKEY}',
      expect: adminOnly(400),
    },
    // an unknown question, so that no row removes one
    {
      method: 'POST',
      route: '/admin/calls/:id/questions/:key/remove',
      url: '/admin/calls/{QCALL}/questions/no-such-question/remove',
      expect: adminOnly(404),
    },
    {
      method: 'POST',
      route: '/admin/calls/:id/questions/:key/move',
      url: '/admin/calls/{QCALL}/questions/{QKEY}/move',
      expect: adminOnly(400),
    },
    { method: 'GET', route: '/admin/calls/:id/preview', url: '/admin/calls/{QCALL}/preview', expect: adminOnly(200) },
    // How a call is going (src/features/calls/progress-routes.ts): reviewers and admins.
    { method: 'GET', route: '/review/calls/:slug', url: '/review/calls/{QSLUG}', expect: staffOnly(200) },
    {
      method: 'GET',
      route: '/review/calls/:slug/responses.csv',
      url: '/review/calls/{QSLUG}/responses.csv',
      expect: staffOnly(200),
    },
  ],
  async fixtures(db) {
    const [row] = await queryRows<{ id: number }>(db, sql`select id from calls order by id limit 1`)
    const [asking] = await queryRows<{ id: number; slug: string; key: string }>(
      db,
      sql`select id, slug, questions -> 0 ->> 'key' as key from calls where jsonb_array_length(questions) > 0 order by id limit 1`,
    )
    return {
      CALL: String(row?.id ?? 0),
      QCALL: String(asking?.id ?? 0),
      QKEY: asking?.key ?? 'none',
      QSLUG: asking?.slug ?? 'none',
    }
  },
}
