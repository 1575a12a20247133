import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Where the benchmarks keep their production build, apart from `npm start`'s .next. */
export const BENCH_BUILD = '.next-bench'

/**
 * The production build a benchmark serves: the one already in .next-bench when `reuse` asks for
 * it and there is one, else a fresh `next build` into it (a few minutes). Next adds its build
 * folder's types to the tsconfig it is given, so it gets a throwaway one, not the project's.
 */
export function productionBuildForBench(root: string, reuse: boolean, log: (line: string) => void): string {
  if (reuse && fs.existsSync(path.join(root, BENCH_BUILD, 'BUILD_ID'))) {
    log(`Serving the production build already in ${BENCH_BUILD} (--reuse-build) …`)
    return BENCH_BUILD
  }
  log('Building the application for production (next build) …')
  const tsconfig = 'tsconfig.bench-build.json'
  fs.writeFileSync(path.join(root, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
      // Building loads the Payload config, which refuses production without a secret; the
      // server the benchmark starts brings its own (the build keeps none of this one).
      env: {
        ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: BENCH_BUILD, NEXT_TSCONFIG_PATH: tsconfig, NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'chancery-bench-build-only-0123456789abcdef',
      },
    })
  } finally {
    fs.rmSync(path.join(root, tsconfig), { force: true })
  }
  return BENCH_BUILD
}
