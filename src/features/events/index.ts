import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import eventChangeRoutes from './change-routes.js'
import eventManageRoutes from './manage-routes.js'
import eventRoutes from './routes.js'

/** Learning events: showcasing practice, registration with a waiting list, and what staff do around them. */
export default async function eventsFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(eventRoutes, options)
  await app.register(eventManageRoutes, options)
  await app.register(eventChangeRoutes, options)
}
