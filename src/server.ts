import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/client.js'
import { prepareDatabase } from './db/prepare.js'
import path from 'node:path'
import { createFileMailer, createSmtpMailer, describeMailDelivery } from './features/email/mailer.js'
import { OutboxWorker } from './features/email/worker.js'
import { loadDemoDataOnFirstStart } from './db/seed/seed-demo.js'
import { seedDemoCall } from './db/seed/demo-calls.js'
import { insertDemoSubmissions } from './db/seed/demo-submissions.js'
import { insertDemoEvents } from './db/seed/demo-events.js'
import { insertDemoSavedSearches } from './db/seed/demo-saved-searches.js'
import { insertDemoCallAnnouncementOptIns } from './db/seed/demo-call-announcements.js'
import { insertDemoEvaluations } from './db/seed/demo-evaluations.js'
import { insertDemoTheoryOfChange } from './db/seed/demo-theory-of-change.js'
import {
  DEMO_PASSWORD,
  demoContributorEmail,
  insertDemoUsers,
  shouldCreateDemoUsers,
} from './db/seed/seed-demo-users.js'

async function main(): Promise<void> {
  const config = loadConfig()
  const database = await openDatabase(config)
  await prepareDatabase(database)
  const app = await buildApp(config, { database })
  const loaded = await loadDemoDataOnFirstStart(database, config)
  if (loaded > 0)
    app.log.info(`loaded ${loaded} demo practice examples (remove them with: npm run seed:demo -- --remove)`)
  if (shouldCreateDemoUsers(config)) {
    const users = await insertDemoUsers(database.db)
    app.log.info(
      `demo accounts, password "${DEMO_PASSWORD}": ${users.map((u) => `${u.email} (${u.label})`).join(', ')}`,
    )
    const savedSearches = await insertDemoSavedSearches(database.db)
    if (savedSearches > 0) app.log.info(`added ${savedSearches} demo saved searches with e-mail alerts`)
    const optIns = await insertDemoCallAnnouncementOptIns(database.db)
    if (optIns > 0) app.log.info(`${optIns} demo account asked to hear about new calls for practice`)
  }
  if (loaded > 0) {
    const waiting = await insertDemoSubmissions(database.db, demoContributorEmail)
    app.log.info(`added ${waiting} demo submissions waiting for review`)
    app.log.info(`${await seedDemoCall(database.db)} demo submissions answer the open demo call`)
    app.log.info(`added ${await insertDemoEvents(database.db)} demo learning events`)
    app.log.info(`added ${await insertDemoEvaluations(database.db)} demo evaluations`)
    if (await insertDemoTheoryOfChange(database.db))
      app.log.info('added a demo theory of change, on a shortlisted demo practice open to researchers')
  }

  // Without SMTP, the worker writes each e-mail to DATA_DIR/mail; admins read them at /admin/mail.
  const smtpMailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined
  const mailer = smtpMailer ?? createFileMailer(path.join(config.dataDir, 'mail'), config.mailFrom)
  const outboxWorker = new OutboxWorker(database.db, mailer, {
    log: app.log,
    jobs: [
      {
        name: 'learning event reminders and purge',
        everyMs: 60_000,
        run: () => app.services.events.runScheduledJobs(),
      },
      {
        name: 'saved search alerts',
        everyMs: 60_000,
        run: () => app.services.savedSearches.sendDueAlerts(),
      },
    ],
  })
  outboxWorker.start()
  app.log.info(describeMailDelivery(config))

  app.server.keepAliveTimeout = 65_000
  app.server.requestTimeout = 30_000

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info(`${signal ?? 'shutdown'} received: finishing requests in flight`)
    await app.close()
    await outboxWorker.stop()
    smtpMailer?.close()
    await database.close()
  })

  await app.listen({ port: config.port, host: config.host })
  // What start-up built and no longer needs (compiled migrations, seed data, template sources) is
  // collected once now rather than held until the heap next fills (npm start passes --expose-gc).
  ;(globalThis as { gc?: () => void }).gc?.()
  app.log.info(
    `Practice Bank is running at ${config.baseUrl} (database: ${database.kind === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL'})`,
  )
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message)
  } else {
    console.error(error)
  }
  process.exit(1)
})
