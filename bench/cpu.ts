// CPU time spent by the app process and by the PostgreSQL backends serving it, so that a run can say
// where each request's time went. Backend CPU is read from /proc and so only when the server is local.

import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../src/db/client.js'

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

const ticksPerSecond = clockTicksPerSecond()

/**
 * utime + stime of a PostgreSQL backend in ms, or null when /proc has no such postgres process (the
 * server is on another host, or the backend has gone).
 */
function backendCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') return null
    // The command name is in parentheses and may contain spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? (ticks / ticksPerSecond) * 1000 : null
  } catch {
    return null
  }
}

/** Busy and total CPU ms of the whole machine since boot, from /proc/stat; null off Linux. */
function machineCpuMs(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number)
    const total = ticks.reduce((sum, t) => sum + t, 0)
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0)
    return { busy: ((total - idle) / ticksPerSecond) * 1000, total: (total / ticksPerSecond) * 1000 }
  } catch {
    return null
  }
}

export interface CpuSnapshot {
  appUs: NodeJS.CpuUsage
  machine: { busy: number; total: number } | null
  /**
   * CPU ms of each backend connected to the bench database; empty for PGlite, which runs inside the
   * app process; null when a server's processes cannot be read
   */
  backends: Map<number, number> | null
}

export async function cpuSnapshot(database: Database): Promise<CpuSnapshot> {
  const appUs = process.cpuUsage()
  const machine = machineCpuMs()
  if (database.kind !== 'postgres') return { appUs, machine, backends: new Map() }
  const rows = await queryRows<{ pid: number }>(
    database.db,
    // Every backend, this one included: the pool may run the next snapshot on another connection.
    sql`select pid from pg_stat_activity where datname = current_database()`,
  )
  const backends = new Map<number, number>()
  for (const { pid } of rows) {
    const ms = backendCpuMs(pid)
    if (ms === null) return { appUs, machine, backends: null }
    backends.set(pid, ms)
  }
  return { appUs, machine, backends }
}

export interface CpuPerRequest {
  /** the app process: Node, the pg driver, templates; with PGlite also the database */
  appMs: number
  /** PostgreSQL backends (0 for PGlite); null for a server whose processes cannot be read */
  databaseMs: number | null
  /**
   * share of the machine's CPU used by everything else (other people's work on a shared machine),
   * from 0 to 1; null when it cannot be worked out
   */
  otherShare: number | null
}

/**
 * CPU per request between two snapshots. Backends that started in between count in full.
 * `loadGeneratorMs` is the CPU autocannon itself used, so that it is not counted as other work.
 */
export function cpuPerRequest(
  before: CpuSnapshot,
  after: CpuSnapshot,
  requests: number,
  loadGeneratorMs: number,
): CpuPerRequest {
  const appBefore = before.appUs.user + before.appUs.system
  const appAfter = after.appUs.user + after.appUs.system
  const appMs = (appAfter - appBefore) / 1000
  let databaseMs: number | null = null
  if (before.backends && after.backends) {
    databaseMs = 0
    for (const [pid, ms] of after.backends) databaseMs += ms - (before.backends.get(pid) ?? 0)
  }
  let otherShare: number | null = null
  if (before.machine && after.machine && databaseMs !== null) {
    const busy = after.machine.busy - before.machine.busy
    const total = after.machine.total - before.machine.total
    if (total > 0) otherShare = Math.max(0, busy - appMs - databaseMs - loadGeneratorMs) / total
  }
  const per = (ms: number) => (requests > 0 ? ms / requests : Number.NaN)
  return { appMs: per(appMs), databaseMs: databaseMs === null ? null : per(databaseMs), otherShare }
}
