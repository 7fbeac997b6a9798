// Imported first by the soak's server process: every 30 s, after a full garbage collection when
// node runs with --expose-gc, it writes one line "SOAK_MEMORY {json}" to stderr.
const gc = (globalThis as { gc?: () => void }).gc
const timer = setInterval(() => {
  gc?.()
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
  process.stderr.write(`SOAK_MEMORY ${JSON.stringify({ at: Date.now(), rss, heapUsed, heapTotal, external })}\n`)
}, 30_000)
timer.unref()
