import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { insertDemoPractices } from '../src/db/seed/seed-demo.js'
import { insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { insertDemoCallAnnouncementOptIns } from '../src/db/seed/demo-call-announcements.js'
import { insertAssessmentFixtures } from './support/assessment-fixtures.js'
import { insertReviewJourneyPractice } from './support/review-fixtures.js'
import { insertDemoDraft } from './support/drafts.js'
import { insertHostilePractice } from './support/hostile-practice.js'
import { insertDemoEvents } from '../src/db/seed/demo-events.js'
import { insertEventJourneyPractice } from './support/event-fixtures.js'
import { insertAlertJourneyPractice } from './support/saved-search-fixtures.js'
import { insertDemoEvaluations } from '../src/db/seed/demo-evaluations.js'
import { insertDemoTheoryOfChange } from '../src/db/seed/demo-theory-of-change.js'
import { insertEvaluationJourneyPractice } from './support/evaluation-fixtures.js'
import { insertTheoryOfChangeJourneyPractice, insertTheoryOfChangePublishedPractice } from './support/toc-fixtures.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** where the app under test listens, without a trailing slash */
    baseUrl: string
  }
}

interface ScratchDatabase {
  url: string
  drop(): Promise<void>
}

/**
 * With DATABASE_URL set, the journeys get a PostgreSQL database of their own, made for this run and
 * dropped after it, so no one else's data is read or changed. Without it, PGlite runs in memory.
 */
async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `pb_e2e_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database "${name}"`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const cleaner = new pg.Client({ connectionString: serverUrl })
      await cleaner.connect()
      try {
        await cleaner.query(`drop database if exists "${name}" with (force)`)
      } finally {
        await cleaner.end()
      }
    },
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Undone in reverse order at teardown, or straight away when start-up fails part way.
  const cleanups: (() => Promise<void>)[] = []
  const teardown = async () => {
    const failures: unknown[] = []
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error))
    if (failures.length) throw new AggregateError(failures, 'e2e teardown did not finish cleanly')
  }
  try {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'practice-bank-e2e-'))
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined
    if (scratch) cleanups.push(scratch.drop)

    const config = loadConfig({
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url ?? '',
      // Vitest sets BASE_URL to '/' (Vite's public base path); the app must not take it for its own address.
      BASE_URL: '',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'x'.repeat(32),
      DEMO_DATA: 'off',
    })
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir, inMemory: true })
    cleanups.push(() => database.close())
    await prepareDatabase(database)
    await insertDemoPractices(database.db)
    await insertDemoUsers(database.db)
    await insertDemoCallAnnouncementOptIns(database.db)
    await insertAssessmentFixtures(database.db)
    await insertReviewJourneyPractice(database.db)
    await insertHostilePractice(database.db)
    await insertDemoEvents(database.db)
    await insertEventJourneyPractice(database.db, 'contributor@demo.example.org')
    await insertAlertJourneyPractice(database.db)
    await insertDemoEvaluations(database.db)
    await insertDemoTheoryOfChange(database.db)
    await insertEvaluationJourneyPractice(database.db)
    project.provide(
      'demoDraftId',
      await insertDemoDraft(database.db, 'contributor@demo.example.org', 'Safe spaces for victims to talk'),
    )
    project.provide(
      'tocPracticeId',
      await insertTheoryOfChangeJourneyPractice(database.db, 'contributor@demo.example.org'),
    )
    project.provide(
      'tocPublishedId',
      await insertTheoryOfChangePublishedPractice(database.db, 'contributor@demo.example.org'),
    )

    const app = await buildApp(config, { database, logger: false })
    cleanups.push(() => app.close())
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    // The saved-search alert job, as the outbox worker runs it, with every alert counted as due (they
    // are otherwise due a day or a week after saving): each run e-mails only what is new since the last.
    const alertsAsOf = () => new Date(Date.now() + 8 * 86_400_000)
    const alerts = setInterval(() => {
      app.services.savedSearches
        .sendDueAlerts({ asOf: alertsAsOf() })
        // A failed run is tried again a second later; say why, so a journey waiting on an alert can be read.
        .catch((error: unknown) => console.error('saved-search alert run failed:', error))
    }, 1000)
    cleanups.push(async () => clearInterval(alerts))
    project.provide('baseUrl', `http://127.0.0.1:${port}`)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
