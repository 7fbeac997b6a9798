import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import evaluationDetailsRoutes from './details-routes.js'
import opportunityRoutes from './opportunity-routes.js'
import evaluationReportRoutes from './report-routes.js'
import evaluationReviewRoutes from './review-routes.js'

/** Evaluation brokerage: practice open to researchers, introductions, and evaluations tracked on the practice. */
export default async function evaluationFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(opportunityRoutes, options)
  await app.register(evaluationReviewRoutes, options)
  await app.register(evaluationDetailsRoutes, options)
  // its own plugin, so multipart bodies are accepted by the report form alone
  await app.register(evaluationReportRoutes, options)
}
