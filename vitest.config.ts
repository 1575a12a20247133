import { defineConfig } from 'vitest/config'

import { LongestFirst } from './test/sequencer'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'templates/**/*.test.ts'],
    pool: 'forks',
    // Every file opens its own temporary database; two at a time suits a 2-core machine.
    // A fork runs file after file without importing Payload's, Next's and Lexical's modules again
    // for each (not isolated): vitest's "collect" time, 616 s over the files when isolated, is
    // 38 s, and the suite takes about a third less CPU. Files keep no state between them: each
    // opens its own database, folders, ports and servers, and gives back the clock and the
    // environment (test/support/forcedSchemaPush.ts).
    poolOptions: { forks: { maxForks: 2, minForks: 1, isolate: false } },
    // The app's production build, once per run and only for runs with a file that starts its server.
    globalSetup: ['test/globalSetup.ts'],
    // The longest files first, so both workers end together.
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { DISABLE_PAYLOAD_HMR: 'true' },
  },
})
