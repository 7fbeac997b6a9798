import { randomUUID } from 'node:crypto'
import formbody from '@fastify/formbody'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Config } from './config.js'
import type { Database } from './db/client.js'
import myAccountRoutes from './features/accounts/account-routes.js'
import oidcRoutes from './features/accounts/oidc-routes.js'
import accountRoutes from './features/accounts/routes.js'
import adminRoutes from './features/admin/routes.js'
import assessmentRoutes from './features/assessment/routes.js'
import criteriaRoutes from './features/assessment/criteria-routes.js'
import worklistRoutes from './features/assessment/worklist-routes.js'
import attachmentRoutes from './features/attachments/routes.js'
import catalogueApiRoutes from './features/catalogue/api-routes.js'
import catalogueRoutes from './features/catalogue/routes.js'
import homeRoutes from './features/home/routes.js'
import mapFeature from './features/map/index.js'
import adoptionsFeature from './features/adoptions/index.js'
import importsFeature from './features/imports/index.js'
import eventsFeature from './features/events/index.js'
import theoryOfChangeFeature from './features/theory-of-change/index.js'
import evaluationFeature from './features/evaluation/index.js'
import contactRoutes from './features/contact/routes.js'
import toolkitFeature from './features/toolkit/index.js'
import insightRoutes from './features/insight/routes.js'
import reviewRoutes from './features/review/routes.js'
import callRoutes from './features/calls/routes.js'
import submissionRoutes from './features/submissions/routes.js'
import sectionRoutes from './features/submissions/section-routes.js'
import submitRoutes from './features/submissions/submit-routes.js'
import synonymRoutes from './features/synonyms/routes.js'
import callAdminRoutes from './features/calls/admin-routes.js'
import callAnnouncementRoutes from './features/call-announcements/routes.js'
import exportsFeature from './features/exports/index.js'
import savedSearchesFeature from './features/saved-searches/index.js'
import callQuestionRoutes from './features/calls/question-routes.js'
import callProgressRoutes from './features/calls/progress-routes.js'
import errors from './plugins/errors.js'
import { postgresRateLimitStore } from './plugins/rate-limit-store.js'
import health from './plugins/health.js'
import inputGuard from './plugins/input-guard.js'
import security from './plugins/security.js'
import staticAssets from './plugins/static-assets.js'
import session from './plugins/session.js'
import views from './plugins/views.js'
import { createServices, type Services } from './services.js'
import apiConventions from './features/api/plugin.js'
import apiFeature from './features/api/index.js'
import apiTokenRoutes from './features/api-tokens/routes.js'

export interface AppDependencies {
  database: Database
  /** the logger setting; tests pass false */
  logger?: FastifyServerOptions['logger']
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services
    /** every route as registered (method and URL pattern), for the authorisation matrix test */
    /** every route, and whether it takes RFC 8058 one-click unsubscribes without a CSRF token */
    registeredRoutes: { method: string; url: string; oneClickUnsubscribe: boolean }[]
  }
}

export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  }
}

/** The one way to build the service, used by the server and by every test. */
export async function buildApp(config: Config, deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: config.baseUrl.startsWith('https://'),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  })
  const services = createServices(config, deps.database, (error) =>
    app.log.error({ err: error }, 'background task failed'),
  )
  app.decorate('services', services)
  const registeredRoutes: FastifyInstance['registeredRoutes'] = []
  app.decorate('registeredRoutes', registeredRoutes)
  app.addHook('onRoute', (route) => {
    const oneClickUnsubscribe = route.config?.oneClickUnsubscribe === true
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url, oneClickUnsubscribe })
  })
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.addHook('onClose', async () => {
    await services.viewCounter.stop()
  })

  await app.register(security, { baseUrl: config.baseUrl })
  await app.register(formbody)
  await app.register(views)
  await app.register(staticAssets)
  await app.register(errors)
  await app.register(session, { config, db: deps.database.db, accounts: services.accounts })
  await app.register(inputGuard)
  await app.register(health, { db: deps.database.db })
  // Before the rate limiter and every route: it sets the API routes' per-token limit as they are added.
  await app.register(apiConventions, {
    tokens: services.apiTokens,
    rateLimit: config.apiRateLimit,
    baseUrl: config.baseUrl,
  })

  await app.register(rateLimit, {
    global: false,
    // Counts live in the database, so a limit holds across every instance of the service.
    store: postgresRateLimitStore(deps.database.db, (error) =>
      app.log.error({ err: error }, 'removing ended rate limit windows failed'),
    ),
    // Shown as a page by the error handler; the limits themselves are set per route.
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests: try again in ${context.after}`), { statusCode: 429 }),
  })

  await app.register(homeRoutes, { services })
  await app.register(accountRoutes, { services })
  await app.register(myAccountRoutes, { services })
  await app.register(oidcRoutes, { services })
  await app.register(adminRoutes, { services })
  await app.register(catalogueRoutes, { services })
  await app.register(catalogueApiRoutes, { services })
  await app.register(adoptionsFeature, { services })
  await app.register(eventsFeature, { services })
  await app.register(mapFeature, { services })
  await app.register(insightRoutes, { services })
  await app.register(assessmentRoutes, { services })
  await app.register(worklistRoutes, { services })
  await app.register(criteriaRoutes, { services })
  await app.register(synonymRoutes, { services })
  await app.register(importsFeature, { services })
  await app.register(callAdminRoutes, { services })
  await app.register(callQuestionRoutes, { services })
  await app.register(callProgressRoutes, { services })
  await app.register(reviewRoutes, { services })
  await app.register(attachmentRoutes, { services })
  await app.register(theoryOfChangeFeature, { services })
  await app.register(evaluationFeature, { services })
  await app.register(contactRoutes, { services })
  await app.register(toolkitFeature, { services })
  await app.register(callRoutes, { services })
  await app.register(submissionRoutes, { services })
  await app.register(sectionRoutes, { services })
  await app.register(submitRoutes, { services })
  await app.register(exportsFeature, { services })
  await app.register(savedSearchesFeature, { services })
  await app.register(apiTokenRoutes, { services })
  await app.register(apiFeature, { services })
  await app.register(callAnnouncementRoutes, { services })
  return app
}
