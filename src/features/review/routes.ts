import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import decisionRoutes from './routes/decision-routes.js'
import pageRoutes from './routes/page-routes.js'
import queueRoutes from './routes/queue-routes.js'
import revisionRoutes from './routes/revision-routes.js'

/** Review and publication: the queue, the review page, decisions and revisions. */
export default async function reviewRoutes(app: FastifyInstance, options: { services: Services }) {
  await app.register(queueRoutes, options)
  await app.register(pageRoutes, options)
  await app.register(decisionRoutes, options)
  await app.register(revisionRoutes, options)
}
