import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { csvStream, jsonLinesStream } from './writers.js'

/** Open data: every public practice as CSV and as JSON lines, and the page that describes their fields. */
export default async function dataRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const exportsService = services.exports
  const onError = (error: unknown) => app.log.error({ err: error }, 'open-data export failed part-way')
  // Public practice is the same for everyone: a shared cache may keep the files for a few minutes.
  const cachedFor = 'public, max-age=300'

  app.get('/data', async (_request, reply) =>
    reply.view('exports/views/data.njk', {
      pageTitle: 'Open data',
      columns: exportsService.openDataColumns(),
    }),
  )

  app.get('/data/practices.csv', async (_request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="practice-bank-open-data.csv"')
      .header('cache-control', cachedFor)
      .send(csvStream(exportsService.openData(), onError)),
  )

  app.get('/data/practices.jsonl', async (_request, reply) =>
    reply
      .type('application/jsonl; charset=utf-8')
      .header('content-disposition', 'attachment; filename="practice-bank-open-data.jsonl"')
      .header('cache-control', cachedFor)
      .send(jsonLinesStream(exportsService.openData())),
  )
}
