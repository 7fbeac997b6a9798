// Scenario (j): one full export of every practice a visitor may see, as a client downloads it, while
// the process's resident memory is sampled. The export streams page by page, so the peak should stay
// near the resting size whatever the number of rows (see docs/performance.md).

import { performance } from 'node:perf_hooks'

export interface ExportMemory {
  path: string
  /** records received, counted for JSON lines only (one a line); CSV text may hold line breaks */
  rows: number | null
  bytes: number
  seconds: number
  /** resident set size before the request, and its highest sample while the export was sent */
  rssBeforeMb: number
  rssPeakMb: number
  /** the highest sample in the first and in the second half of the download: flat when they match */
  rssPeakFirstHalfMb: number
  rssPeakSecondHalfMb: number
  heapPeakMb: number
}

const SAMPLE_EVERY_MS = 20
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10

/** Downloads `path` once, discarding the bytes as they arrive, and reports the memory it took. */
export async function measureExport(origin: string, path: string, countLines: boolean): Promise<ExportMemory> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const started = performance.now()
  const rssBefore = process.memoryUsage().rss
  let rssPeak = rssBefore
  let heapPeak = process.memoryUsage().heapUsed
  const samples: [ms: number, rss: number][] = []
  const sampler = setInterval(() => {
    const usage = process.memoryUsage()
    samples.push([performance.now(), usage.rss])
    rssPeak = Math.max(rssPeak, usage.rss)
    heapPeak = Math.max(heapPeak, usage.heapUsed)
  }, SAMPLE_EVERY_MS)
  let bytes = 0
  let newlines = 0
  try {
    const response = await fetch(`${origin}${path}`)
    if (response.status !== 200 || !response.body) throw new Error(`GET ${path} answered ${response.status}`)
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength
      if (countLines) for (const byte of chunk) if (byte === 10) newlines += 1
    }
  } finally {
    clearInterval(sampler)
  }
  const usage = process.memoryUsage()
  const middle = (started + performance.now()) / 2
  const peakOf = (list: [number, number][]) => mb(Math.max(rssBefore, ...list.map(([, rss]) => rss)))
  return {
    path,
    rows: countLines ? newlines : null,
    bytes,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(Math.max(rssPeak, usage.rss)),
    rssPeakFirstHalfMb: peakOf(samples.filter(([at]) => at < middle)),
    rssPeakSecondHalfMb: peakOf(samples.filter(([at]) => at >= middle)),
    heapPeakMb: mb(Math.max(heapPeak, usage.heapUsed)),
  }
}
