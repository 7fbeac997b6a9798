import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import theoryOfChangeRoutes from './routes.js'

/** The theory-of-change builder on a submission or published practice. */
export default async function theoryOfChangeFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(theoryOfChangeRoutes, options)
}
