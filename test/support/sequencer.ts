import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that take longest, started first. With no timings remembered (a clean checkout, as in CI)
 * Vitest starts the largest files first, and these are small files that run long, so they used to
 * start last and leave one worker running them while the others sat idle.
 */
const SLOWEST = [
  'test/imports-large.test.ts',
  'test/backup.test.ts',
  'test/authorisation-matrix.test.ts',
  'test/catalogue-counts.test.ts',
  'test/map.test.ts',
]

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const index = SLOWEST.indexOf(path.relative(this.ctx.config.root, file.moduleId).split(path.sep).join('/'))
      return index === -1 ? SLOWEST.length : index
    }
    // Array.prototype.sort is stable: the rest keep the order Vitest gave them.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}
