import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { adminOnly, type MatrixSection } from './types.js'

/**
 * The legacy import (src/features/imports): admins only. The fixture is an import whose dry run has
 * finished; empty forms are refused (no file, no arrival chosen, no undo answer) and change nothing.
 */
export const importMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/admin/imports', url: '/admin/imports', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/imports', url: '/admin/imports', expect: adminOnly(400) },
    { method: 'GET', route: '/admin/imports/example.csv', url: '/admin/imports/example.csv', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/imports/example.xlsx', url: '/admin/imports/example.xlsx', expect: adminOnly(200) },
    { method: 'GET', route: '/admin/imports/:id', url: '/admin/imports/{IMPORT}', expect: adminOnly(200) },
    {
      method: 'GET',
      route: '/admin/imports/:id/report.csv',
      url: '/admin/imports/{IMPORT}/report.csv',
      expect: adminOnly(200),
    },
    {
      method: 'GET',
      route: '/admin/imports/:id/mapping',
      url: '/admin/imports/{IMPORT}/mapping',
      expect: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/imports/:id/mapping',
      url: '/admin/imports/{IMPORT}/mapping',
      expect: adminOnly(400),
    },
    {
      method: 'POST',
      route: '/admin/imports/:id/commit',
      url: '/admin/imports/{IMPORT}/commit',
      expect: adminOnly(400),
    },
    { method: 'GET', route: '/admin/imports/:id/undo', url: '/admin/imports/{IMPORT}/undo', expect: adminOnly(200) },
    { method: 'POST', route: '/admin/imports/:id/undo', url: '/admin/imports/{IMPORT}/undo', expect: adminOnly(400) },
  ],
  async fixtures(_db, app, people) {
    const imports = app.services.imports
    const uploaded = await imports.upload(
      people.users.admin.id,
      'matrix.csv',
      Buffer.from('Ref,Force,Title\nM-1,Kent Police,A practice for the authorisation matrix\n'),
      null,
    )
    if (!uploaded.ok) throw new Error(uploaded.message)
    await imports.setMapping(people.users.admin.id, uploaded.id, ['reference', 'organisation', 'title'])
    await imports.settled()
    const [row] = await queryRows<{ status: string }>(_db, sql`select status from imports where id = ${uploaded.id}`)
    if (row?.status !== 'analysed') throw new Error('the matrix import was not checked')
    return { IMPORT: String(uploaded.id) }
  },
}
