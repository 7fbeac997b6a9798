import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { entryPageView, listEntryView } from './public-view.js'

const slugOrId = /^[a-z0-9][a-z0-9-]{0,99}$/

/** The Toolkit as readers see it: /toolkit lists live interventions, /toolkit/:slug is one of them. */
export default async function toolkitPublicRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/toolkit', async (request, reply) => {
    const entries = await services.toolkit.publicList(request.viewer)
    return reply.view('toolkit/views/list.njk', {
      pageTitle: 'What Works evidence',
      activeNav: 'practices',
      entries: entries.map(listEntryView),
    })
  })

  app.get<{ Params: { slug: string } }>('/toolkit/:slug', async (request, reply) => {
    const found = slugOrId.test(request.params.slug)
      ? await services.toolkit.publicEntry(request.params.slug, request.viewer)
      : null
    if (!found) return reply.code(404).view('errors/not-found.njk')
    if (found.canonical) return reply.redirect(`/toolkit/${found.canonical}`, 301)
    return reply.view('toolkit/views/entry.njk', {
      pageTitle: found.entry.title,
      activeNav: 'practices',
      entry: entryPageView(found.entry),
      practice: found.practice,
    })
  })
}
