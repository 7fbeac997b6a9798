import swagger from '@fastify/swagger'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import bearerAuthentication, { isApiUrl } from '../api-tokens/bearer.js'
import type { ApiTokenService } from '../api-tokens/service.js'
import { bearerToken, hashApiToken } from '../api-tokens/tokens.js'

/**
 * One count per token across every API route and every export a token may read; a request without a
 * token counts against its address.
 */
export function apiRateLimitKey(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization)
  return token ? `token:${hashApiToken(token)}` : `address:${request.ip}`
}

export const API_TAGS = [
  { name: 'Practice', description: 'Published practice: search it, and read one example in full' },
  { name: 'Calls', description: 'Calls for practice, with how much each has received and published' },
  { name: 'Reference data', description: 'Organisations and the lists practice is classified by' },
  { name: 'Toolkit', description: 'What Works Crime Reduction Toolkit interventions that practice is linked to' },
  { name: 'About the API', description: 'This description of the API' },
]

/**
 * What every API route shares, registered before the rate limiter and before any route: the OpenAPI
 * document is collected from the routes' own schemas (@fastify/swagger), every /api/ route must
 * describe its answer and is rate-limited per token (as are the other routes a token opens), and
 * bearer tokens are read.
 */
export default fp(
  async function apiConventions(
    app: FastifyInstance,
    opts: { tokens: ApiTokenService; rateLimit: number; baseUrl: string },
  ) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Practice Bank API',
          version: '1.0.0',
          description:
            'Read published practice, calls for practice, organisations, taxonomies and Toolkit entries as JSON. Without a token you read what a visitor may read; with a personal API token you read what its owner may read.',
        },
        servers: [{ url: opts.baseUrl }],
        tags: API_TAGS,
        components: {
          securitySchemes: {
            apiToken: {
              type: 'http',
              scheme: 'bearer',
              description:
                'A personal API token, made at /account/api-tokens and sent as Authorization: Bearer <token>',
            },
          },
        },
        // A token is optional: without one, the API answers as it would a visitor.
        security: [{}, { apiToken: [] }],
      },
      transform: ({ schema, url }) => ({
        schema: isApiUrl(url) || url === '/api' ? schema : { ...schema, hide: true },
        url,
      }),
    })

    app.addHook('onRoute', (route) => {
      const api = isApiUrl(route.url)
      if (!api && route.config?.apiToken !== true) return
      if (api && !route.schema?.response) {
        throw new Error(`${String(route.method)} ${route.url}: an API route must describe its answers (see apiRoute)`)
      }
      if (opts.rateLimit > 0 && route.config?.rateLimit === undefined) {
        route.config = {
          ...route.config,
          rateLimit: { max: opts.rateLimit, timeWindow: '1 minute', groupId: 'api', keyGenerator: apiRateLimitKey },
        }
      }
    })

    await app.register(bearerAuthentication, { tokens: opts.tokens })
  },
  { name: 'api-conventions', dependencies: ['session'] },
)
