import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { acceptOneClickMultipart, isOneClickUnsubscribe } from '../../web/one-click-unsubscribe.js'

type TokenParams = { Params: { token: string } }
/** the tokens we send: 32 random bytes in base64url */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/

/**
 * The link in every call announcement, which works without signing in. A person's browser GETs a page
 * that asks (mail scanners follow links) and its button posts with the session's CSRF token; a mail
 * program's own unsubscribe button (RFC 8058, the List-Unsubscribe headers) posts the one-click body
 * with no session, which the CSRF check lets through for this route only.
 */
export default async function callUnsubscribeRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { callAnnouncements } = services
  await acceptOneClickMultipart(app)

  const invalid = (reply: FastifyReply) =>
    reply.code(404).view('call-announcements/views/unsubscribe-invalid.njk', { pageTitle: 'This link does not work' })
  const validToken = (request: FastifyRequest<TokenParams>) => tokenPattern.test(request.params.token)

  // GET only asks (mail scanners follow links); the button posts, with the session's CSRF token.
  app.get<TokenParams>('/calls/unsubscribe/:token', async (request, reply) => {
    const found = validToken(request) ? await callAnnouncements.findByUnsubscribeToken(request.params.token) : null
    if (!found) return invalid(reply)
    return reply.view('call-announcements/views/unsubscribe.njk', {
      pageTitle: found.wants === false ? 'These e-mails are already stopped' : 'Stop e-mails about new calls?',
      stopped: found.wants === false,
      token: request.params.token,
    })
  })

  app.post<TokenParams>(
    '/calls/unsubscribe/:token',
    { config: { oneClickUnsubscribe: true } },
    async (request, reply) => {
      const via = isOneClickUnsubscribe(request) ? 'one-click' : 'unsubscribe-link'
      const found = validToken(request)
        ? await callAnnouncements.unsubscribe(request.params.token, request.ip, via)
        : null
      if (!found) return invalid(reply)
      return reply.view('call-announcements/views/unsubscribed.njk', { pageTitle: 'E-mails about new calls stopped' })
    },
  )
}
