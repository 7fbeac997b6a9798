import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import mapRoutes from './routes.js'

/** The practice map and the coverage grid. */
export default async function mapFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(mapRoutes, options)
}
