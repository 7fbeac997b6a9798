import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'

export default async function callRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/calls', async (request, reply) => {
    const calls = await services.calls.list(request.viewer)
    return reply.view('calls/views/calls.njk', {
      pageTitle: 'Calls for practice',
      open: calls.filter((c) => c.state !== 'closed'),
      closed: calls.filter((c) => c.state === 'closed'),
    })
  })

  app.get<{ Params: { slug: string } }>('/calls/:slug', async (request, reply) => {
    const call = await services.calls.find(request.params.slug, request.viewer)
    if (!call) return reply.callNotFound()
    return reply.view('calls/views/call.njk', { pageTitle: call.title, call })
  })
}
