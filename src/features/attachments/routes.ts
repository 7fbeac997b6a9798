import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { contentDisposition } from './file-rules.js'
import { recordId, renderAttachmentsPage } from './page.js'
import { AttachmentNotFound } from './service.js'
import uploadRoute from './upload-route.js'

/** Attachments of a submission: the list and its upload form, removal, and downloads. */
export default async function attachmentRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get<{ Params: { id: string } }>('/submissions/:id/attachments', async (request, reply) => {
    if (!requireUser(request, reply)) return reply
    return renderAttachmentsPage(services, request, reply, recordId(request.params.id))
  })

  app.post<{ Params: { id: string; attachmentId: string } }>(
    '/submissions/:id/attachments/:attachmentId/remove',
    async (request, reply) => {
      if (!requireUser(request, reply)) return reply
      const practiceId = recordId(request.params.id)
      const name = await services.attachments.remove(
        request.viewer,
        practiceId,
        recordId(request.params.attachmentId),
        request.ip,
      )
      request.session.flash = `${name} has been removed`
      return reply.redirect(`/submissions/${practiceId}/attachments`)
    },
  )

  app.get<{ Params: { attachmentId: string } }>('/attachments/:attachmentId', async (request, reply) => {
    const file = await services.attachments.openDownload(request.viewer, recordId(request.params.attachmentId))
    if (!file) throw new AttachmentNotFound()
    // Never shown inline from our origin: downloaded, not sniffed, and sandboxed if opened anyway.
    return reply
      .header('content-type', file.mediaType)
      .header('content-length', file.sizeBytes)
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .header('cross-origin-resource-policy', 'same-origin')
      .send(file.stream)
  })

  await app.register(uploadRoute, { services })
}
