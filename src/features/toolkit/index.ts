import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import toolkitAdminRoutes from './admin-routes.js'
import toolkitImportRoutes from './import-routes.js'
import toolkitPublicRoutes from './public-routes.js'

/** The What Works Toolkit: admins keep and import it; readers see each entry with the practice linked to it. */
export default async function toolkitFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(toolkitPublicRoutes, options)
  await app.register(toolkitAdminRoutes, options)
  await app.register(toolkitImportRoutes, options)
}
