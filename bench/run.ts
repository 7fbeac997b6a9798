// npm run bench -- [--n 10000] [--duration 10] [--connections 16] [--seed 1] [--keep]
// npm run bench -- --reuse pb_bench_… [--only g,h]   (measure again a database kept by --keep; some scenarios)
// npm run bench -- --no-cache   (the result cache switched off, so every request computes its answer)
// npm run bench -- --startup   (first start, restart and idle memory instead: see bench/startup.ts)
// Loads N synthetic published practices into a fresh database, then measures the catalogue under load.
// See docs/performance.md.

import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { queryRows } from '../src/db/client.js'
import { prepareDatabase } from '../src/db/prepare.js'
import { cpuPerRequest, cpuSnapshot, type CpuPerRequest } from './cpu.js'
import { openFreshDatabase, type FreshDatabase } from './fresh-database.js'
import { measureExport, type ExportMemory } from './export-memory.js'
import { runLoad, type LoadSummary } from './load.js'
import { explainSearch, searchParamsFor, timeSearch, type Explained, type RawTiming } from './sql.js'
import { queryMix } from './query-mix.js'
import { runStartupBench } from './startup.js'
import { insertSyntheticPractices } from './synthetic.js'

interface Options {
  n: number
  durationSeconds: number
  connections: number
  seed: number
  keep: boolean
  startup: boolean
  reuse: string | undefined
  /** scenario letters to run, all when empty */
  only: string[]
  /** measure with the result cache switched off: every request computes its answer */
  noCache: boolean
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '10000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      startup: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      only: { type: 'string', default: '' },
      'no-cache': { type: 'boolean', default: false },
    },
    strict: true,
  })
  const whole = (name: string, text: string, min: number) => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min}`)
    return value
  }
  return {
    n: whole('n', values.n, 100),
    durationSeconds: whole('duration', values.duration, 1),
    connections: whole('connections', values.connections, 1),
    seed: whole('seed', values.seed, 0),
    keep: values.keep,
    startup: values.startup,
    reuse: values.reuse,
    only: values.only
      .split(',')
      .map((letter) => letter.trim())
      .filter((letter) => letter !== ''),
    noCache: values['no-cache'],
  }
}

/** The search the target is about: a phrase and a word, two filters, facets over the matches. */
const SEARCH_QUERY = 'q=%22domestic+abuse%22+victims&region=north-west&outcome=promising'
const WARM_UP_SECONDS = 2
/** autocannon's default is 10 s; a slow scenario should show its latency rather than only time out */
const REQUEST_TIMEOUT_SECONDS = 60
const RAW_SQL_RUNS = 50
/** distinct searches in the mixed scenarios, each requested in turn */
const MIX_SIZE = 500

interface Scenario {
  name: string
  paths: string[]
  /** the query string whose search statement is timed and explained */
  search?: string
}

interface Measured {
  scenario: Scenario
  load: LoadSummary
  /** requests still being served when autocannon stopped (it does not count them) */
  abandoned: number
  cpu: CpuPerRequest
  raw?: RawTiming
  explained?: Explained
  /** share of the result cache's lookups during the measured run that it answered; null when none */
  cacheHitShare: number | null
}

/**
 * Counts requests the app is still working on. When autocannon stops it drops its connections, but the
 * server finishes what it started; the next run should not begin while that work is still going on.
 */
function trackInFlight(app: FastifyInstance) {
  const state = { inFlight: 0, seen: 0 }
  app.addHook('onRequest', async () => {
    state.inFlight++
    state.seen++
  })
  app.addHook('onSend', async () => {
    state.inFlight--
  })
  return state
}

async function drain(state: { inFlight: number }, timeoutMs = 180_000): Promise<void> {
  const started = Date.now()
  while (state.inFlight > 0) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`${state.inFlight} requests still running after ${timeoutMs} ms`)
    await sleep(50)
  }
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1))

/**
 * The first `size` distinct searches of `drawn` once each page beyond a search's last is moved back to
 * its last (a page of an empty search is a 404, which would measure nothing but the error page).
 */
async function pagesWithinResults(origin: string, drawn: string[], size: number): Promise<string[]> {
  const kept = new Set<string>()
  for (const query of drawn) {
    if (kept.size === size) break
    const params = new URLSearchParams(query)
    const page = Number(params.get('page') ?? '1')
    if (page > 1) {
      const first = new URLSearchParams(params)
      first.delete('page')
      const response = await fetch(`${origin}/api/v1/practices?${first.toString()}`)
      const { totalPages } = (await response.json()) as { totalPages: number }
      if (page > totalPages) {
        if (totalPages > 1) params.set('page', String(totalPages))
        else params.delete('page')
      }
    }
    kept.add(params.toString())
  }
  if (kept.size < size) throw new Error(`only ${kept.size} distinct searches remained of ${drawn.length}`)
  return [...kept]
}

async function checkResponses(origin: string, scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) {
    // a sample of a long mix: every address of it is requested under load anyway, and non-2xx are counted
    for (const path of [...new Set(scenario.paths)].slice(0, 25)) {
      const response = await fetch(`${origin}${path}`)
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${scenario.name}: GET ${path} answered ${response.status}`)
    }
  }
}

