// DATABASE_URL=postgres://… npx tsx bench/profile-mix.ts pb_bench_… [count]
// Where a computed search spends its database time: the mixed searches of scenario (h), one at a time with
// the result cache off, every statement the app sends timed at the driver and grouped by what it is.
// One request at a time, so each statement's time is close to its execution time on the server.

import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { openDatabase, queryRows } from '../src/db/client.js'
import { queryMix } from './query-mix.js'

/** user + system CPU time of a local process in ms (Linux /proc; clock ticks of 10 ms) */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * 10
}

interface Tally {
  calls: number
  ms: number
  slowest: number
  slowestText: string
}

const kinds: [string, RegExp][] = [
  ['search statement', /grouping sets/],
  ['spelling corrections', /similarity|search_words/],
  ['synonyms', /search_synonym/],
  ['page of summaries', /"practices"\."summary"/],
  ['catalogue generation', /catalogue_generation/],
  ['session / reference', /./],
]

function kindOf(text: string): string {
  return kinds.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other'
}

async function main(): Promise<void> {
  const [name, countText] = process.argv.slice(2)
  const base = process.env.DATABASE_URL
  if (!name || !base) throw new Error('usage: DATABASE_URL=… tsx bench/profile-mix.ts <database> [count]')
  const url = new URL(base)
  url.pathname = `/${name}`
  const count = Number(countText ?? '300')
  const tallies = new Map<string, Tally>()
  let recording = false
  const statements: { text: string; values: unknown[]; ms: number }[] = []
  const original = pg.Client.prototype.query
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]): any {
    const config = args[0] as string | { text: string }
    const text = typeof config === 'string' ? config : config.text
    const values = ((typeof config === 'string' ? undefined : (config as { values?: unknown[] }).values) ??
      args[1]) as unknown[]
    const started = performance.now()
    const done = () => {
      if (!recording) return
      const ms = performance.now() - started
      const kind = kindOf(text)
      const tally = tallies.get(kind) ?? { calls: 0, ms: 0, slowest: 0, slowestText: '' }
      tally.calls++
      tally.ms += ms
      if (ms > tally.slowest) {
        tally.slowest = ms
        tally.slowestText = text
      }
      tallies.set(kind, tally)
      if (kind === 'search statement') statements.push({ text, values, ms })
    }
    const last = args[args.length - 1]
    if (typeof last === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        done()
        return (last as (...r: unknown[]) => unknown)(...results)
      }
      return original.apply(this, args as never)
    }
    const result = original.apply(this, args as never) as unknown
    if (result && typeof (result as Promise<unknown>).then === 'function')
      return (result as Promise<unknown>).finally(done)
    done()
    return result
  } as never

  // one connection, so one server process serves every statement and its CPU time can be read from /proc
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '/tmp', poolSize: 1 })
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: '0',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'b'.repeat(32),
    DEMO_DATA: 'off',
    DATA_DIR: '/tmp',
    API_RATE_LIMIT: '0',
  })
  const app = await buildApp(config, { database, logger: false })
  app.services.resultCache.enabled = false
  const mix = queryMix(count, 1)
  // one round untimed, so plans and buffers are warm
  for (const q of mix.slice(0, 20)) await app.inject(`/practices?${q}`)
  const backend = async () => {
    const [row] = await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`)
    if (!row) throw new Error('no backend pid')
    return row.pid
  }
  const pid = await backend()
  const cpuBefore = processCpuMs(pid)
  recording = true
  const perRequest: { q: string; ms: number }[] = []
  const started = performance.now()
  for (const q of mix) {
    const t = performance.now()
    const response = await app.inject(`/practices?${q}`)
    if (response.statusCode !== 200 && response.statusCode !== 404) throw new Error(`${response.statusCode} for ${q}`)
    perRequest.push({ q, ms: performance.now() - t })
  }
  const wall = performance.now() - started
  recording = false
  const cpu = processCpuMs(pid) - cpuBefore
  if ((await backend()) !== pid) throw new Error('the connection changed during the run: its CPU time is not known')
  console.log(
    `${mix.length} searches, ${(wall / mix.length).toFixed(1)} ms each end to end, ` +
      `PostgreSQL CPU ${(cpu / mix.length).toFixed(1)} ms each`,
  )
  for (const [kind, t] of [...tallies].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `${kind.padEnd(22)} ${String(t.calls).padStart(5)} calls  ${(t.ms / mix.length).toFixed(2).padStart(7)} ms/request` +
        `  ${(t.ms / t.calls).toFixed(2).padStart(7)} ms/call  slowest ${t.slowest.toFixed(1)} ms`,
    )
  perRequest.sort((a, b) => b.ms - a.ms)
  console.log('slowest requests:')
  for (const r of perRequest.slice(0, 12)) console.log(`  ${r.ms.toFixed(1).padStart(7)} ms  ${r.q}`)
  // EXPLAIN_TOP=n: the n slowest search statements under EXPLAIN ANALYZE (quickest of 5), as the planner
  // chooses and with table scans discouraged as the repository does; PLANS=1 also prints the plans.
  const explainTop = Number(process.env.EXPLAIN_TOP ?? '0')
  statements.sort((a, b) => b.ms - a.ms)
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  const quickest = async (text: string, values: unknown[], seqscan: 'on' | 'off') => {
    await client.query(`set enable_seqscan = ${seqscan}`)
    let best = Number.POSITIVE_INFINITY
    let plan = ''
    for (let i = 0; i < 5; i++) {
      const result = await client.query(`explain (analyze, buffers) ${text}`, values)
      const lines = result.rows.map((r: Record<string, string>) => r['QUERY PLAN'])
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1])
      if (ms < best) [best, plan] = [ms, lines.join('\n')]
    }
    await client.query('reset enable_seqscan')
    return { best, plan }
  }
  const textOf = (values: unknown[]) => values.filter((v) => typeof v === 'string' && !v.startsWith('{')).join(' ')
  for (const s of statements.slice(0, explainTop)) {
    const planned = await quickest(s.text, s.values, 'on')
    const indexed = await quickest(s.text, s.values, 'off')
    console.log(
      `EXPLAIN ${planned.best.toFixed(1)} ms as planned, ${indexed.best.toFixed(1)} ms through the index: ` +
        `${textOf(s.values).slice(0, 80)}`,
    )
    if (process.env.PLANS) console.log(`${planned.plan}\n\n${indexed.plan}\n`)
  }
  await client.end()
  await app.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
