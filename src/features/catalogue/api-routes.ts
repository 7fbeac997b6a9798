import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { slugPattern } from './routes.js'
import { parsePageSize, parseSearchQuery, type ParameterError } from './search-query.js'

function invalid(errors: ParameterError[]) {
  const [first] = errors
  return { error: 'invalid_parameter', parameter: first?.parameter, message: first?.message, errors }
}

/** The catalogue as JSON: the same parameters and the same visibility rules as the pages. */
export default async function catalogueApiRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/api/v1/practices', async (request, reply) => {
    const parsed = parseSearchQuery(request.query)
    if (!parsed.ok) return reply.code(400).send(invalid(parsed.errors))
    const pageSize = parsePageSize(request.query)
    if (!pageSize.ok) return reply.code(400).send(invalid([pageSize.error]))
    const outcome = await services.catalogue.search(parsed.query, request.viewer, pageSize.value)
    if (!outcome.ok) return reply.code(400).send(invalid(outcome.errors))
    const { result } = outcome
    if (result.pageOutOfRange) {
      return reply.code(400).send(
        invalid([
          {
            parameter: 'page',
            message: `page must be ${result.totalPages} or less: there ${result.totalPages === 1 ? 'is 1 page' : `are ${result.totalPages} pages`} of results`,
          },
        ]),
      )
    }
    return {
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      totalPages: result.totalPages,
      sort: result.sort,
      relaxed: result.relaxed,
      totalAll: result.totalAll,
      correctedQuery: result.correctedQuery,
      didYouMean: result.didYouMean,
      alsoSearchedFor: result.alsoSearchedFor,
      results: result.results.map((practice) => ({ ...practice, url: `/practices/${practice.slug}` })),
      facets: Object.fromEntries(result.facets.map((facet) => [facet.name, facet.options])),
    }
  })

  app.get<{ Params: { slug: string } }>('/api/v1/practices/:slug', async (request, reply) => {
    const found = slugPattern.test(request.params.slug)
      ? await services.catalogue.findPractice(request.params.slug, request.viewer)
      : null
    if (!found) return reply.code(404).send({ error: 'not_found', message: 'Not found' })
    return {
      ...found.practice,
      url: `/practices/${found.practice.slug}`,
      similar: found.similar.map((s) => ({ slug: s.slug, title: s.title, url: `/practices/${s.slug}` })),
    }
  })
}
