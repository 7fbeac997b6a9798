// npm run bench -- --startup
// Starts the service as a newcomer does (`npm start`, embedded database, demo data) on a fresh DATA_DIR,
// then restarts it on the same DATA_DIR, timing each from the command to the first 200 on `/`, and
// reads the server process's resident memory once it has started and is idle. Also reports the CPU time
// (user + system) the start took, which depends less on other work on the machine than the wall-clock
// time does. See docs/performance.md.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

const TARGETS = { firstStartSeconds: 10, restartSeconds: 3, idleMiB: 150 }
const PORT = Number(process.env.BENCH_STARTUP_PORT ?? 3999)
const GIVE_UP_MS = 120_000
const IDLE_WAIT_MS = 3_000

/** Every process started by `pid`, however deep (npm → sh → tsx → node). */
function descendants(pid: number): number[] {
  let children: number[] = []
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
  return children.flatMap((child) => [child, ...descendants(child)])
}

function rssMiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m)
    return line ? Number(line[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/**
 * CPU seconds (user + system) used so far by `pid` and everything it started: the live processes' own
 * time plus that of their children which have exited and been waited for. /proc counts in USER_HZ,
 * which is 100 on Linux.
 */
function treeCpuSeconds(pid: number): number {
  let ticks = 0
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // fields[0] is field 3 (state): utime, stime, cutime, cstime are fields 14 to 17.
      ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0)
    } catch {
      // The process exited between listing and reading.
    }
  }
  return ticks / 100
}

async function up(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}/`)
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

interface Started {
  child: ChildProcess
  seconds: number
  /** CPU seconds used by `npm start` and its processes until the first 200 */
  cpuSeconds: number
  output: string[]
}

async function start(dataDir: string): Promise<Started> {
  const output: string[] = []
  const began = performance.now()
  const child = spawn('npm', ['start'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), DATABASE_URL: '', SMTP_URL: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  while (!(await up())) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.join('')}`)
    if (performance.now() - began > GIVE_UP_MS) throw new Error(`no answer on / after ${GIVE_UP_MS} ms`)
    await sleep(50)
  }
  const seconds = (performance.now() - began) / 1000
  return { child, seconds, cpuSeconds: child.pid ? treeCpuSeconds(child.pid) : 0, output }
}

async function stop(started: Started): Promise<void> {
  const { child } = started
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // npm start runs in its own process group: signal the group, so the server itself gets SIGTERM.
  if (child.pid) process.kill(-child.pid, 'SIGTERM')
  await exited
}

/** The largest resident set among the processes `npm start` started: the server. */
function serverRssMiB(child: ChildProcess): number {
  if (!child.pid) return 0
  return Math.max(0, ...descendants(child.pid).map(rssMiB))
}

const verdict = (value: number, target: number) => (value <= target ? 'meets' : 'MISSES')

export async function runStartupBench(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pb-bench-startup-'))
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  try {
    const first = await start(dataDir)
    await stop(first)
    const demo = readdirSync(dataDir).includes('demo-data-offered')
    const restart = await start(dataDir)
    await sleep(IDLE_WAIT_MS)
    const idle = serverRssMiB(restart.child)
    await stop(restart)
    console.log(
      `load average before the run: ${loadBefore}; after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    )
    console.log(`start-up on the embedded database (demo data ${demo ? 'loaded' : 'NOT loaded'}), port ${PORT}`)
    console.log(
      `  first start (fresh DATA_DIR) : ${first.seconds.toFixed(1)} s   target ≤ ${TARGETS.firstStartSeconds} s: ${verdict(first.seconds, TARGETS.firstStartSeconds)}   CPU ${first.cpuSeconds.toFixed(1)} s`,
    )
    console.log(
      `  restart (same DATA_DIR)      : ${restart.seconds.toFixed(1)} s   target ≤ ${TARGETS.restartSeconds} s: ${verdict(restart.seconds, TARGETS.restartSeconds)}   CPU ${restart.cpuSeconds.toFixed(1)} s`,
    )
    console.log(
      `  idle memory after restart    : ${idle.toFixed(0)} MiB   target ≤ ${TARGETS.idleMiB} MiB: ${verdict(idle, TARGETS.idleMiB)}`,
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
