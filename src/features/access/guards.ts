import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role } from '../../db/schema/index.js'
import { hasRole, type SignedInUser } from './visibility.js'

/** The signed-in person, or null after sending a visitor to sign in and coming back here. */
export function requireUser(request: FastifyRequest, reply: FastifyReply): SignedInUser | null {
  if (request.viewer.kind === 'user') return request.viewer.user
  void reply.redirect(`/sign-in?returnTo=${encodeURIComponent(request.url)}`)
  return null
}

/** The signed-in person if they hold the role; a visitor is sent to sign in, anyone else gets 403. */
export function requireRole(request: FastifyRequest, reply: FastifyReply, role: Role): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!hasRole(request.viewer, role)) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}
