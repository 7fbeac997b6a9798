import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import importRoutes from './routes.js'
import importUploadRoute from './upload-route.js'

/** The legacy import at /admin/imports: upload, column mapping, dry run, commit in batches, undo. */
export default async function importsFeature(app: FastifyInstance, options: { services: Services }) {
  await app.register(importRoutes, options)
  await app.register(importUploadRoute, options)
}
