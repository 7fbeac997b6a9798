import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { parseSearchQuery, type ParameterError, type SearchQuery } from '../catalogue/search-query.js'
import { coverageView } from './coverage-view.js'
import { parseMapOptions, type MapOptions } from './map-query.js'
import { forceMapView, spreadMapView } from './map-view.js'
import { measuresFor } from './service.js'

function badAddress(reply: FastifyReply, errors: ParameterError[], pageTitle: string) {
  const text = (e: ParameterError) => e.message.charAt(0).toUpperCase() + e.message.slice(1)
  return reply.code(400).view('map/views/bad-address.njk', {
    pageTitle,
    activeNav: 'map',
    errors: errors.map((e) => ({ text: text(e), href: '#main-content' })),
  })
}

/** The search's query string and the map's own parameters, or a 400 page naming what is wrong. */
function parseAddress(
  request: FastifyRequest,
  reply: FastifyReply,
  pageTitle: string,
): { query: SearchQuery; options: MapOptions } | null {
  const search = parseSearchQuery(request.query)
  const options = parseMapOptions(request.query)
  const errors = [...(search.ok ? [] : search.errors), ...(options.ok ? [] : options.errors)]
  if (errors.length || !search.ok || !options.ok) {
    void badAddress(reply, errors, pageTitle)
    return null
  }
  return { query: search.query, options: options.options }
}

export default async function mapRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/map', async (request, reply) => {
    const address = parseAddress(request, reply, 'Practice map')
    if (!address) return reply
    const { query, options } = address
    if (options.practice) {
      const spread = await services.adoptions.spreadOf(options.practice, request.viewer)
      if (!spread) return reply.code(404).view('errors/not-found.njk')
      return reply.view('map/views/spread.njk', spreadMapView(spread, await services.reference.get()))
    }
    const allowed = measuresFor(request.viewer)
    if (!allowed.includes(options.measure)) {
      if (request.viewer.kind === 'visitor')
        return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`)
      return reply.code(403).view('errors/forbidden.njk')
    }
    const counted = await services.map.forceCounts(query, request.viewer, options.measure)
    if (!counted.ok) return badAddress(reply, counted.errors, 'Practice map')
    return reply.view('map/views/map.njk', forceMapView(counted.value, query, allowed))
  })

  app.get('/map/coverage', async (request, reply) => {
    const address = parseAddress(request, reply, 'Coverage of practice')
    if (!address) return reply
    const coverage = await services.map.coverage(address.query, request.viewer, address.options.by)
    if (!coverage.ok) return badAddress(reply, coverage.errors, 'Coverage of practice')
    return reply.view('map/views/coverage.njk', coverageView(coverage.value, address.query))
  })
}
