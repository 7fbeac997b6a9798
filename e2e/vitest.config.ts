import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { TimedShards } from './support/sequencer.js'

// Browser journeys: one real app in-process (see global-setup.ts) and Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    // --shard=i/n splits the journeys into halves of about equal time (.ci/run runs two side by side)
    sequence: { sequencer: TimedShards },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
})
