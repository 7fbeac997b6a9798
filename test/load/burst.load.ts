import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, queryRows, type Database } from '../../src/db/client.js'
import { databaseUrlFor } from '../support/database-url.js'
import { completeAnswers } from '../support/submissions.js'
import { aUser, PASSWORD } from '../support/users.js'
import { Browser, startServer, type ServerProcess } from './processes.js'

/**
 * Bursts of final submissions against two real server processes on one PostgreSQL database, and
 * one of them killed with SIGKILL in the middle of a burst. Needs DATABASE_URL (a PostgreSQL server:
 * the test makes a database of its own on it and drops it at the end).
 */
const serverUrl = process.env.DATABASE_URL
const name = `pb_load_${randomBytes(5).toString('hex')}`
const sessionSecret = randomBytes(24).toString('hex')
const PEOPLE = 4
const BURST = 200

let databaseUrl: string
let database: Database
const instances: ServerProcess[] = []
/** one signed-in person each, with a complete draft to copy and a CSRF token from a page */
const people: { userId: number; browser: Browser; token: string; draft: number }[] = []

/** list[index], which the test knows is there */
function at<T>(list: T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`nothing at ${index}`)
  return item
}

const start = (port = 0) => startServer({ databaseUrl, sessionSecret, port })
const portFor = (index: number) => (process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) + index : 0)

beforeAll(async () => {
  if (!serverUrl?.startsWith('postgres')) throw new Error('npm run test:load needs DATABASE_URL (a PostgreSQL server)')
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  databaseUrl = databaseUrlFor(serverUrl, name)
  // The first instance migrates the database; the second finds it ready.
  instances.push(await start(portFor(0)))
  instances.push(await start(portFor(1)))
  database = await openDatabase({ databaseUrl, dataDir: '', poolSize: 3 })
  for (let i = 0; i < PEOPLE; i += 1) {
    const { id, email } = await aUser(database.db, { organisation: 'kent' })
    const browser = new Browser(at(instances, i % 2).baseUrl)
    await browser.signIn(email, PASSWORD)
    const draft = await browser.completeDraft(completeAnswers)
    const token = String((await browser.get('/submit')).$('input[name=_csrf]').first().val())
    people.push({ userId: id, browser, token, draft })
  }
})

afterAll(async () => {
  for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill('SIGKILL')
  await database?.close()
  if (serverUrl?.startsWith('postgres')) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
})

/** `perPerson` copies of each person's complete draft, made in SQL: the burst is about submitting. */
async function copiesOfDrafts(perPerson: number, label: string): Promise<{ id: number; person: number }[]> {
  const columns = (
    await queryRows<{ column_name: string }>(
      database.db,
      sql`select column_name from information_schema.columns
          where table_name = 'practices' and is_generated = 'NEVER' and column_name not in ('id', 'slug')`,
    )
  ).map((c) => `"${c.column_name}"`)
  const list = sql.raw(columns.join(', '))
  const made: { id: number; person: number }[] = []
  for (const [person, { draft }] of people.entries()) {
    const rows = await queryRows<{ id: number }>(
      database.db,
      sql`insert into practices (slug, ${list})
          select p.slug || ${`-${label}-`} || g, ${sql.raw(columns.map((c) => `p.${c}`).join(', '))}
          from practices p, generate_series(1, ${perPerson}) g where p.id = ${draft}
          returning id`,
    )
    made.push(...rows.map((row) => ({ id: row.id, person })))
  }
  return made
}

