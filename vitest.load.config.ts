import { defineConfig } from 'vitest/config'

/** `npm run test:load`: bursts and a crash against real server processes on PostgreSQL (DATABASE_URL). */
export default defineConfig({
  test: {
    include: ['test/load/**/*.load.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
