import { createServer, type AddressInfo } from 'node:net'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { queryRows, type Database, type Db } from '../src/db/client.js'
import { outbox } from '../src/db/schema/index.js'
import { createSmtpMailer, type Mailer } from '../src/features/email/mailer.js'
import { enqueueEmail } from '../src/features/email/outbox.js'
import { OutboxWorker, retryDelayMs, type OutboxWorkerOptions } from '../src/features/email/worker.js'
import { createTestDatabase } from './support/database.js'
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js'

const FROM = 'Practice Bank <no-reply@practice-bank.invalid>'
const BASE_DELAY_MS = 60_000

let database: Database
let db: Db
let smtp: TestSmtpServer
let mailer: ReturnType<typeof createSmtpMailer>
const logged: { level: 'info' | 'error'; obj: object; msg: string }[] = []
const log: OutboxWorkerOptions['log'] = {
  info: (obj, msg) => logged.push({ level: 'info', obj, msg }),
  error: (obj, msg) => logged.push({ level: 'error', obj, msg }),
}

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  smtp = await startSmtpServer()
  mailer = createSmtpMailer(smtp.url, FROM)
})

afterAll(async () => {
  mailer?.close()
  await smtp?.close()
  await database?.close()
})

beforeEach(async () => {
  await db.delete(outbox)
  smtp.messages.length = 0
  smtp.failNext(0)
  logged.length = 0
})

const workerWith = (sender: Mailer, options: Partial<OutboxWorkerOptions> = {}) =>
  new OutboxWorker(db, sender, { baseDelayMs: BASE_DELAY_MS, log, ...options })

async function rowFor(to: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.toAddress, to))
  if (!row) throw new Error(`no outbox row for ${to}`)
  return row
}

/** Seconds from the database's now() to the row's next attempt, so the test does not depend on the local clock. */
async function secondsUntilNextAttempt(to: string): Promise<number> {
  const [row] = await queryRows<{ seconds: number }>(
    db,
    sql`select extract(epoch from next_attempt_at - now())::float8 as seconds from outbox where to_address = ${to}`,
  )
  return Number(row?.seconds)
}

/** Brings every pending row's next attempt into the past, as if the backoff had elapsed. */
async function makeDue(): Promise<void> {
  await db.execute(sql`update outbox set next_attempt_at = now() - interval '1 second' where status = 'pending'`)
}

/** A port nothing listens on: bind an ephemeral one, then free it. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A mailer that holds every send until `open()`, to catch a worker in the middle of a batch. */
function gatedMailer() {
  const sent: string[] = []
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let firstCall!: () => void
  const called = new Promise<void>((resolve) => (firstCall = resolve))
  const gated: Mailer = {
    async send(email) {
      firstCall()
      await gate
      sent.push(email.to)
    },
  }
  return { mailer: gated, sent, called, open: () => open() }
}

describe('delivering the outbox over SMTP', () => {
  it('sends a queued e-mail as plain text and marks the row sent', async () => {
    await enqueueEmail(db, {
      to: 'sam@merseyside.police.uk',
      subject: 'Confirm your e-mail address for Practice Bank',
      body: 'Hello Sam,\n\nConfirm your address: http://localhost:3000/verify-email?token=abc',
    })

    expect(await workerWith(mailer).runOnce()).toEqual({ sent: 1, failed: 0 })

    expect(smtp.messages.map(({ headers: _headers, ...message }) => message)).toEqual([
      {
        to: 'sam@merseyside.police.uk',
        from: FROM,
        subject: 'Confirm your e-mail address for Practice Bank',
        text: 'Hello Sam,\n\nConfirm your address: http://localhost:3000/verify-email?token=abc',
      },
    ])
    // A message with no extra headers gets none: no List-Unsubscribe on a verification e-mail.
    expect(Object.keys(smtp.messages[0]?.headers ?? {}).filter((name) => name.startsWith('list-'))).toEqual([])
    const row = await rowFor('sam@merseyside.police.uk')
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null })
    expect(row.sentAt).toBeInstanceOf(Date)
  })

  it('sends due rows oldest first and leaves nothing behind when the batch is small', async () => {
    for (const n of [1, 2, 3]) await enqueueEmail(db, { to: `p${n}@kent.police.uk`, subject: `Mail ${n}`, body: 'x' })

    expect(await workerWith(mailer, { batchSize: 2 }).runOnce()).toEqual({ sent: 2, failed: 0 })
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Mail 1', 'Mail 2'])
    expect(await workerWith(mailer, { batchSize: 2 }).runOnce()).toEqual({ sent: 1, failed: 0 })
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Mail 1', 'Mail 2', 'Mail 3'])
  })

  it('does not send rows whose next attempt is still in the future', async () => {
    await enqueueEmail(db, { to: 'later@kent.police.uk', subject: 'Later', body: 'x' })
    await db.execute(sql`update outbox set next_attempt_at = now() + interval '1 hour'`)

    expect(await workerWith(mailer).runOnce()).toEqual({ sent: 0, failed: 0 })

    expect(smtp.messages).toEqual([])
    expect(await rowFor('later@kent.police.uk')).toMatchObject({ status: 'pending', attempts: 0 })
  })
})

