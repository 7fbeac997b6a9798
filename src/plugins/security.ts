import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** Pages and files only people with an account may see, signed in or not yet. */
const privatePath =
  /^\/(account|my-submissions|review|admin|submissions|submit|attachments|sign-in|register|forgot-password|reset-password|verify-email)(\/|$)/

/**
 * Security headers, with a strict Content Security Policy: no inline script or style anywhere.
 * Strict-Transport-Security only over https: sent over plain http it means nothing, or worse, tells a
 * browser to insist on https for a host (a laptop, a test server) that has none.
 */
export default fp(
  async function security(app: FastifyInstance, { baseUrl }: { baseUrl: string }) {
    const onHttps = baseUrl.startsWith('https://')
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: false,
    })
    // Private pages and files must not stay in a shared or back-button cache: nothing for a signed-in
    // person is stored, nor anything under a private path. Public pages for visitors keep their caching.
    app.addHook('onSend', async (request, reply) => {
      const path = request.url.split('?')[0] ?? ''
      const isPrivate = request.session?.userId !== undefined || privatePath.test(path)
      // A route that already forbids storing (a download's "private, no-store") keeps its own words.
      if (isPrivate && !String(reply.getHeader('cache-control') ?? '').includes('no-store')) {
        reply.header('cache-control', 'no-store')
      }
      if (onHttps || request.protocol === 'https')
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
    })
  },
  { name: 'security' },
)
