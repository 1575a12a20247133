import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { ensureAppBuild, markUsed } from './appBuild'
import { TEST_SECRET } from './testPayload'

export type RunningServer = {
  url: string
  stop: () => Promise<void>
  output: () => string
  /** The process group's leader: the server and whatever it spawned share its group (benchmarks measure their memory). */
  pid: number
}

const ROOT = path.resolve(import.meta.dirname, '..', '..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * The build a test's server serves: the one the run's global setup made (test/globalSetup.ts),
 * else the shared build of the current sources, made now if there is none (test/support/appBuild.ts).
 */
async function sharedTestBuild(): Promise<string> {
  const { inject } = await import('vitest')
  const provided = inject('chanceryAppBuild')
  if (provided) {
    markUsed(provided)
    return provided
  }
  return ensureAppBuild()
}

/** CHANCERY_TEST_SERVER=dev: the tests' servers run `next dev` (each compiles the app on its own). */
const testsWantDev = () => process.env.CHANCERY_TEST_SERVER === 'dev'

/**
 * The real application (Next.js with Payload's admin, REST and GraphQL) on a loopback
 * port, over the given database.
 *
 * Inside vitest it serves the production build shared by the whole run, as `npm run serve`
 * does, so no test file compiles the app again; outside vitest (the benchmarks), or with
 * `dev: true` or CHANCERY_TEST_SERVER=dev, it runs `next dev` in a build folder of its own,
 * beside any `npm start`. `productionBuild` names a build folder to serve instead.
 */
export async function startNextServer(options: {
  databaseUrl: string
  dataDir: string
  timeoutMs?: number
  /** A path below /sites/ to wait for instead of the API, for tests that must not start Payload by a request. */
  readyAt?: string
  /** More environment for the server, given its address (e.g. CMS_PUBLIC_URL, SITES_PUBLIC_URL). */
  env?: (url: string) => Record<string, string>
  /** Serve the production build `next build` made in this folder (NEXT_DIST_DIR) through scripts/serve.ts, instead of next dev. */
  productionBuild?: string
  /** Run `next dev` even inside vitest: for a test of what only the development server does. */
  dev?: boolean
}): Promise<RunningServer> {
  const underVitest = Boolean(process.env.VITEST)
  const production = options.productionBuild ?? (underVitest && !options.dev && !testsWantDev() ? await sharedTestBuild() : undefined)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const fs = await import('node:fs')
  const tsconfig = `tsconfig.test-${port}.json`
  fs.writeFileSync(path.join(ROOT, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  const distDir = production ?? `.next-test-${port}`
  // A production build is served as `npm run serve` serves it (scripts/serve.ts, in node itself), not by `next start`.
  const [command, args] = production
    ? [process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1']]
    : [path.join(ROOT, 'node_modules', '.bin', 'next'), ['dev', '--port', String(port), '--hostname', '127.0.0.1']]
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: production ? 'production' : 'development',
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      // Rebuilds triggered by a test's publishing go beside its database, never into dist/sites.
      SITES_DIR: process.env.SITES_DIR ?? path.join(options.dataDir, 'sites'),
      PAYLOAD_SECRET: TEST_SECRET,
      NEXT_DIST_DIR: distDir,
      NEXT_TSCONFIG_PATH: tsconfig,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env?.(url),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))

  const stop = async () => {
    if (child.exitCode !== null) {
      fs.rmSync(path.join(ROOT, tsconfig), { force: true })
      return
    }
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        try { process.kill(-child.pid!, 'SIGKILL') } catch { /* already gone */ }
        resolve()
      }, 5000)
      child.once('exit', () => { clearTimeout(timer); resolve() })
    })
    // A production build belongs to whoever made it; a dev server's folder is this server's own.
    if (!production) fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    fs.rmSync(path.join(ROOT, tsconfig), { force: true })
  }

  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${production ? 'the production server' : 'next dev'} exited with ${child.exitCode}:\n${log}`)
    try {
      if (options.readyAt) {
        // Any answer of the sites route means Next is serving.
        const res = await fetch(`${url}${options.readyAt}`, { signal: AbortSignal.timeout(60_000) })
        if (res.status < 500) return { url, stop, output: () => log, pid: child.pid! }
      } else {
        // The first request compiles the API route; a JSON answer means Payload is up.
        const res = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(60_000) })
        if (res.headers.get('content-type')?.includes('application/json')) return { url, stop, output: () => log, pid: child.pid! }
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`${production ? 'the production server' : 'next dev'} did not answer within the time limit:\n${log}`)
}
