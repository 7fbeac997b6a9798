import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Services } from '../../services.js'
import { parseSearchQuery, type ParameterError } from '../catalogue/search-query.js'
import { csvStream, xlsxStream } from './writers.js'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function invalid(reply: FastifyReply, errors: ParameterError[]) {
  const [first] = errors
  return reply
    .code(400)
    .send({ error: 'invalid_parameter', parameter: first?.parameter, message: first?.message, errors })
}

const today = () => new Date().toISOString().slice(0, 10)

/** Exports of any search (for whoever asks, as they may read it) and its Atom feed (public practice only). */
export default async function exportRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const exportsService = services.exports
  const onError = (error: unknown) => app.log.error({ err: error }, 'export failed part-way')

  for (const format of ['csv', 'xlsx'] as const) {
    // A personal API token reads an export as its owner, rate-limited with the API (src/features/api-tokens).
    app.get(`/practices/export.${format}`, { config: { apiToken: true } }, async (request, reply) => {
      const parsed = parseSearchQuery(request.query)
      if (!parsed.ok) return invalid(reply, parsed.errors)
      const outcome = await exportsService.searchExport(parsed.query, request.viewer)
      if (!outcome.ok) return invalid(reply, outcome.errors)
      return (
        reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
          .header('content-disposition', `attachment; filename="practice-search-${today()}.${format}"`)
          // it may hold policing-only practice and contact details: never kept in a shared cache
          .header('cache-control', 'private, no-store')
          .send(format === 'csv' ? csvStream(outcome.plan, onError) : xlsxStream(outcome.plan, onError))
      )
    })
  }

  app.get('/practices/feed.atom', async (request, reply) => {
    const parsed = parseSearchQuery(request.query)
    if (!parsed.ok) return invalid(reply, parsed.errors)
    const outcome = await exportsService.feed(parsed.query)
    if (!outcome.ok) return invalid(reply, outcome.errors)
    const xml = outcome.xml
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(xml)
  })
}
