/**
 * A soak: one instance of the service on loopback, on PostgreSQL (DATABASE_URL), under a steady mixed
 * workload (search, practice pages, the API, sign-in, saving a section, sending for review) from a
 * few bounded request loops. Every 30 s it reports the server's memory (after a full garbage
 * collection) and at the end whether memory grew after warm-up.
 *
 *   DATABASE_URL=postgres://… npm run soak -- --minutes 20 [--port 55605] [--workers 4]
 *
 * It works in a database of its own on that server (pb_soak_…), dropped at the end.
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { openDatabase } from '../src/db/client.js'
import { databaseUrlFor } from '../test/support/database-url.js'
import { completeAnswers } from '../test/support/submissions.js'
import { aUser, PASSWORD } from '../test/support/users.js'
import { Browser, startServer } from '../test/load/processes.js'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '20' },
    port: { type: 'string', default: '0' },
    workers: { type: 'string', default: '4' },
    out: { type: 'string' },
  },
})
const minutes = Number(values.minutes)
const workers = Number(values.workers)
if (!(minutes > 0) || !(workers > 0)) throw new Error('--minutes and --workers must be positive numbers')
const serverUrl = process.env.DATABASE_URL
if (!serverUrl?.startsWith('postgres')) throw new Error('set DATABASE_URL to a PostgreSQL server')

const MB = 1024 * 1024

function at<T>(list: T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`nothing at ${index}`)
  return item
}
const words = ['domestic', 'victim', 'panel', 'control room', 'stalking', 'youth', 'callback', 'training']

interface Sample {
  at: number
  rss: number
  heapUsed: number
  heapTotal: number
  external: number
}

async function main() {
  const name = `pb_soak_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const databaseUrl = databaseUrlFor(serverUrl as string, name)
  const server = await startServer({
    databaseUrl,
    sessionSecret: randomBytes(24).toString('hex'),
    port: Number(values.port),
    preload: path.resolve(import.meta.dirname, 'soak-memory.ts'),
    env: { DEMO_DATA: 'on' },
  })
  const samples: Sample[] = []
  const started = Date.now()
  const counts = { requests: 0, serverErrors: 0, other: 0, submitted: 0 }
  let lastLine = ''
  server.child.stderr?.on('data', (chunk: Buffer) => {
    const text = lastLine + chunk.toString()
    const lines = text.split('\n')
    lastLine = lines.pop() ?? ''
    for (const line of lines) {
      const match = /^SOAK_MEMORY (\{.*\})$/.exec(line)
      if (!match?.[1]) continue
      const sample = JSON.parse(match[1]) as Sample
      samples.push(sample)
      const minute = ((sample.at - started) / 60_000).toFixed(1)
      console.log(
        `${minute.padStart(5)} min  rss ${(sample.rss / MB).toFixed(1)} MB  heap used ${(sample.heapUsed / MB).toFixed(1)} MB` +
          `  heap total ${(sample.heapTotal / MB).toFixed(1)} MB  requests ${counts.requests}  5xx ${counts.serverErrors}` +
          `  submitted ${counts.submitted}`,
      )
    }
  })

  const database = await openDatabase({ databaseUrl, dataDir: '', poolSize: 2 })
  const people: { id: number; email: string }[] = []
  for (let i = 0; i < workers + 1; i += 1) people.push(await aUser(database.db, { organisation: 'kent' }))
  await database.close()

  const deadline = started + minutes * 60_000
  const count = (status: number) => {
    counts.requests += 1
    if (status >= 500) counts.serverErrors += 1
    else if (status >= 400 && status !== 409 && status !== 429) counts.other += 1
    return status
  }
  const api = await (await fetch(`${server.baseUrl}/api/v1/practices`)).json()
  const slugs = ((api as { results?: { slug?: string }[] }).results ?? []).flatMap((p) => (p.slug ? [p.slug] : []))
  if (slugs.length === 0) throw new Error('no published practice to read')

  /** search, practice page, API and saving a section, as one signed-in person */
  async function reader(index: number) {
    const person = at(people, index)
    const browser = new Browser(server.baseUrl)
    await browser.signIn(person.email, PASSWORD)
    const draft = await browser.completeDraft(completeAnswers)
    for (let i = 0; Date.now() < deadline; i += 1) {
      const word = at(words, i % words.length)
      count((await browser.get(`/practices?q=${encodeURIComponent(word)}`)).status)
      count((await browser.get(`/practices/${slugs[(i + index) % slugs.length]}`)).status)
      const response = await fetch(`${server.baseUrl}/api/v1/practices?q=${encodeURIComponent(word)}`)
      await response.arrayBuffer()
      count(response.status)
      const saved = await browser.submit(`/submissions/${draft}/about`, {
        ...completeAnswers.about,
        title: `Victim panel for control room callbacks, version ${i}`,
        action: 'later',
      })
      count(saved.status)
    }
  }

  /** signs in every 20 s, after the others have (sign-in is limited to 10 a minute from one address) */
  async function signer() {
    const person = at(people, workers)
    await new Promise((resolve) => setTimeout(resolve, 30_000))
    while (Date.now() < deadline) {
      const browser = new Browser(server.baseUrl)
      const page = await browser.submit('/sign-in', { email: person.email, password: PASSWORD })
      count(page.status)
      if (page.status === 302) count((await browser.get('/account')).status)
      await new Promise((resolve) => setTimeout(resolve, 20_000))
    }
  }

  /** starts a draft, answers every section and sends it for review, every 5 s (starting is limited to 30 a minute) */
  async function submitter() {
    const person = at(people, 0)
    const browser = new Browser(server.baseUrl)
    await browser.signIn(person.email, PASSWORD)
    while (Date.now() < deadline) {
      const id = await browser.completeDraft(completeAnswers)
      const sent = await browser.submit(`/submissions/${id}/submit`, {}, `/submissions/${id}/check-answers`)
      count(sent.status)
      if (sent.status === 302) counts.submitted += 1
      await new Promise((resolve) => setTimeout(resolve, 5_000))
    }
  }

  const loops = [signer(), submitter(), ...Array.from({ length: workers }, (_, i) => reader(i))]
  const outcomes = await Promise.allSettled(loops)
  // One more sample after the load stops.
  await new Promise((resolve) => setTimeout(resolve, 31_000))
  server.child.kill('SIGTERM')
  await new Promise((resolve) => server.child.once('exit', resolve))
  await admin.query(`drop database if exists ${name}`)
  await admin.end()

  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))
  const warm = samples.filter((s) => s.at - started >= Math.min(5 * 60_000, (minutes * 60_000) / 4))
  const quarter = Math.max(1, Math.floor(warm.length / 4))
  const avg = (list: Sample[], key: keyof Sample) => list.reduce((sum, s) => sum + s[key], 0) / list.length / MB
  const first = warm.slice(0, quarter)
  const last = warm.slice(-quarter)
  const summary = {
    minutes,
    workers,
    requests: counts.requests,
    serverErrors: counts.serverErrors,
    otherClientErrors: counts.other,
    submitted: counts.submitted,
    loopFailures: failures,
    samples: samples.length,
    afterWarmUp: warm.length
      ? {
          heapUsedFirstQuarterMB: Number(avg(first, 'heapUsed').toFixed(1)),
          heapUsedLastQuarterMB: Number(avg(last, 'heapUsed').toFixed(1)),
          rssFirstQuarterMB: Number(avg(first, 'rss').toFixed(1)),
          rssLastQuarterMB: Number(avg(last, 'rss').toFixed(1)),
          maxRssMB: Number((Math.max(...warm.map((s) => s.rss)) / MB).toFixed(1)),
        }
      : null,
  }
  console.log(JSON.stringify(summary, null, 2))
  if (values.out) writeFileSync(values.out, JSON.stringify({ summary, samples }, null, 2))
  if (failures.length || counts.serverErrors) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
