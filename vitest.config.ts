import { defineConfig } from 'vitest/config'

import { LongestFirst } from './test/sequencer'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'templates/**/*.test.ts'],
    pool: 'forks',
    // Every file opens its own temporary database; two at a time suits a 2-core machine.
    // A fork runs file after file without re-importing Payload, Next's and Lexical's modules for
    // each (not isolated): a third of the suite's CPU time went to those imports. Files keep no
    // state between them: each opens its own database, folders, ports and servers, and gives
    // the clock and environment back.
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
