import multipart, { type Multipart } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { MAX_FILE_BYTES } from './file-rules.js'
import { recordId, renderAttachmentsPage } from './page.js'
import type { UploadPart } from './upload.js'

/** Parts still to be read, after the CSRF token has been taken from the front of the form. */
const remainingParts = new WeakMap<FastifyRequest, AsyncIterator<Multipart>>()

/** Generous for people adding files by hand; it stops a script filling the disk with upload after upload. */
const limited = {
  rateLimit: {
    max: 60,
    timeWindow: '10 minutes',
    keyGenerator: (request: FastifyRequest) =>
      request.session?.userId === undefined ? request.ip : `user:${request.session.userId}`,
  },
}

const limitErrors = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'])

/** The multipart parts as the service reads them; a parser limit met becomes a refusal, not a crash. */
async function* uploadParts(iterator: AsyncIterator<Multipart> | undefined): AsyncGenerator<UploadPart> {
  if (!iterator) return
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const part = next.value
      if (part.type === 'file') {
        yield { type: 'file', name: part.fieldname, filename: part.filename, stream: part.file }
        // A body cut inside a file (no closing boundary) breaks the stream; the parser then has nothing
        // more to give, and asking it for the next part would wait for ever.
        if (part.file.errored) {
          yield { type: 'refused', reason: 'malformed' }
          return
        }
      } else {
        yield { type: 'field', name: part.fieldname, value: String(part.value) }
      }
    }
  } catch (error) {
    // A parser limit met, or a body the parser cannot read: a refusal for this request, never a crash.
    yield {
      type: 'refused',
      reason: limitErrors.has((error as { code?: string }).code ?? '') ? 'one-file' : 'malformed',
    }
  }
}

/**
 * The upload form, the only place that accepts multipart bodies. The form sends its CSRF token as its
 * first field; it is read here before any file, so the session plugin checks it as it checks every
 * form, and a request without a valid token is refused before a byte of the file is read or stored.
 */
export default async function uploadRoute(app: FastifyInstance, { services }: { services: Services }) {
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: MAX_FILE_BYTES,
      files: 1,
      fields: 4,
      parts: 6,
      fieldSize: 1024,
      fieldNameSize: 50,
      headerPairs: 20,
    },
  })

  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return
    const iterator = request.parts()
    remainingParts.set(request, iterator)
    let token: string | undefined
    try {
      const first = await iterator.next()
      if (!first.done && first.value.type === 'field' && first.value.fieldname === '_csrf') {
        token = String(first.value.value)
      } else if (!first.done && first.value.type === 'file') {
        first.value.file.resume()
      }
    } catch {
      token = undefined
    }
    request.body = token === undefined ? {} : { _csrf: token }
  })

  // Refused before the whole body was read (no token, not signed in, not theirs): close the connection
  // after answering, so the rest of the upload is not left waiting on a connection kept for reuse.
  app.addHook('onSend', async (request, reply) => {
    if (request.isMultipart() && !request.raw.readableEnded) reply.header('connection', 'close')
  })

  app.post<{ Params: { id: string } }>('/submissions/:id/attachments', { config: limited }, async (request, reply) => {
    if (!requireUser(request, reply)) return reply
    const practiceId = recordId(request.params.id)
    const outcome = await services.attachments.upload(
      request.viewer,
      practiceId,
      uploadParts(remainingParts.get(request)),
      request.ip,
    )
    if (!outcome.ok) {
      return renderAttachmentsPage(services, request, reply, practiceId, { errors: outcome.errors, kind: outcome.kind })
    }
    request.session.flash = `${outcome.name} has been added`
    return reply.redirect(`/submissions/${practiceId}/attachments`)
  })
}
