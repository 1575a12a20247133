/**
 * `npm run build`: Next's production build of the app (admin, REST, GraphQL, the /sites/ route),
 * which `npm run serve` serves.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nextProductionBuild } from '../src/config/productionBuild'

const HELP = `Usage: npm run build

Builds the app for production (next build, with NODE_ENV=production and Next's type check) into
NEXT_DIST_DIR, or .next when unset; then \`npm run serve\` serves it. A few minutes on two cores,
up to about 2 GB of memory.

The build opens no database and keeps no secret: it runs with a build-only PAYLOAD_SECRET (unless
one is set) and a scratch data folder. The server is given the real ones (npm run serve -- --help),
and one build serves SQLite and MongoDB alike. Rebuild after every change to the code.
`

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function main(): void {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP)
    return
  }
  if (args.length) throw new Error(`unknown option ${args.join(' ')}; see npm run build -- --help`)
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const started = Date.now()
  console.log(`Building Chancery for production into ${distDir} (next build) …`)
  nextProductionBuild(ROOT, distDir, { name: `build-${process.pid}`, stdio: 'inherit' })
  const id = fs.readFileSync(path.join(ROOT, distDir, 'BUILD_ID'), 'utf8').trim()
  console.log(`\nBuilt ${id} into ${distDir} in ${((Date.now() - started) / 1000).toFixed(0)} s. Serve it with: PAYLOAD_SECRET=… npm run serve`)
}

try {
  main()
} catch (error) {
  // next build has shown its own errors; a failed build leaves the exit code it gave.
  const status = (error as { status?: number }).status
  console.error(status ? `next build failed (exit code ${status}); see its output above.` : error instanceof Error ? error.message : error)
  process.exit(status || 1)
}
