import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import savedSearchAccountRoutes from './account-routes.js'
import unsubscribeRoutes from './unsubscribe-routes.js'

/** Saved searches with e-mail alerts of new matching practice, and the one-click way to stop them. */
export default async function savedSearchesFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(savedSearchAccountRoutes, options)
  await app.register(unsubscribeRoutes, options)
}
