import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, type FormError } from '../../web/forms.js'
import { acceptSingleFileUpload } from '../../web/single-file-upload.js'
import { requireRole } from '../access/guards.js'
import { MAX_TOOLKIT_CSV_BYTES } from './csv-file.js'
import { exampleToolkitCsv } from './example-csv.js'
import { planRowView } from './import-view.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

/**
 * The Toolkit CSV import at /admin/toolkit/import: upload (a dry run that changes nothing but keeps the
 * file), the row-by-row report, and the commit. As for the legacy import, the form sends its CSRF token
 * before the file, so the session plugin refuses a request without one before the file is read.
 */
export default async function toolkitImportRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { toolkitImports } = services
  const upload = await acceptSingleFileUpload(app, { maxBytes: MAX_TOOLKIT_CSV_BYTES })

  const renderUpload = (reply: FastifyReply, errors?: FormError[]) =>
    reply.code(errors ? 400 : 200).view('toolkit/views/import-upload.njk', {
      pageTitle: 'Import Toolkit interventions',
      activeNav: 'admin',
      megabytes: upload.megabytes,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  app.get('/admin/toolkit/import', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderUpload(reply)
  })

  app.get('/admin/toolkit/import/example.csv', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="toolkit-example.csv"')
      .send(exampleToolkitCsv())
  })

  app.post('/admin/toolkit/import', { bodyLimit: MAX_TOOLKIT_CSV_BYTES * 3 }, async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const received = await upload.readFile(request, 'Select a CSV file')
    if ('problem' in received) return renderUpload(reply, [{ fieldId: 'file', href: '#file', text: received.problem }])
    const checked = await toolkitImports.check(admin.id, received.fileName, received.bytes, request.ip)
    if (!checked.ok) return renderUpload(reply, [{ fieldId: 'file', href: '#file', text: checked.message }])
    return reply.redirect(`/admin/toolkit/import/${checked.id}`)
  })

  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

  app.get<WithId>('/admin/toolkit/import/:id', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const params = idParam.safeParse(request.params)
    const found = params.success ? await toolkitImports.report(admin.id, params.data.id) : null
    if (!found) return notFound(reply)
    return reply.view('toolkit/views/import-report.njk', {
      pageTitle: `Check the import of ${found.kept.fileName}`,
      activeNav: 'admin',
      kept: found.kept,
      stale: found.stale,
      counts: found.plan.counts,
      rows: found.plan.rows.map(planRowView),
      willChange: found.plan.counts.new + found.plan.counts.changed,
    })
  })

  app.post<WithId>('/admin/toolkit/import/:id/commit', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const params = idParam.safeParse(request.params)
    if (!params.success) return notFound(reply)
    const digest = (request.body as Record<string, unknown> | undefined)?.digest
    const outcome = await toolkitImports.commit(
      admin.id,
      params.data.id,
      typeof digest === 'string' ? digest : '',
      request.ip,
    )
    if (!outcome.ok && outcome.reason === 'not-found') return notFound(reply)
    if (!outcome.ok)
      return reply.code(409).view('errors/conflict.njk', {
        backHref: '/admin/toolkit/import',
        reason:
          outcome.reason === 'file-changed'
            ? 'This is not the check you were shown. Nothing has been changed: upload the file again.'
            : 'The Toolkit has changed since this file was checked, so the check is out of date. Nothing has been changed: upload the file again to see what it would do now.',
      })
    const { counts } = outcome
    request.session.flash = `The import is done: ${counts.new} added, ${counts.changed} changed, ${counts.unchanged} unchanged${counts.error ? `, ${counts.error} rows with errors left out` : ''}`
    return reply.redirect('/admin/toolkit')
  })
}
