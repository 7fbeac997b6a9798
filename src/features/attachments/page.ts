import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { errorFor, type FormError } from '../../web/forms.js'
import { attachmentKinds } from './file-rules.js'
import { AttachmentNotFound } from './service.js'

/** Record ids in URLs: a positive whole number that fits a Postgres integer, anything else is not found. */
export function recordId(value: string): number {
  const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : 0
  if (id < 1 || id > 2_147_483_647) throw new AttachmentNotFound()
  return id
}

export interface PageExtras {
  errors?: FormError[]
  kind?: string
}

/** The attachments page: the list for anyone who may see the submission, the form for those who may change it. */
export async function renderAttachmentsPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  practiceId: number,
  extras: PageExtras = {},
) {
  const page = await services.attachments.pageFor(request.viewer, practiceId)
  if (!page) throw new AttachmentNotFound()
  const flash = request.session.flash
  if (flash) request.session.flash = undefined
  return reply.code(extras.errors?.length ? 400 : 200).view('attachments/views/attachments.njk', {
    pageTitle: 'Attachments',
    ...page,
    flash,
    errors: extras.errors,
    errorFor: (id: string) => errorFor(extras.errors, id),
    kinds: [
      { value: '', text: 'Select what the file is' },
      ...attachmentKinds.map(([value, text]) => ({ value, text, selected: value === extras.kind })),
    ],
  })
}
