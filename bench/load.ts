import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** What one load run asks of autocannon. */
export interface LoadRequest {
  origin: string
  /** paths requested in turn, the next one by whichever connection is free */
  paths: string[]
  connections: number
  durationSeconds: number
  /** a request with no answer by then counts as a timeout */
  timeoutSeconds: number
}

/** The figures kept from an autocannon result (latencies in milliseconds). */
export interface LoadSummary {
  requests: number
  requestsPerSecond: number
  p50: number
  p97_5: number
  p99: number
  max: number
  non2xx: number
  /** connection errors, timeouts included */
  errors: number
  timeouts: number
  statusCodes: Record<string, number>
  /** CPU used by the load generator process, start-up included, in ms */
  cpuMs: number
}

type LoadReply = { ok: true; summary: LoadSummary } | { ok: false; error: string }

const loadProcess = fileURLToPath(new URL('./load-process.ts', import.meta.url))
const tsx = import.meta.resolve('tsx')

/**
 * Runs autocannon in a child process, so the load generator does not share an event loop (or a
 * thread) with the server it measures.
 */
export function runLoad(request: LoadRequest): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = fork(loadProcess, [], { execArgv: ['--import', tsx], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let settled = false
    child.once('message', (reply: LoadReply) => {
      settled = true
      child.disconnect()
      if (reply.ok) resolve(reply.summary)
      else reject(new Error(`autocannon failed: ${reply.error}`))
    })
    child.once('error', (error) => {
      settled = true
      reject(error)
    })
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load process exited with code ${code} before reporting`))
    })
    child.send(request)
  })
}
