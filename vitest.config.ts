import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import { SlowestFirst } from './test/support/sequencer.js'

// Vitest's default keeps one core free, which on a 2-core machine means one test file at a time.
// Every file has a database of its own (see test/support/database.ts), so they can share every core,
// and one more on PostgreSQL, where a worker spends part of its time waiting for the server.
const cores = availableParallelism()
const maxWorkers = process.env.DATABASE_URL ? cores + 1 : cores

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // With a file on every core, a slow test (password hashing, many submits) gets room to finish on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker keeps the modules it has loaded from one file to the next (the app, PGlite's WebAssembly),
    // which halves the suite's time. Nothing in src keeps state at module level that a file could leak to
    // the next: every file builds its own app on its own database.
    isolate: false,
    maxWorkers,
    sequence: { sequencer: SlowestFirst },
  },
})
