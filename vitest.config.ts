import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'templates/**/*.test.ts'],
    pool: 'forks',
    // Every file opens its own temporary database; two at a time suits a 2-core machine.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { DISABLE_PAYLOAD_HMR: 'true' },
  },
})
