import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Seconds each journey file took in CI (.ci/run, 3 December 2026), two queues side by side. A file not
 * listed counts as a typical one; the figures only need to be roughly right, and kept so as files grow.
 */
const SECONDS: Record<string, number> = {
  'e2e/submission-journey.spec.ts': 190,
  'e2e/practice-loop.spec.ts': 123,
  'e2e/evaluation.spec.ts': 106,
  'e2e/map.spec.ts': 84,
  'e2e/call-admin.spec.ts': 82,
  'e2e/theory-of-change.spec.ts': 81,
  'e2e/review.spec.ts': 77,
  'e2e/insight.spec.ts': 76,
  'e2e/search-journey.spec.ts': 70,
  'e2e/events.spec.ts': 63,
  'e2e/assessment.spec.ts': 59,
  'e2e/accounts.spec.ts': 54,
  'e2e/call-announce.spec.ts': 47,
  'e2e/saved-searches.spec.ts': 46,
  'e2e/toolkit.spec.ts': 41,
  'e2e/admin.spec.ts': 33,
  'e2e/api.spec.ts': 32,
  'e2e/accessibility.spec.ts': 26,
  'e2e/polish.spec.ts': 25,
  'e2e/submission-pages.spec.ts': 24,
  'e2e/accounts-passwords.spec.ts': 23,
  'e2e/imports.spec.ts': 21,
  'e2e/attachments.spec.ts': 19,
  'e2e/exports.spec.ts': 14,
  'e2e/hostile-input.spec.ts': 8,
  'e2e/page-health.spec.ts': 6,
}
const TYPICAL_SECONDS = 45

/**
 * `--shard=i/n` with shards of about equal time rather than Vitest's equal numbers of files: the longest
 * file goes first to the shard with least time so far. E2E_SHARD_HEAD_START ("210,0") gives shards time
 * they already carry, as when CI runs the PGlite journeys after the first half. Every shard computes the
 * same split, so each file runs in exactly one of them.
 */
export class TimedShards extends BaseSequencer {
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const shard = this.ctx.config.shard
    if (!shard) return files
    const { index, count } = shard
    const name = (file: TestSpecification) =>
      path.relative(this.ctx.config.root, file.moduleId).split(path.sep).join('/')
    const seconds = (file: TestSpecification) => SECONDS[name(file)] ?? TYPICAL_SECONDS
    const headStart = (process.env.E2E_SHARD_HEAD_START ?? '').split(',').map(Number)
    const load = Array.from({ length: count }, (_, i) => headStart[i] || 0)
    const mine: TestSpecification[] = []
    const ordered = [...files].sort((a, b) => seconds(b) - seconds(a) || name(a).localeCompare(name(b)))
    for (const file of ordered) {
      const lightest = load.indexOf(Math.min(...load))
      load[lightest] = (load[lightest] ?? 0) + seconds(file)
      if (lightest === index - 1) mine.push(file)
    }
    return mine
  }
}
