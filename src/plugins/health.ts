import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { migrationsApplied, type Db } from '../db/client.js'

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export default fp(
  async function health(app: FastifyInstance, { db }: { db: Db }) {
    app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }))

    app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
      let timer: NodeJS.Timeout | undefined
      const withinASecond = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the database did not answer within a second')), 1_000)
      })
      try {
        const ready = await Promise.race([db.execute(sql`select 1`).then(() => migrationsApplied(db)), withinASecond])
        if (!ready) {
          return reply.code(503).send({ status: 'unavailable', reason: 'migrations not applied' })
        }
        return { status: 'ready' }
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable')
        return reply.code(503).send({ status: 'unavailable', reason: 'database not reachable' })
      } finally {
        clearTimeout(timer)
      }
    })
  },
  { name: 'health' },
)
