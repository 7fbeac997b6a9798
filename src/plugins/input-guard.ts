import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Control characters no field of ours can use: C0 controls other than tab, line feed and carriage
 * return, and DEL. NUL in particular cannot be stored in PostgreSQL text, so it would end in a 500.
 */
// eslint-disable-next-line no-control-regex
const unusable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Longest single value any query string parameter or path part may have. */
export const MAX_QUERY_VALUE_LENGTH = 2000

export interface InputProblem {
  parameter: string
  message: string
}

function findProblem(value: unknown, name: string, where: 'query' | 'params' | 'body', depth = 0): InputProblem | null {
  if (depth > 10) return { parameter: name, message: `${name} is nested too deeply` }
  if (typeof value === 'string') {
    if (unusable.test(value)) {
      return { parameter: name, message: `${name} contains a control character that cannot be used` }
    }
    if (where !== 'body' && value.length > MAX_QUERY_VALUE_LENGTH) {
      return { parameter: name, message: `${name} must be ${MAX_QUERY_VALUE_LENGTH} characters or fewer` }
    }
    return null
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = findProblem(item, name, where, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unusable.test(key)) {
        return {
          parameter: 'a parameter name',
          message: 'A parameter name contains a control character that cannot be used',
        }
      }
      // a multipart field keeps its text in `value`; files are checked by the upload rules
      const problem = findProblem(item, depth === 0 ? key : name, where, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

/** The first unusable value in what a request sent, if any. */
export function inputProblem(request: FastifyRequest): InputProblem | null {
  return (
    findProblem(request.params, 'path', 'params') ??
    findProblem(request.query, 'query', 'query') ??
    (Buffer.isBuffer(request.body) ? null : findProblem(request.body, 'body', 'body'))
  )
}

/**
 * One check for every route: a request carrying control characters, or an over-long query value, is
 * refused with a 400 naming the field (a page for people, JSON for the API) before any route sees it.
 * It runs after the session hooks, so the page knows who is signed in and CSRF is already checked.
 */
export default fp(
  async function inputGuard(app: FastifyInstance) {
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const problem = inputProblem(request)
      if (!problem) return
      request.log.info({ parameter: problem.parameter }, 'unusable input refused')
      if (request.url.startsWith('/api/')) {
        return reply
          .code(400)
          .send({ error: 'invalid_parameter', parameter: problem.parameter, message: problem.message })
      }
      return reply.code(400).view('errors/invalid-input.njk', { field: problem.parameter })
    })
  },
  { name: 'input-guard', dependencies: ['views', 'session'] },
)
