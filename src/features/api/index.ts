import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { errorResponses } from './describe.js'
import { routesByTag, type OpenApiDocument } from './document-view.js'
import apiReferenceRoutes from './reference-routes.js'

/** The API's own routes: its description as OpenAPI 3.1 and as a page, and the reference data. */
export default async function apiFeature(app: FastifyInstance, { services }: { services: Services }) {
  await app.register(apiReferenceRoutes, { services })

  app.get(
    '/api/openapi.json',
    {
      schema: {
        summary: 'This description of the API, as OpenAPI 3.1',
        tags: ['About the API'],
        response: {
          200: { description: 'An OpenAPI 3.1 document', type: 'object', additionalProperties: true },
          429: errorResponses[429],
        },
      },
    },
    async () => app.swagger(),
  )

  app.get(
    '/api',
    {
      schema: {
        summary: 'This description of the API, as a page to read',
        tags: ['About the API'],
        response: {
          200: { description: 'An HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
        },
      },
    },
    async (_request, reply) => {
      const document = app.swagger() as unknown as OpenApiDocument
      return reply.view('api/views/api.njk', {
        pageTitle: 'Practice Bank API',
        document,
        groups: routesByTag(document),
      })
    },
  )
}
