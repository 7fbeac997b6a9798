import { callAnswerRows } from '../calls/questions.js'
import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { theoryOfChangeForPage } from '../theory-of-change/practice-page.js'
import { narrativeSections } from './practice-view.js'
import { parseSearchQuery } from './search-query.js'
import { searchErrorView, searchPageView } from './search-view.js'

export const slugPattern = /^[a-z0-9][a-z0-9-]{0,199}$/

export default async function catalogueRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/practices', async (request, reply) => {
    const parsed = parseSearchQuery(request.query)
    if (!parsed.ok)
      return reply.code(400).view('catalogue/views/search.njk', searchErrorView(parsed.errors, request.query))
    const outcome = await services.catalogue.search(parsed.query, request.viewer)
    if (!outcome.ok)
      return reply.code(400).view('catalogue/views/search.njk', searchErrorView(outcome.errors, request.query))
    // A page past the end does not exist: 404, so it is not indexed or cached as a real page,
    // but the page still says so plainly and links to the last page of the same search.
    return reply
      .code(outcome.result.pageOutOfRange ? 404 : 200)
      .view('catalogue/views/search.njk', searchPageView(outcome.result, await services.reference.get()))
  })

  app.get<{ Params: { slug: string } }>('/practices/:slug', async (request, reply) => {
    const { slug } = request.params
    if (!slugPattern.test(slug)) return reply.code(404).view('errors/not-found.njk')
    const viewer = request.viewer
    // The page's parts are independent reads: they go to the pool together rather than one after another.
    const [found, reference, relayTarget] = await Promise.all([
      services.catalogue.findPractice(slug, viewer),
      services.reference.get(),
      viewer.kind === 'user' ? services.contact.target(slug, viewer) : null,
    ])
    if (!found) return reply.code(404).view('errors/not-found.njk')
    const practiceId = found.visible.id
    const [spread, showcasedAt, evaluations, theoryOfChange] = await Promise.all([
      services.adoptions.forPracticePage(found.visible, viewer),
      services.events.forPracticePage(practiceId),
      services.evaluation.forPracticePage(practiceId),
      services.theoryOfChange.forPracticePage(practiceId),
    ])
    const call = found.practice.call ? reference.calls.find((c) => c.slug === found.practice.call?.slug) : undefined
    return reply.view('catalogue/views/practice.njk', {
      pageTitle: found.practice.title,
      activeNav: 'practices',
      practice: found.practice,
      narrative: narrativeSections(found.practice),
      similar: found.similar,
      spread,
      showcasedAt,
      evaluations,
      theoryOfChange: theoryOfChangeForPage(theoryOfChange, found.practice.title),
      canRelay: Boolean(relayTarget),
      call: call ?? null,
      // each answer under the wording its contributor answered
      callAnswerRows: callAnswerRows(call, found.practice.callAnswers).filter((row) => row.answer.length > 0),
    })
  })
}
