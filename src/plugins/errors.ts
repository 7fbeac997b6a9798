import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { isPoolTimeout } from '../db/client.js'

/** The API, and a client reading an export with an API token: both are programs, not people. */
const wantsJson = (request: FastifyRequest) =>
  request.url.startsWith('/api/') ||
  (request.routeOptions.config?.apiToken === true && request.headers.authorization !== undefined)

/** The practice page a refused change came from, so the conflict page has a way back to it. */
export function practiceBackHref(url: string): string | undefined {
  const path = url.split('?')[0] ?? ''
  const review = /^\/review\/(PB-\d{4}-\d{4,6})(?:\/|$)/.exec(path)
  if (review) return `/review/${review[1]}`
  const submission = /^\/submissions\/(\d{1,12})(?:\/|$)/.exec(path)
  if (submission) return `/submissions/${submission[1]}`
  return undefined
}

/** GOV.UK error pages for people, JSON errors for the API; details of 5xx errors go to the log only. */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setNotFoundHandler(async (request, reply) => {
      if (wantsJson(request)) return reply.code(404).send({ error: 'not_found', message: 'Not found' })
      // A missing stylesheet or script is not a page: answer it briefly, without rendering one.
      if (request.url.startsWith('/assets/')) return reply.code(404).type('text/plain').send('Not found')
      return reply.code(404).view('errors/not-found.njk')
    })

    app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      // No database connection came free in time: the request changed nothing, so say "busy", not "broken".
      if (isPoolTimeout(error)) {
        request.log.warn({ err: { message: error.message } }, 'no database connection free')
        reply.header('retry-after', '30')
        if (wantsJson(request)) {
          return reply.code(503).send({ error: 'service_busy', message: 'The service is busy. Try again shortly.' })
        }
        return reply.code(503).view('errors/busy.njk')
      }
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed')
      } else {
        request.log.info({ err: { message: error.message, code: error.code } }, 'request refused')
      }
      if (wantsJson(request)) {
        // An API parameter refused by its route's schema names the parameter (src/features/api/describe.ts).
        const parameter = (error as { parameter?: unknown }).parameter
        if (status === 400 && typeof parameter === 'string') {
          const problem = { parameter, message: error.message }
          return reply.code(400).send({ error: 'invalid_parameter', ...problem, errors: [problem] })
        }
        if (status === 429) return reply.code(429).send({ error: 'too_many_requests', message: error.message })
        return reply
          .code(status)
          .send(
            status >= 500
              ? { error: 'internal_error', message: 'Something went wrong', requestId: request.id }
              : { error: 'bad_request', message: error.message },
          )
      }
      if (status === 404) return reply.code(404).view('errors/not-found.njk')
      if (status === 403 && error.code?.startsWith('FST_CSRF')) return reply.code(403).view('errors/csrf.njk')
      if (status === 409)
        return reply
          .code(409)
          .view('errors/conflict.njk', { reason: error.message, backHref: practiceBackHref(request.url) })
      if (status === 429) return reply.code(429).view('errors/too-many-requests.njk')
      if (status < 500) return reply.code(status).view('errors/bad-request.njk')
      return reply.code(500).view('errors/problem.njk', { requestId: request.id })
    })
  },
  { name: 'errors', dependencies: ['views'] },
)
