// Runs in a child process started by load.ts: one autocannon run per request, its summary back to the parent.
import autocannon from 'autocannon'
import type { LoadRequest, LoadSummary } from './load.js'

async function measure(request: LoadRequest): Promise<LoadSummary> {
  // One counter for all connections: each request takes the next address, so a long list (the mixed
  // searches) is walked through rather than every connection repeating its first few addresses.
  let next = 0
  const nextPath = () => request.paths[next++ % request.paths.length] ?? '/'
  const result = await autocannon({
    url: request.origin,
    connections: request.connections,
    duration: request.durationSeconds,
    timeout: request.timeoutSeconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
  })
  // All of this process's CPU, start-up included: the parent counts it as the load generator's share.
  const cpu = process.cpuUsage()
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
    ),
    cpuMs: (cpu.user + cpu.system) / 1000,
  }
}

process.on('message', (request: LoadRequest) => {
  measure(request).then(
    (summary) => process.send?.({ ok: true, summary }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  )
})
