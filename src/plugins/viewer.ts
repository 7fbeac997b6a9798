import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { visitor, type Viewer } from '../features/access/visibility.js'

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer
  }
}

/** Who is making the request. Until accounts exist, everyone is a visitor. */
export default fp(
  async function viewer(app: FastifyInstance) {
    app.decorateRequest('viewer', null as unknown as Viewer)
    app.addHook('onRequest', async (request) => {
      request.viewer = visitor
    })
  },
  { name: 'viewer' },
)
