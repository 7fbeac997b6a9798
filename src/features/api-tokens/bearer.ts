import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { SignedInUser } from '../access/visibility.js'
import type { ApiTokenService, TokenRefusal } from './service.js'
import { bearerToken } from './tokens.js'

const refusals: Record<TokenRefusal | 'malformed', { error: string; message: string }> = {
  malformed: {
    error: 'invalid_token',
    message: 'The Authorization header must be the word Bearer, a space and an API token',
  },
  unknown: { error: 'invalid_token', message: 'This API token is not recognised' },
  revoked: { error: 'token_revoked', message: 'This API token has been revoked' },
  expired: { error: 'token_expired', message: 'This API token has expired' },
  'owner-inactive': {
    error: 'owner_inactive',
    message: 'The account this API token belongs to is disabled or deleted',
  },
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A route outside /api/ that a personal API token may read as its owner (the exports of a search).
     * Such a route is rate-limited per token with the API, and only ever answers GET.
     */
    apiToken?: boolean
  }
}

/** the JSON API; the /api page describing it is a page like any other */
export const isApiUrl = (url: string) => url.startsWith('/api/')

/** True when a personal API token is read on this request: the API, and the routes that ask for it. */
export function readsApiToken(request: FastifyRequest): boolean {
  return isApiUrl(request.url) || request.routeOptions.config?.apiToken === true
}

function refuse(reply: FastifyReply, refusal: TokenRefusal | 'malformed') {
  const body = refusals[refusal]
  return reply
    .code(401)
    .header(
      'www-authenticate',
      `Bearer realm="Practice Bank API", error="invalid_token", error_description="${body.message}"`,
    )
    .header('cache-control', 'no-store')
    .send(body)
}

const owners = new WeakMap<FastifyRequest, SignedInUser>()

/**
 * `Authorization: Bearer <token>` on the API and the search exports: the request reads as the token's
 * owner, with their roles as they are now. Only those routes look at the header, so a token never stands
 * in for a session (or its CSRF check) on the pages, and no session is made for it. The token is checked
 * before parameters are, so a refused token is always a 401; the owner becomes the viewer after
 * the session plugin has set it from the cookie.
 */
export default fp(
  async function bearerAuthentication(app: FastifyInstance, opts: { tokens: ApiTokenService }) {
    app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!readsApiToken(request)) return
      const token = bearerToken(request.headers.authorization)
      if (token === undefined) return
      if (token === null) return refuse(reply, 'malformed')
      const outcome = await opts.tokens.authenticate(token)
      if (!outcome.ok) return refuse(reply, outcome.refusal)
      owners.set(request, outcome.user)
    })
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const owner = owners.get(request)
      if (!owner) return
      request.viewer = { kind: 'user', user: owner }
      reply.header('cache-control', 'private, no-store')
    })
  },
  { name: 'bearer-authentication', dependencies: ['session'] },
)
