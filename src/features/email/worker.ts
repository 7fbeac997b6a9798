import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { outbox } from '../../db/schema/index.js'
import type { Mailer } from './mailer.js'

export interface OutboxWorkerOptions {
  /** rows claimed per run */
  batchSize?: number
  /** after this many failed attempts a row is marked 'failed' and left for an admin */
  maxAttempts?: number
  /** the first retry waits this long; each later one twice as long as the one before, up to six hours */
  baseDelayMs?: number
  intervalMs?: number
  /** how long a claimed batch is hidden from other workers while this one sends it */
  leaseMs?: number
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void }
  /**
   * Scheduled jobs run before each delivery run (reminders, purges). Several instances run them at
   * once, so each job must claim its work itself (`for update skip locked` or a unique key).
   */
  jobs?: ScheduledJob[]
}

export interface ScheduledJob {
  name: string
  /** at most this often per instance (default: every tick) */
  everyMs?: number
  run(): Promise<unknown>
}

export interface RunResult {
  sent: number
  /** attempts that failed in this run, whether or not the row will be retried */
  failed: number
}

const MAX_DELAY_MS = 6 * 60 * 60 * 1000
const MAX_ERROR_LENGTH = 500

/** `now() + ms` computed by the database, so instances with skewed clocks agree on what is due */
const nowPlus = (ms: number) => sql`now() + ${Math.round(ms)}::double precision * interval '1 millisecond'`

/** The wait before the next attempt, given how many attempts had been made before the one that just failed. */
export function retryDelayMs(previousAttempts: number, baseDelayMs: number): number {
  return Math.min(baseDelayMs * 2 ** previousAttempts, MAX_DELAY_MS)
}

/**
 * Delivers the outbox. Several instances may run at once: each run claims a batch of due rows with
 * `for update skip locked` and, in the same short transaction, moves their next_attempt_at forward by
 * a lease, so no row locks are held while talking to a slow SMTP server and other workers skip the
 * batch until the lease ends. A worker that dies mid-batch therefore delays those mails by the lease,
 * and one that sent a mail but died before recording it sends it again: delivery is at least once.
 */
export class OutboxWorker {
  private readonly batchSize: number
  private readonly maxAttempts: number
  private readonly baseDelayMs: number
  private readonly intervalMs: number
  private readonly leaseMs: number
  private readonly log: OutboxWorkerOptions['log']
  private readonly jobs: ScheduledJob[]
  private readonly lastJobRun = new Map<ScheduledJob, number>()
  private timer: NodeJS.Timeout | undefined
  private readonly running = new Set<Promise<RunResult>>()
  private stopping = false

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    options: OutboxWorkerOptions,
  ) {
    this.batchSize = options.batchSize ?? 10
    this.maxAttempts = options.maxAttempts ?? 8
    this.baseDelayMs = options.baseDelayMs ?? 30_000
    this.intervalMs = options.intervalMs ?? 5_000
    this.leaseMs = options.leaseMs ?? 5 * 60_000
    this.log = options.log
    this.jobs = options.jobs ?? []
  }

  /** Runs the scheduled jobs that are due (all of them when forced); one failing does not stop the others. */
  async runJobs(force = true): Promise<void> {
    for (const job of this.jobs) {
      const last = this.lastJobRun.get(job)
      if (!force && last !== undefined && Date.now() - last < (job.everyMs ?? 0)) continue
      this.lastJobRun.set(job, Date.now())
      try {
        await job.run()
      } catch (error) {
        this.log.error({ err: error, job: job.name }, 'scheduled job failed')
      }
    }
  }

  start(): void {
    if (this.timer) return
    this.timer = setInterval(() => void this.tick(), this.intervalMs)
    this.timer.unref()
  }

  /** Stops the timer and waits for a run in flight, which hands back any rows it has not reached yet. */
  async stop(): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    this.stopping = true
    await Promise.allSettled([...this.running])
    this.stopping = false
  }

  runOnce(): Promise<RunResult> {
    const run = this.run()
    this.running.add(run)
    const forget = () => this.running.delete(run)
    run.then(forget, forget)
    return run
  }

  private async tick(): Promise<void> {
    // A slow batch can outlast the interval: one run at a time per instance is enough.
    if (this.running.size > 0) return
    try {
      await this.runJobs(false)
      await this.runOnce()
    } catch (error) {
      this.log.error({ err: error }, 'outbox worker could not read the outbox')
    }
  }

  private async run(): Promise<RunResult> {
    const result: RunResult = { sent: 0, failed: 0 }
    const batch = await this.claim()
    // Past half the lease, another worker may soon take the same rows: hand the rest back instead.
    const deadline = Date.now() + this.leaseMs / 2
    for (const [index, row] of batch.entries()) {
      if (this.stopping || Date.now() > deadline) {
        await this.release(batch.slice(index).map((r) => r.id))
        break
      }
      if (await this.deliver(row)) result.sent++
      else result.failed++
    }
    return result
  }

  private claim() {
    return this.db.transaction(async (tx) => {
      const due = await tx
        .select({
          id: outbox.id,
          to: outbox.toAddress,
          subject: outbox.subject,
          body: outbox.body,
          replyTo: outbox.replyTo,
          headers: outbox.headers,
        })
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql`now()`)))
        .orderBy(asc(outbox.id))
        .limit(this.batchSize)
        .for('update', { skipLocked: true })
      const ids = due.map((row) => row.id)
      if (ids.length > 0) {
        await tx
          .update(outbox)
          .set({ nextAttemptAt: nowPlus(this.leaseMs) })
          .where(inArray(outbox.id, ids))
      }
      return due
    })
  }

  /** Sends one claimed row and records the outcome; true when the server accepted it. */
  private async deliver(row: {
    id: number
    to: string
    subject: string
    body: string
    replyTo: string | null
    headers: Record<string, string>
  }): Promise<boolean> {
    try {
      await this.mailer.send({
        to: row.to,
        subject: row.subject,
        body: row.body,
        replyTo: row.replyTo,
        headers: row.headers,
      })
    } catch (error) {
      await this.recordFailure(row.id, error)
      return false
    }
    await this.db
      .update(outbox)
      .set({ status: 'sent', sentAt: sql`now()`, attempts: sql`${outbox.attempts} + 1`, lastError: null })
      .where(eq(outbox.id, row.id))
    this.log.info({ outboxId: row.id }, 'e-mail sent')
    return true
  }

  private async recordFailure(id: number, error: unknown): Promise<void> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH)
    // Read the attempt count under the row lock, so the delay and the final status follow from it.
    const [updated] = await this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ attempts: outbox.attempts })
        .from(outbox)
        .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')))
        .for('update')
      // Already sent by another worker after our lease ran out: its outcome stands.
      if (!row) return []
      const attempts = row.attempts + 1
      return tx
        .update(outbox)
        .set({
          attempts,
          lastError: message,
          status: attempts >= this.maxAttempts ? 'failed' : 'pending',
          nextAttemptAt: nowPlus(retryDelayMs(row.attempts, this.baseDelayMs)),
        })
        .where(eq(outbox.id, id))
        .returning({ attempts: outbox.attempts, status: outbox.status })
    })
    if (!updated) return
    this.log.error(
      { outboxId: id, attempts: updated.attempts, status: updated.status, err: message },
      updated.status === 'failed' ? 'e-mail failed for the last time' : 'e-mail failed; will retry',
    )
  }

  private async release(ids: number[]): Promise<void> {
    await this.db
      .update(outbox)
      .set({ nextAttemptAt: sql`now()` })
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
  }
}
