import type { FastifyReply, FastifyRequest } from 'fastify'
import { requireUser } from '../access/guards.js'
import { hasRole, type SignedInUser, type Viewer } from '../access/visibility.js'
import { EvaluationConflict } from './service.js'

export const isStaff = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

/** Academic partners and programme staff: the people the evaluation pages are for. */
export function requireEvaluationReader(request: FastifyRequest, reply: FastifyReply): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!hasRole(request.viewer, 'academic') && !isStaff(request.viewer)) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}

export function requireRoleOf(
  request: FastifyRequest,
  reply: FastifyReply,
  allowed: (viewer: Viewer) => boolean,
): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!allowed(request.viewer)) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}

export const idParam = (value: string): number | null => (/^\d{1,9}$/.test(value) ? Number(value) : null)

/** Runs a change; a refusal from the service answers with the conflict page (409) and a link back. */
export async function orConflict<T>(reply: FastifyReply, backHref: string, change: () => Promise<T>) {
  try {
    return { done: true as const, value: await change() }
  } catch (error) {
    if (error instanceof EvaluationConflict) {
      await reply.code(409).view('errors/conflict.njk', { reason: error.message, backHref })
      return { done: false as const }
    }
    throw error
  }
}
