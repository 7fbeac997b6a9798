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
/** A one-click body is a few dozen bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 2048

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
 * formbody reads already). Registered inside the unsubscribe routes' plugin only: a small body of text
 * fields, no files; anything else is an empty form, which the route treats as an ordinary POST.
 */
export function acceptOneClickMultipart(app: FastifyInstance): void {
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
    (request, body, done) => {
      done(null, textFields(String(request.headers['content-type'] ?? ''), String(body)))
    },
  )
}

/** The text fields of a small multipart/form-data body (RFC 7578); parts with a filename are skipped. */
export function textFields(contentType: string, body: string): Record<string, string> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  const delimiter = boundary?.[1] ?? boundary?.[2]
  const fields = new Map<string, string>()
  if (!delimiter) return {}
  for (const part of body.split(`--${delimiter}`).slice(1)) {
    if (part.startsWith('--')) break
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) continue
    const headers = part.slice(0, split)
    const disposition = /content-disposition:\s*form-data;([^\r\n]*)/i.exec(headers)?.[1] ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    if (!name || /\bfilename\*?=/i.test(disposition) || fields.has(name)) continue
    fields.set(name, part.slice(split + 4).replace(/\r\n$/, ''))
  }
  return Object.fromEntries(fields)
}
