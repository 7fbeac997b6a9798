import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import opportunityRoutes from './opportunity-routes.js'
import evaluationReviewRoutes from './review-routes.js'

/** Evaluation brokerage: practice open to researchers, introductions, and evaluations tracked on the practice. */
export default async function evaluationFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(opportunityRoutes, options)
  await app.register(evaluationReviewRoutes, options)
}