describe('retrying', () => {
  it('keeps a rejected e-mail pending with a growing delay, then sends it', async () => {
    await enqueueEmail(db, { to: 'retry@kent.police.uk', subject: 'Retry me', body: 'x' })
    const worker = workerWith(mailer)
    smtp.failNext(2)

    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 })
    const first = await rowFor('retry@kent.police.uk')
    expect(first).toMatchObject({ status: 'pending', attempts: 1, sentAt: null })
    expect(first.lastError).toMatch(/451/)
    expect(await secondsUntilNextAttempt('retry@kent.police.uk')).toBeCloseTo(BASE_DELAY_MS / 1000, -1)
    // Not due yet, so a run straight away leaves it alone.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 })

    await makeDue()
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 })
    expect(await rowFor('retry@kent.police.uk')).toMatchObject({ status: 'pending', attempts: 2 })
    expect(await secondsUntilNextAttempt('retry@kent.police.uk')).toBeCloseTo((2 * BASE_DELAY_MS) / 1000, -1)

    await makeDue()
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 })
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Retry me'])
    expect(await rowFor('retry@kent.police.uk')).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
    expect(logged.filter((entry) => entry.level === 'error').map((entry) => entry.msg)).toEqual([
      'e-mail failed; will retry',
      'e-mail failed; will retry',
    ])
  })

  it('gives up after maxAttempts and marks the row failed', async () => {
    await enqueueEmail(db, { to: 'doomed@kent.police.uk', subject: 'Doomed', body: 'x' })
    const worker = workerWith(mailer, { maxAttempts: 3 })
    smtp.failNext(3)

    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 1 })
      await makeDue()
    }

    expect(await rowFor('doomed@kent.police.uk')).toMatchObject({ status: 'failed', attempts: 3 })
    expect(logged.at(-1)?.msg).toBe('e-mail failed for the last time')
    // The server would accept it now, but a failed row is left for an admin.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 })
    expect(smtp.messages).toEqual([])
  })

  it('retries, rather than loses, an e-mail when the SMTP server is unreachable', async () => {
    await enqueueEmail(db, { to: 'offline@kent.police.uk', subject: 'Offline', body: 'x' })
    const unreachable = createSmtpMailer(`smtp://127.0.0.1:${await closedPort()}`, FROM)
    try {
      expect(await workerWith(unreachable).runOnce()).toEqual({ sent: 0, failed: 1 })
    } finally {
      unreachable.close()
    }
    const row = await rowFor('offline@kent.police.uk')
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i)
    expect(await secondsUntilNextAttempt('offline@kent.police.uk')).toBeGreaterThan(0)

    await makeDue()
    expect(await workerWith(mailer).runOnce()).toEqual({ sent: 1, failed: 0 })
    expect(smtp.messages.map((m) => m.to)).toEqual(['offline@kent.police.uk'])
  })

  it('keeps the last error short', async () => {
    await enqueueEmail(db, { to: 'long@kent.police.uk', subject: 'Long', body: 'x' })
    const chatty: Mailer = { send: () => Promise.reject(new Error('x'.repeat(2_000))) }

    await workerWith(chatty).runOnce()

    expect((await rowFor('long@kent.police.uk')).lastError).toHaveLength(500)
  })

  it('doubles the delay each time, up to six hours', () => {
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(retryDelayMs(20, 30_000)).toBe(6 * 60 * 60 * 1000)
    expect(retryDelayMs(2_000, 30_000)).toBe(6 * 60 * 60 * 1000)
  })

  it('caps the delay the database records at six hours', async () => {
    await enqueueEmail(db, { to: 'capped@kent.police.uk', subject: 'Capped', body: 'x' })
    smtp.failNext(1)

    await workerWith(mailer, { baseDelayMs: 24 * 60 * 60 * 1000 }).runOnce()

    expect(await secondsUntilNextAttempt('capped@kent.police.uk')).toBeCloseTo(6 * 60 * 60, -1)
  })
})

