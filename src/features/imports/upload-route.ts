import multipart, { type Multipart } from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { requireRole } from '../access/guards.js'
import { MAX_IMPORT_BYTES } from './parse.js'
import { renderImportList } from './routes.js'

const megabytes = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`

/**
 * The spreadsheet upload, the one import route that takes multipart. As for attachments, the form sends
 * its CSRF token first; it is read before the file, so a request without a valid token is refused by the
 * session plugin before a byte of the file is kept.
 */
export default async function importUploadRoute(app: FastifyInstance, { services }: { services: Services }) {
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: MAX_IMPORT_BYTES,
      files: 1,
      fields: 2,
      parts: 3,
      fieldSize: 1024,
      fieldNameSize: 50,
      headerPairs: 20,
    },
  })

  /** Parts still to be read once the CSRF token has been taken from the front of the form. */
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

  /** The one file of the form, read into memory (the limit keeps it small), or why there is none. */
  async function readFile(
    iterator: AsyncIterator<Multipart> | undefined,
  ): Promise<{ fileName: string; bytes: Buffer } | { problem: string }> {
    let received: { fileName: string; bytes: Buffer } | { problem: string } = { problem: 'Select a CSV or Excel file' }
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

  app.addHook('onSend', async (request, reply) => {
    if (request.isMultipart() && !request.raw.readableEnded) reply.header('connection', 'close')
  })

  app.post('/admin/imports', { bodyLimit: MAX_IMPORT_BYTES * 3 }, async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const received = await readFile(remaining.get(request))
    const problem = 'problem' in received ? received.problem : null
    const outcome =
      'problem' in received
        ? null
        : await services.imports.upload(admin.id, received.fileName, received.bytes, request.ip)
    const message = problem ?? (outcome && !outcome.ok ? outcome.message : null)
    if (message || !outcome || !outcome.ok)
      return renderImportList(services, reply, [
        { fieldId: 'file', href: '#file', text: message ?? 'Select a CSV or Excel file' },
      ])
    return reply.redirect(`/admin/imports/${outcome.id}/mapping`)
  })
}
