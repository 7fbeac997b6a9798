import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser journeys: one real app in-process (see global-setup.ts) and Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
})
