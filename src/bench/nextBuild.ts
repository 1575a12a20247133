import fs from 'node:fs'
import path from 'node:path'

import { nextProductionBuild } from '../config/productionBuild'

/** Where the benchmarks keep their production build, apart from `npm start`'s .next. */
export const BENCH_BUILD = '.next-bench'

/**
 * The production build a benchmark serves: the one already in .next-bench when `reuse` asks for
 * it and there is one, else a fresh `next build` into it (a few minutes), as `npm run build` makes it.
 */
export function productionBuildForBench(root: string, reuse: boolean, log: (line: string) => void): string {
  if (reuse && fs.existsSync(path.join(root, BENCH_BUILD, 'BUILD_ID'))) {
    log(`Serving the production build already in ${BENCH_BUILD} (--reuse-build) …`)
    return BENCH_BUILD
  }
  log('Building the application for production (next build) …')
  nextProductionBuild(root, BENCH_BUILD, { name: 'bench-build', stdio: 'errors' })
  return BENCH_BUILD
}