describe('several workers at once', () => {
  it('sends each e-mail exactly once when three workers run together', async () => {
    const count = 25
    for (let n = 0; n < count; n++) {
      await enqueueEmail(db, { to: `many${n}@kent.police.uk`, subject: `Mail ${n}`, body: `Body ${n}` })
    }
    const mailers = [1, 2, 3].map(() => createSmtpMailer(smtp.url, FROM))
    const pending = async () =>
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from outbox where status = 'pending'`))[0]?.n
    // Each worker loops on its own schedule, so claims interleave with other workers' sends and updates.
    const drain = async (worker: OutboxWorker) => {
      for (let run = 0; run < 500 && (await pending()) !== 0; run++) await worker.runOnce()
    }

    try {
      await Promise.all(mailers.map((each) => drain(workerWith(each, { batchSize: 3 }))))
    } finally {
      for (const each of mailers) each.close()
    }

    expect(smtp.messages).toHaveLength(count)
    expect(new Set(smtp.messages.map((m) => m.subject)).size).toBe(count)
    const statuses = await queryRows<{ status: string; attempts: number; n: number }>(
      db,
      sql`select status, attempts, count(*)::int as n from outbox group by status, attempts`,
    )
    expect(statuses).toEqual([{ status: 'sent', attempts: 1, n: count }])
  })

  it('hides a claimed batch from other workers while it is being sent', async () => {
    await enqueueEmail(db, { to: 'leased@kent.police.uk', subject: 'Leased', body: 'x' })
    const slow = gatedMailer()
    const running = workerWith(slow.mailer).runOnce()
    await slow.called

    // The claiming transaction has committed: no lock is held (nowait would fail), only the lease keeps others away.
    await db.execute(sql`select id from outbox for update nowait`)
    expect(await workerWith(mailer).runOnce()).toEqual({ sent: 0, failed: 0 })
    expect(await secondsUntilNextAttempt('leased@kent.police.uk')).toBeGreaterThan(60)

    slow.open()
    expect(await running).toEqual({ sent: 1, failed: 0 })
    expect(slow.sent).toEqual(['leased@kent.police.uk'])
    expect(smtp.messages).toEqual([])
    expect(await rowFor('leased@kent.police.uk')).toMatchObject({ status: 'sent', attempts: 1 })
  })
})

describe('running in the background', () => {
  it('delivers on its own once started, and stops', async () => {
    const worker = workerWith(mailer, { intervalMs: 20 })
    worker.start()
    try {
      await enqueueEmail(db, { to: 'background@kent.police.uk', subject: 'Background', body: 'x' })
      await expect.poll(() => smtp.messages.length, { timeout: 5_000 }).toBe(1)
    } finally {
      await worker.stop()
    }
    expect(await rowFor('background@kent.police.uk')).toMatchObject({ status: 'sent' })
  })

  it('on stop, finishes the mail in hand and hands the rest of the batch back', async () => {
    for (const n of [1, 2, 3])
      await enqueueEmail(db, { to: `stop${n}@kent.police.uk`, subject: `Stop ${n}`, body: 'x' })
    const slow = gatedMailer()
    const worker = workerWith(slow.mailer, { intervalMs: 20 })
    worker.start()
    await slow.called

    let stopped = false
    const stopping = worker.stop().then(() => (stopped = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stopped).toBe(false)
    slow.open()
    await stopping

    expect(slow.sent).toEqual(['stop1@kent.police.uk'])
    expect(await rowFor('stop1@kent.police.uk')).toMatchObject({ status: 'sent' })
    for (const to of ['stop2@kent.police.uk', 'stop3@kent.police.uk']) {
      expect(await rowFor(to)).toMatchObject({ status: 'pending', attempts: 0 })
      expect(await secondsUntilNextAttempt(to)).toBeLessThanOrEqual(0)
    }
  })
})
