import type { FastifyRequest } from 'fastify'

/** The success message left for the next page (Post/Redirect/Get), taken so it shows once. */
export function consumeFlash(request: FastifyRequest): string | undefined {
  const flash = request.session.flash
  if (flash) request.session.flash = undefined
  return flash
}
