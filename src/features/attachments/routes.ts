import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { sendUploadedFile } from './send-download.js'
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
    return sendUploadedFile(reply, file)
  })

  await app.register(uploadRoute, { services })
}
