import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { acceptOneClickMultipart } from '../../web/one-click-unsubscribe.js'

type TokenParams = { Params: { token: string } }
/** the tokens we send: 32 random bytes in base64url */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/

/**
 * The link at the foot of every alert: it works without signing in. GET only asks (mail scanners
 * follow links); the button posts, with the session's CSRF token like every other form. A mail
 * program's own unsubscribe button (RFC 8058, the List-Unsubscribe headers) posts the one-click body
 * with no session, which the CSRF check lets through for this route only.
 */
export default async function unsubscribeRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { savedSearches } = services
  await acceptOneClickMultipart(app)

  const invalid = (reply: FastifyReply) =>
    reply.code(404).view('saved-searches/views/unsubscribe-invalid.njk', { pageTitle: 'This link does not work' })

  const validToken = (request: FastifyRequest<TokenParams>) => tokenPattern.test(request.params.token)

  app.get<TokenParams>('/saved-searches/unsubscribe/:token', async (request, reply) => {
    const found = validToken(request) ? await savedSearches.findByUnsubscribeToken(request.params.token) : null
    if (!found) return invalid(reply)
    return reply.view('saved-searches/views/unsubscribe.njk', {
      pageTitle: found.frequency === 'none' ? 'These e-mails are already stopped' : 'Stop these e-mails?',
      saved: found,
      token: request.params.token,
    })
  })

  app.post<TokenParams>(
    '/saved-searches/unsubscribe/:token',
    { config: { oneClickUnsubscribe: true } },
    async (request, reply) => {
      const found = validToken(request) ? await savedSearches.unsubscribe(request.params.token) : null
      if (!found) return invalid(reply)
      return reply.view('saved-searches/views/unsubscribed.njk', { pageTitle: 'E-mails stopped', saved: found })
    },
  )
}
