import multipart, { type Multipart } from '@fastify/multipart'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { MAX_TOOLKIT_CSV_BYTES } from './csv-file.js'
import { exampleToolkitCsv } from './example-csv.js'
import { planRowView } from './import-view.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const megabytes = `${MAX_TOOLKIT_CSV_BYTES / 1024 / 1024} MB`

/**
 * The Toolkit CSV import at /admin/toolkit/import: upload (a dry run that changes nothing but keeps the
 * file), the row-by-row report, and the commit. As for the legacy import, the form sends its CSRF token
 * before the file, so the session plugin refuses a request without one before the file is read.
 */
export default async function toolkitImportRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { toolkitImports } = services
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: MAX_TOOLKIT_CSV_BYTES, files: 1, fields: 1, parts: 2, fieldSize: 1024, headerPairs: 20 },
  })

  const remaining = new WeakMap<object, AsyncIterator<Multipart>>()
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return
    const iterator = request.parts()[Symbol.asyncIterator]()
    remaining.set(request, iterator)
    let token: string | undefined
    try {
      const first = await iterator.next()
      if (!first.done && first.value.type === 'field' && first.value.fieldname === '_csrf')
        token = String(first.value.value)
      else if (!first.done && first.value.type === 'file') first.value.file.resume()
    } catch {
      token = undefined
    }
    request.body = token === undefined ? {} : { _csrf: token }
  })
  app.addHook('onSend', async (request, reply) => {
    if (request.isMultipart() && !request.raw.readableEnded) reply.header('connection', 'close')
  })

  async function readFile(
    iterator: AsyncIterator<Multipart> | undefined,
  ): Promise<{ fileName: string; bytes: Buffer } | { problem: string }> {
    let received: { fileName: string; bytes: Buffer } | { problem: string } = { problem: 'Select a CSV file' }
    if (!iterator) return received
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const part = next.value
        if (part.type !== 'file') continue
        const bytes = await part.toBuffer()
        if (!(part.filename === '' && bytes.length === 0)) received = { fileName: part.filename, bytes }
      }
    } catch (error) {
      const code = (error as { code?: string }).code
      return {
        problem:
          code === 'FST_REQ_FILE_TOO_LARGE'
            ? `The selected file must be smaller than ${megabytes}`
            : code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT'
              ? 'Select one file only'
              : 'The upload could not be read: try again',
      }
    }
    return received
  }

  const renderUpload = (reply: FastifyReply, errors?: FormError[]) =>
    reply.code(errors ? 400 : 200).view('toolkit/views/import-upload.njk', {
      pageTitle: 'Import Toolkit interventions',
      activeNav: 'admin',
      megabytes,
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
    const received = await readFile(remaining.get(request))
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
