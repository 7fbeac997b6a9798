import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorFor, type FormError } from '../../web/forms.js'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import type { Submission } from './service.js'

export type IdParams = { Params: { id: string } }

/**
 * The submission at :id for the signed-in person. Visitors are sent to sign in; anyone who may not
 * see it gets "Page not found", the same answer as for a submission that does not exist, so that
 * nobody learns which drafts exist.
 */
export async function loadSubmission(
  services: Services,
  request: FastifyRequest<IdParams>,
  reply: FastifyReply,
): Promise<Submission | null> {
  if (!requireUser(request, reply)) return null
  const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : null
  const submission = id === null ? null : await services.submissions.load(request.viewer, id)
  if (!submission) {
    reply.callNotFound()
    return null
  }
  return submission
}

/** Staff may read a submission but not write the contributor's answers: 403. */
export function forbidden(reply: FastifyReply) {
  return reply.code(403).view('errors/forbidden.njk')
}

export const formErrors = (errors: FormError[] | undefined) => ({
  errors,
  errorFor: (id: string) => errorFor(errors, id),
})

export const submissionPath = (submission: Submission, page = '') =>
  `/submissions/${submission.practice.id}${page ? `/${page}` : ''}`

/** What the contributor calls it, for captions. */
export const submissionName = (submission: Submission) => submission.content.title || 'Untitled practice example'

export function consumeFlash(request: FastifyRequest): string | undefined {
  const flash = request.session.flash
  if (flash) request.session.flash = undefined
  return flash
}

/** The version in the hidden field; NaN (never equal to a stored one) when it is missing or not a number. */
export function postedVersion(body: unknown): number {
  const value = (body as { version?: unknown } | undefined)?.version
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN
}