function printTable(results: Measured[]): void {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p97.5 ms',
    'p99 ms',
    'non-2xx',
    'raw SQL p50/p97.5 ms',
    'EXPLAIN execution ms',
    'cache hits',
  ]
  const rows = results.map(({ scenario, load, raw, explained, cacheHitShare }) => [
    scenario.name,
    load.requestsPerSecond.toFixed(0),
    ms(load.p50),
    ms(load.p97_5),
    ms(load.p99),
    // autocannon counts timeouts among its errors
    load.errors > 0
      ? `${load.non2xx} (+${load.errors} errors, ${load.timeouts} of them timeouts)`
      : String(load.non2xx),
    raw ? `${ms(raw.p50)} / ${ms(raw.p97_5)}` : '–',
    explained ? ms(explained.executionMs) : '–',
    cacheHitShare === null ? '–' : `${(cacheHitShare * 100).toFixed(0)}%`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

async function main(): Promise<void> {
  const options = parseOptions()
  if (options.startup) {
    await runStartupBench()
    return
  }
  const serverUrl = process.env.DATABASE_URL || undefined
  const fresh: FreshDatabase = await openFreshDatabase(serverUrl, options.keep, options.reuse)
  const { database } = fresh
  let app: FastifyInstance | undefined
  const failures: string[] = []
  try {
    await prepareDatabase(database)
    const [version] = await queryRows<{ version: string }>(database.db, sql`select version()`)

    const loadStarted = performance.now()
    const [existing] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from practices`)
    if (options.reuse) {
      if (existing?.n !== options.n)
        throw new Error(`${options.reuse} holds ${existing?.n} practices, not --n ${options.n}`)
      console.log(`Measuring again ${options.n} synthetic practices in ${fresh.description}…`)
    } else {
      console.log(`Loading ${options.n} synthetic practices (seed ${options.seed}) into ${fresh.description}…`)
      let reported = 0
      await insertSyntheticPractices(database.db, options.n, {
        seed: options.seed,
        // PGlite has one connection; a server can compute two batches' search vectors at once.
        concurrency: database.kind === 'postgres' ? 2 : 1,
        onProgress: (inserted) => {
          if (inserted - reported >= options.n / 10 || inserted === options.n) {
            reported = inserted
            process.stdout.write(`  ${inserted} (${((performance.now() - loadStarted) / 1000).toFixed(0)} s)\n`)
          }
        },
      })
    }
    const insertSeconds = (performance.now() - loadStarted) / 1000
    // VACUUM as well as ANALYZE: it empties the GIN pending lists and sets the visibility map, as
    // autovacuum would have done long before a real catalogue reached this size.
    await database.db.execute(sql`vacuum analyze practices`)
    const loadSeconds = (performance.now() - loadStarted) / 1000
    const [stats] = await queryRows<{ phrase: number; visible: number; bytes: string }>(
      database.db,
      sql`select count(*) filter (where search @@ phraseto_tsquery('english', 'domestic abuse'))::int as phrase,
                 count(*) filter (where visibility = 'public')::int as visible,
                 pg_size_pretty(pg_total_relation_size('practices')) as bytes
          from practices`,
    )
    console.log(
      `Loaded in ${loadSeconds.toFixed(1)} s (insert ${insertSeconds.toFixed(1)} s, vacuum analyze ` +
        `${(loadSeconds - insertSeconds).toFixed(1)} s); table with indexes ${stats?.bytes}; ` +
        `${stats?.visible} public; "domestic abuse" in ${stats?.phrase} ` +
        `(${(((stats?.phrase ?? 0) / options.n) * 100).toFixed(1)}%)`,
    )

    const slugs = await queryRows<{ slug: string }>(
      database.db,
      sql`select slug from practices where status = 'published' and visibility = 'public' order by md5(slug) limit 100`,
    )
    // drawn with room to spare: a page past the last is moved back to the last once the totals are known
    const drawn = queryMix(Math.round(MIX_SIZE * 1.3), options.seed)
    const mix: string[] = []
    const allScenarios: Scenario[] = [
      { name: '(a) HTML search', paths: [`/practices?${SEARCH_QUERY}`], search: SEARCH_QUERY },
      { name: '(b) practice page', paths: slugs.map((s) => `/practices/${s.slug}`) },
      { name: '(c) API search', paths: [`/api/v1/practices?${SEARCH_QUERY}`], search: SEARCH_QUERY },
      { name: '(d) browse all', paths: ['/practices'], search: '' },
      { name: '(e) insight, as a visitor', paths: ['/insight', `/insight?${SEARCH_QUERY}`] },
      // the map beside the search for the same filters, (a), and beside browse-all, (d)
      { name: '(f) map, as (a)', paths: [`/map?${SEARCH_QUERY}`] },
      { name: '(g) map, everything', paths: ['/map'] },
      // their addresses are filled in once the server answers (pagesWithinResults)
      { name: `(h) ${MIX_SIZE} mixed HTML searches`, paths: [] },
      { name: `(i) ${MIX_SIZE} mixed API searches`, paths: [] },
    ]
    const scenarios = allScenarios.filter(
      (scenario) => options.only.length === 0 || options.only.includes(scenario.name.slice(1, 2)),
    )
    // (j) is not a load: one full export at a time, measuring the memory it takes (bench/export-memory.ts)
    const measureExports = options.only.length === 0 || options.only.includes('j')
    if (scenarios.length === 0 && !measureExports) throw new Error(`--only ${options.only.join(',')} names no scenario`)

    const config = loadConfig({
      ...process.env,
      DATABASE_URL: fresh.url,
      PORT: '0',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'b'.repeat(32),
      DEMO_DATA: 'off',
      DATA_DIR: fresh.dataDir,
      // the benchmark measures the API, not its per-address limit
      API_RATE_LIMIT: '0',
    })
    app = await buildApp(config, { database, logger: false })
    const cache = app.services.resultCache
    cache.enabled = !options.noCache
    const requests = trackInFlight(app)
    const origin = await app.listen({ port: 0, host: '127.0.0.1' })
    // the mix asks the server for every search's total first: only when (h) or (i) will use it
    if (scenarios.some((s) => /^\((h|i)\)/.test(s.name)))
      mix.push(...(await pagesWithinResults(origin, drawn, MIX_SIZE)))
    for (const scenario of scenarios) {
      if (scenario.name.startsWith('(h)')) scenario.paths = mix.map((q) => `/practices?${q}`)
      if (scenario.name.startsWith('(i)')) scenario.paths = mix.map((q) => `/api/v1/practices?${q}`)
    }
    await checkResponses(origin, scenarios)
    if (scenarios.length > 0 && requests.seen === 0) throw new Error('the in-flight request counter saw no requests')

    const searchTotals = new Map<string, number>()
    for (const search of new Set(['', ...scenarios.flatMap((s) => (s.search === undefined ? [] : [s.search]))])) {
      const response = await fetch(`${origin}/api/v1/practices?${search}`)
      searchTotals.set(search, ((await response.json()) as { total: number }).total)
    }

    console.log('')
    console.log(`database     ${database.kind}: ${version?.version ?? '?'}`)
    console.log(`practices    ${options.n} published; a visitor sees ${searchTotals.get('')} when browsing all`)
    if (searchTotals.has(SEARCH_QUERY))
      console.log(`search       ?${SEARCH_QUERY} matches ${searchTotals.get(SEARCH_QUERY)}`)
    console.log(`load         ${options.connections} connections, ${options.durationSeconds} s per scenario`)
    console.log(`             after ${WARM_UP_SECONDS} s warm-up; autocannon in a child process`)
    console.log(`cache        result cache ${options.noCache ? 'off (--no-cache)' : 'on'}`)
    console.log(`node         ${process.version}`)
    console.log(
      `machine      ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
    )
    console.log('')

    const results: Measured[] = []
    for (const scenario of scenarios) {
      let raw: RawTiming | undefined
      let explained: Explained | undefined
      if (scenario.search !== undefined) {
        const params = await searchParamsFor(scenario.search, app.services.reference)
        raw = await timeSearch(database.db, params, RAW_SQL_RUNS)
        explained = await explainSearch(database.db, params)
      }
      const request = {
        origin,
        paths: scenario.paths,
        connections: options.connections,
        timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
      }
      const warmUp = await runLoad({ ...request, durationSeconds: WARM_UP_SECONDS })
      await drain(requests)
      const cpuBefore = await cpuSnapshot(database)
      const [hitsBefore, missesBefore] = [cache.hits, cache.misses]
      const load = await runLoad({ ...request, durationSeconds: options.durationSeconds })
      const abandoned = requests.inFlight
      await drain(requests)
      const cpu = cpuPerRequest(cpuBefore, await cpuSnapshot(database), load.requests + abandoned, load.cpuMs)
      const lookups = cache.hits - hitsBefore + (cache.misses - missesBefore)
      const cacheHitShare = lookups === 0 ? null : (cache.hits - hitsBefore) / lookups
      for (const [label, run] of [
        ['warm-up', warmUp],
        ['run', load],
      ] as const) {
        if (run.non2xx + run.errors > 0) {
          failures.push(
            `${scenario.name} ${label}: ${run.requests} requests, ${run.non2xx} non-2xx, ${run.errors} errors, ` +
              `${run.timeouts} timeouts; status codes ${JSON.stringify(run.statusCodes)}`,
          )
        }
      }
      results.push({ scenario, load, abandoned, cpu, raw, explained, cacheHitShare })
      const other = cpu.otherShare === null ? '' : `; other work used ${(cpu.otherShare * 100).toFixed(0)}% of the CPUs`
      console.log(
        `  ${scenario.name}: ${load.requests} requests completed, ${abandoned} still running at the end${other}`,
      )
      if (load.requests === 0) {
        console.log(`    WARNING: no request completed within ${options.durationSeconds} s; its latency is not known`)
      }
    }

    const exportsMeasured: ExportMemory[] = []
    if (measureExports) {
      console.log(`(j) full exports of everything a visitor may see, one at a time:`)
      for (const [path, countLines] of [
        ['/practices/export.csv', false],
        ['/practices/export.xlsx', false],
        ['/data/practices.jsonl', true],
      ] as const) {
        const measured = await measureExport(origin, path, countLines)
        exportsMeasured.push(measured)
        console.log(
          `  ${path.padEnd(24)} ${(measured.bytes / 2 ** 20).toFixed(1)} MB in ${measured.seconds} s` +
            `${measured.rows === null ? '' : `, ${measured.rows} records`}; RSS ${measured.rssBeforeMb} MB before, ` +
            `peak ${measured.rssPeakMb} MB (+${(measured.rssPeakMb - measured.rssBeforeMb).toFixed(1)} MB; ` +
            `first half ${measured.rssPeakFirstHalfMb}, second half ${measured.rssPeakSecondHalfMb}); ` +
            `heap peak ${measured.heapPeakMb} MB`,
        )
      }
    }

    console.log('')
    if (results.length > 0) printTable(results)
    console.log('')
    console.log(
      `CPU per request during the run (${availableParallelism()} CPUs shared by the app, the database and autocannon):`,
    )
    for (const { scenario, cpu } of results) {
      const db =
        database.kind === 'postgres'
          ? `, PostgreSQL backends ${cpu.databaseMs === null ? '?' : ms(cpu.databaseMs)} ms`
          : ''
      console.log(`  ${scenario.name.padEnd(18)} app process ${ms(cpu.appMs)} ms${db}`)
    }
    console.log('')
    const explainedOnce = new Map<string, Explained>()
    for (const { scenario, explained } of results) {
      if (!explained || scenario.search === undefined || explainedOnce.has(scenario.search)) continue
      explainedOnce.set(scenario.search, explained)
      console.log(
        `EXPLAIN ${scenario.name} (the same statement as any other scenario with this query): ` +
          `execution ${ms(explained.executionMs)} ms, planning ${ms(explained.planningMs)} ms; most self time in`,
      )
      for (const spot of explained.hotspots) {
        console.log(`  ${ms(spot.selfMs).padStart(8)} ms  ${spot.node} (rows ${spot.rows} × loops ${spot.loops})`)
      }
    }

    const outDir = new URL('./.data/', import.meta.url)
    mkdirSync(outDir, { recursive: true })
    const stamp = `${database.kind}-${options.n}-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`
    const resultFile = new URL(`bench-${stamp}.json`, outDir)
    writeFileSync(
      resultFile,
      JSON.stringify(
        {
          database: database.kind,
          version: version?.version,
          options,
          node: process.version,
          cpus: availableParallelism(),
          loadSeconds,
          searchTotals: Object.fromEntries(searchTotals),
          resultCache: !options.noCache,
          exports: exportsMeasured,
          results: results.map(({ scenario, load, abandoned, cpu, raw, explained, cacheHitShare }) => ({
            scenario: scenario.name,
            cacheHitShare,
            load,
            abandoned,
            cpu,
            raw,
            explained,
          })),
        },
        null,
        2,
      ),
    )
    console.log(`\nFull results and plans: ${resultFile.pathname}`)
  } finally {
    await app?.close()
    await fresh.dispose()
  }
  if (failures.length > 0) {
    console.error(`\nFAILED: some responses were not 2xx\n  ${failures.join('\n  ')}`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
