import fastifyCookie from '@fastify/cookie'
import fastifyCsrf from '@fastify/csrf-protection'
import fastifySession from '@fastify/session'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import { visitor, type Viewer } from '../features/access/visibility.js'
import type { AccountsService } from '../features/accounts/service.js'
import { DatabaseSessionStore, SESSION_IDLE_MS } from '../features/accounts/session-store.js'
import { isOneClickUnsubscribe } from '../web/one-click-unsubscribe.js'

declare module 'fastify' {
  interface Session {
    userId?: number
    flash?: string
  }
  interface FastifyRequest {
    viewer: Viewer
  }
  interface FastifyReply {
    /** data every view gets, set by @fastify/view's locals */
    locals: Record<string, unknown>
  }
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Signs a person in on a new session id (so that an id planted before sign-in is worth nothing
 * after it), with its CSRF secret made now. If the secret were left to the first form that needs
 * it, two tabs opened at once would each make one and save it, and one tab's form would be refused.
 */
export async function beginSignedInSession(request: FastifyRequest, reply: FastifyReply, userId: number) {
  await request.session.regenerate()
  request.session.userId = userId
  reply.generateCsrf()
}

/**
 * Sessions in the database (shared by every instance), CSRF tokens on every state-changing request,
 * and `request.viewer`: who is asking. Views get `viewer` and a `csrfToken()` to call inside forms.
 */
export default fp(
  async function session(app: FastifyInstance, opts: { config: Config; db: Db; accounts: AccountsService }) {
    await app.register(fastifyCookie)
    await app.register(fastifySession, {
      secret: opts.config.sessionSecret,
      cookieName: 'pb_session',
      store: new DatabaseSessionStore(opts.db),
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.config.secureCookies,
        path: '/',
        maxAge: SESSION_IDLE_MS,
      },
    })
    await app.register(fastifyCsrf, {
      sessionPlugin: '@fastify/session',
      getToken: (request: FastifyRequest) => (request.body as { _csrf?: string } | undefined)?._csrf,
    })

    app.decorateRequest<Viewer | null>('viewer', null)
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const userId = request.session.userId
      const user = userId === undefined ? null : await opts.accounts.loadSignedInUser(userId)
      if (userId !== undefined && !user) {
        // The account was deleted, disabled or changed password elsewhere: this session is over.
        await request.session.destroy()
      }
      request.viewer = user ? { kind: 'user', user } : visitor
      reply.locals = {
        ...reply.locals,
        viewer: request.viewer,
        csrfToken: () => reply.generateCsrf(),
      }
    })
    app.addHook('preHandler', (request, reply, done) => {
      if (!stateChanging.has(request.method) || request.url.startsWith('/api/')) return done()
      // The one deliberate exception: a mail program's one-click unsubscribe (why: isOneClickUnsubscribe).
      if (isOneClickUnsubscribe(request)) return done()
      app.csrfProtection(request, reply, done)
    })
  },
  { name: 'session', dependencies: ['views'] },
)
