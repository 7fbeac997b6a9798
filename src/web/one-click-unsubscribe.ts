import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** this route is an unsubscribe link that mail programs may POST to with RFC 8058's one-click body */
    oneClickUnsubscribe?: boolean
  }
}

/** RFC 8058's body is this one field with this one value. */
const FIELD = 'List-Unsubscribe'
const VALUE = 'One-Click'
/** A one-click value is nine characters; a longer one is cut here, so it is not one. */
const MAX_FIELD_BYTES = 256

/**
 * Whether this is a mail program's one-click unsubscribe (RFC 8058) to a route that allows it. Such a
 * POST comes from the mail program, not a browser: it carries no cookies, so no session and no CSRF
 * token. It is safe to let it through without one, because the secret is the token in the link itself
 * (only its hash is stored), the only thing it can do is stop that person's e-mails, and a forged
 * cross-site request would have to know the token anyway. The session plugin skips its CSRF check for
 * it and for nothing else.
 */
export function isOneClickUnsubscribe(request: FastifyRequest): boolean {
  if (request.method !== 'POST' || request.routeOptions.config.oneClickUnsubscribe !== true) return false
  const body = request.body
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>)[FIELD] === VALUE
}

/**
 * RFC 8058 says the mail program SHOULD post multipart/form-data (and MAY post a urlencoded form, which
 * formbody reads already). Registered inside the unsubscribe routes' plugin only: a few short text
 * fields, no files (a file part is refused with 413), read into the body before the CSRF check looks at it.
 */
export async function acceptOneClickMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { files: 0, fields: 4, parts: 4, fieldSize: MAX_FIELD_BYTES, fieldNameSize: 50, headerPairs: 10 },
  })
}
