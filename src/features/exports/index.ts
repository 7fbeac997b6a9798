import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import dataRoutes from './data-routes.js'
import exportRoutes from './routes.js'

/** Data out: exports and feeds of any search, and the open-data files of all public practice. */
export default async function exportsFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(exportRoutes, options)
  await app.register(dataRoutes, options)
}
