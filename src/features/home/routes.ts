import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { emptyFilters, type SearchQuery } from '../catalogue/search-query.js'

const everything: SearchQuery = {
  q: null,
  filters: emptyFilters(),
  sort: 'newest',
  page: 1,
}

export default async function homeRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/', async (request, reply) => {
    const outcome = await services.catalogue.search(everything, request.viewer)
    if (!outcome.ok) throw new Error('the unfiltered search cannot fail validation')
    const { result } = outcome
    return reply.view('home/views/home.njk', {
      pageTitle: 'Share and find practice that protects vulnerable people',
      total: result.total,
      // visitors see only public practice; policing-only examples appear once a police user signs in
      isVisitor: request.viewer.kind === 'visitor',
      latest: result.results.slice(0, 4),
      topics: result.facets.find((f) => f.name === 'topic')?.options ?? [],
      regions: result.facets.find((f) => f.name === 'region')?.options ?? [],
    })
  })
}
