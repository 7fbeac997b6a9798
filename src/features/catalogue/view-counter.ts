/**
 * Counts practice page views in memory and adds them to the database in one statement every few
 * seconds, so a popular page does not turn every view into a write on the same row. Each instance
 * keeps its own buffer and adds (never sets) its counts, so several instances can run at once.
 */
export class ViewCounter {
  private pending = new Map<number, number>()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly write: (counts: Map<number, number>) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    intervalMs = 5_000,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs)
    this.timer.unref()
  }

  record(practiceId: number): void {
    this.pending.set(practiceId, (this.pending.get(practiceId) ?? 0) + 1)
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return
    const counts = this.pending
    this.pending = new Map()
    try {
      await this.write(counts)
    } catch (error) {
      // Views are worth keeping but not worth failing for: put them back for the next flush.
      for (const [id, n] of counts) this.pending.set(id, (this.pending.get(id) ?? 0) + n)
      this.onError(error)
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.flush()
  }
}
