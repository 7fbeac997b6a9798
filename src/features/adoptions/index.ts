import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import adoptionRoutes from './routes.js'

/** Spread of practice: "we use this too" records on practice pages, and their moderation. */
export default async function adoptionsFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(adoptionRoutes, options)
}
