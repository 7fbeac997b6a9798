import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { acceptSingleFileUpload } from '../../web/single-file-upload.js'
import { requireRole } from '../access/guards.js'
import { MAX_IMPORT_BYTES } from './parse.js'
import { renderImportList } from './routes.js'

/**
 * The spreadsheet upload, the one import route that takes multipart. As for attachments, the form sends
 * its CSRF token first; it is read before the file, so a request without a valid token is refused by the
 * session plugin before a byte of the file is kept.
 */
export default async function importUploadRoute(app: FastifyInstance, { services }: { services: Services }) {
  const upload = await acceptSingleFileUpload(app, { maxBytes: MAX_IMPORT_BYTES, otherFields: 1 })

  app.post('/admin/imports', { bodyLimit: MAX_IMPORT_BYTES * 3 }, async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const received = await upload.readFile(request, 'Select a CSV or Excel file')
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