/** each draft's version, read before a burst (one query, not one per request) */
const versions = new Map<number, number>()
async function readVersions(ids: number[]) {
  const rows = await queryRows<{ id: number; version: number }>(
    database.db,
    sql`select id, version from practices where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
  for (const row of rows) versions.set(row.id, row.version)
}

interface Outcome {
  id: number
  status: number | 'no answer'
  location?: string
}

/** Presses "Send for review" on a draft, through instance `via`, as its owner. */
async function send(id: number, person: number, via: ServerProcess): Promise<Outcome> {
  const { browser, token } = at(people, person)
  const version = versions.get(id)
  const tab = new Browser(via.baseUrl)
  for (const [key, value] of browser.cookies) tab.cookies.set(key, value)
  try {
    const page = await tab.post(`/submissions/${id}/submit`, { version: String(version), _csrf: token })
    return { id, status: page.status, location: page.location }
  } catch {
    // The instance was killed while the request was in flight.
    return { id, status: 'no answer' }
  }
}

async function submittedState(ids: number[]) {
  return queryRows<{
    id: number
    status: string
    reference: string | null
    events: number
    audits: number
    mails: number
  }>(
    database.db,
    sql`select p.id, p.status, p.reference,
          (select count(*)::int from practice_events e where e.practice_id = p.id and e.kind = 'submitted') as events,
          (select count(*)::int from audit_events a
             where a.action = 'practice-submitted' and (a.details->>'practiceId')::int = p.id) as audits,
          (select count(*)::int from outbox o where p.reference is not null and o.subject like '%' || p.reference || '%') as mails
        from practices p where p.id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        order by p.id`,
  )
}

function expectWhole(rows: Awaited<ReturnType<typeof submittedState>>) {
  for (const row of rows) {
    expect(row.status, `practice ${row.id}`).toBe('submitted')
    expect(row.reference, `practice ${row.id}`).toMatch(/^PB-\d{4}-\d{4,}$/)
    expect(row.events, `timeline event of practice ${row.id}`).toBe(1)
    expect(row.audits, `audit row of practice ${row.id}`).toBe(1)
    expect(row.mails, `e-mails about practice ${row.id}`).toBeGreaterThan(0)
  }
}

describe('a burst of final submissions on two instances of the service', () => {
  it(`${BURST} at once, split across both: ${BURST} distinct references, no 5xx`, async () => {
    const drafts = await copiesOfDrafts(BURST / PEOPLE, 'a')
    await readVersions(drafts.map((d) => d.id))
    const outcomes = await Promise.all(drafts.map(({ id, person }, i) => send(id, person, at(instances, i % 2))))
    const statuses = outcomes.map((o) => o.status)
    expect(statuses.filter((s) => s === 'no answer' || s >= 500)).toEqual([])
    expect(outcomes.every((o) => o.status === 302 && o.location === `/submissions/${o.id}/confirmation`)).toBe(true)
    const rows = await submittedState(drafts.map((d) => d.id))
    expect(new Set(rows.map((r) => r.reference)).size).toBe(BURST)
    expectWhole(rows)
  })

  it('with one instance killed (SIGKILL) mid-burst and restarted: none lost, duplicated or half-written', async () => {
    const drafts = await copiesOfDrafts(BURST / PEOPLE, 'b')
    await readVersions(drafts.map((d) => d.id))
    const victim = at(instances, 1)
    let answered = 0
    let killed = false
    const exited = once(victim.child, 'exit')
    const outcomes = await Promise.all(
      drafts.map(async ({ id, person }, i) => {
        const outcome = await send(id, person, at(instances, i % 2))
        // Counted on the victim's own answers, so most of its share is still in flight when it dies.
        if (i % 2 === 1) answered += 1
        if (!killed && answered >= BURST / 20) {
          killed = true
          victim.child.kill('SIGKILL')
        }
        return { ...outcome, via: i % 2 }
      }),
    )
    await exited
    expect(killed).toBe(true)
    // The instance that stayed up answered every request, without a 5xx.
    const survivor = outcomes.filter((o) => o.via === 0)
    expect(survivor.filter((o) => o.status !== 302)).toEqual([])
    // The killed instance answered some before it died: those answers were not 5xx either.
    const answeredByVictim = outcomes.filter((o) => o.via === 1 && o.status !== 'no answer')
    expect(answeredByVictim.filter((o) => o.status !== 302)).toEqual([])
    expect(outcomes.some((o) => o.status === 'no answer')).toBe(true)

    // Restart it; whatever is still a draft is sent again, through the restarted instance.
    instances[1] = await start(portFor(1))
    const before = await submittedState(drafts.map((d) => d.id))
    const stillDrafts = before.filter((r) => r.status === 'draft')
    for (const row of before.filter((r) => r.status !== 'draft')) expect(row.reference).not.toBeNull()
    for (const row of stillDrafts) {
      expect(row.reference, `draft ${row.id} has no reference`).toBeNull()
      expect(row.events + row.audits, `draft ${row.id} has no trace of a submission`).toBe(0)
    }
    await readVersions(stillDrafts.map((r) => r.id))
    const retried = await Promise.all(
      stillDrafts.map((row) =>
        send(
          row.id,
          at(
            drafts.filter((d) => d.id === row.id),
            0,
          ).person,
          at(instances, 1),
        ),
      ),
    )
    expect(retried.filter((o) => o.status !== 302)).toEqual([])

    const after = await submittedState(drafts.map((d) => d.id))
    expectWhole(after)
    const everyReference = await queryRows<{ reference: string }>(
      database.db,
      sql`select reference from practices where reference is not null`,
    )
    expect(new Set(everyReference.map((r) => r.reference)).size).toBe(everyReference.length)
    expect(everyReference.length).toBeGreaterThanOrEqual(2 * BURST)
  })
})
