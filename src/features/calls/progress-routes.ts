import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { requireReviewStaff } from '../review/routes/shared.js'
import { progressView } from './progress-view.js'

type WithSlug = { Params: { slug: string } }
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** How a call is going, for reviewers and admins (issue 14): /review/calls/:slug and its CSV. */
export default async function callProgressRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const load = (slug: string) => (slugPattern.test(slug) ? services.callProgress.forCall(slug) : Promise.resolve(null))

  app.get<WithSlug>('/review/calls/:slug', async (request, reply) => {
    if (!requireReviewStaff(request, reply)) return reply
    const progress = await load(request.params.slug)
    if (!progress) return reply.code(404).view('errors/not-found.njk')
    return reply.header('cache-control', 'private, no-store').view('calls/views/progress.njk', progressView(progress))
  })

  app.get<WithSlug>('/review/calls/:slug/responses.csv', async (request, reply) => {
    if (!requireReviewStaff(request, reply)) return reply
    const progress = await load(request.params.slug)
    if (!progress) return reply.code(404).view('errors/not-found.njk')
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${progress.call.slug}-responses.csv"`)
      .header('cache-control', 'private, no-store')
      .send(services.callProgress.csv(progress))
  })
}
