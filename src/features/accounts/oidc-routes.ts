import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { beginSignedInSession } from '../../plugins/session.js'
import { safeReturnTo } from './forms.js'
import type { PendingOidcSignIn } from './oidc.js'

declare module 'fastify' {
  interface Session {
    /** a sign-in through the OpenID Connect provider that has started and not yet come back */
    oidc?: PendingOidcSignIn
  }
}

/** Each start of a sign-in makes a session, so starts are limited per address like password sign-ins. */
const limited = { rateLimit: { max: 30, timeWindow: '1 minute' } }

/** Sign-in through the OpenID Connect provider. Without one configured, these addresses do not exist. */
export default async function oidcRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { oidc } = services

  app.get<{ Querystring: { returnTo?: string } }>('/sign-in/oidc', { config: limited }, async (request, reply) => {
    if (!oidc) return reply.callNotFound()
    const { url, pending } = await oidc.begin(safeReturnTo(request.query.returnTo))
    request.session.oidc = pending
    return reply.redirect(url)
  })

  app.get('/sign-in/oidc/callback', { config: limited }, async (request, reply) => {
    if (!oidc) return reply.callNotFound()
    const pending = request.session.oidc
    // One use only, whatever the outcome.
    if (pending) request.session.oidc = undefined
    const queryAt = request.url.indexOf('?')
    const result = await oidc.complete(queryAt === -1 ? '' : request.url.slice(queryAt), pending, request.ip)
    if (!result.ok) {
      request.log.info({ reason: result.reason, detail: result.detail }, 'OpenID Connect sign-in refused')
      return reply.code(400).view('accounts/views/oidc-error.njk', {
        pageTitle: 'We could not sign you in',
        reason: result.reason,
        oidcName: oidc.name,
      })
    }
    // A new session id at sign-in, with its CSRF secret (see beginSignedInSession).
    await beginSignedInSession(request, reply, result.userId)
    return reply.redirect(safeReturnTo(pending?.returnTo))
  })
}
