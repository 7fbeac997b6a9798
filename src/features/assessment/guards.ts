import type { FastifyReply, FastifyRequest } from 'fastify'
import { requireUser } from '../access/guards.js'
import { hasRole, type SignedInUser } from '../access/visibility.js'
import { AssessmentConflict, AssessmentForbidden } from './errors.js'

/** Reviewers and admins; a visitor is sent to sign in, anyone else gets 403. */
export function requireStaff(request: FastifyRequest, reply: FastifyReply): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!hasRole(request.viewer, 'reviewer') && !hasRole(request.viewer, 'admin')) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}

/**
 * Runs a change and answers with the conflict page (409, with a link back) or the 403 page when the
 * service refuses it; anything else goes to the error handler.
 */
export async function orRefusal(reply: FastifyReply, backHref: string, change: () => Promise<void>): Promise<boolean> {
  try {
    await change()
    return true
  } catch (error) {
    if (error instanceof AssessmentConflict) {
      await reply.code(409).view('errors/conflict.njk', { reason: error.message, backHref })
      return false
    }
    if (error instanceof AssessmentForbidden) {
      await reply.code(403).view('errors/forbidden.njk')
      return false
    }
    throw error
  }
}
