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
    const found = slugPattern.test(request.params.slug)
      ? await services.catalogue.findPractice(request.params.slug, request.viewer)
      : null
    if (!found) return reply.code(404).view('errors/not-found.njk')
    const visible = await services.catalogue.findVisiblePractice(request.params.slug, request.viewer)
    const call = found.practice.call
      ? (await services.reference.get()).calls.find((c) => c.slug === found.practice.call?.slug)
      : undefined
    return reply.view('catalogue/views/practice.njk', {
      pageTitle: found.practice.title,
      activeNav: 'practices',
      practice: found.practice,
      narrative: narrativeSections(found.practice),
      similar: found.similar,
      spread: await services.adoptions.forPracticePage(request.params.slug, request.viewer),
      showcasedAt: await services.events.forPracticePage(visible?.id ?? null),
      evaluations: await services.evaluation.forPracticePage(visible?.id ?? null),
      theoryOfChange: theoryOfChangeForPage(
        await services.theoryOfChange.forPracticePage(visible?.id ?? null),
        found.practice.title,
      ),
      canRelay:
        request.viewer.kind === 'user' && Boolean(await services.contact.target(request.params.slug, request.viewer)),
      call: call ?? null,
      // each answer under the wording its contributor answered
      callAnswerRows: callAnswerRows(call, found.practice.callAnswers).filter((row) => row.answer.length > 0),
    })
  })
}
