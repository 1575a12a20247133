import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

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
 * The real application (Next.js with Payload's admin, REST and GraphQL) on a loopback
 * port, over the given database. Uses its own build folder so it can run beside `npm start`.
 */
export async function startNextServer(options: {
  databaseUrl: string
  dataDir: string
  timeoutMs?: number
  /** A path below /sites/ to wait for instead of the API, for tests that must not start Payload by a request. */
  readyAt?: string
  /** More environment for the server, given its address (e.g. CMS_PUBLIC_URL, SITES_PUBLIC_URL). */
  env?: (url: string) => Record<string, string>
  /** Serve the production build `next build` made in this folder (NEXT_DIST_DIR) with `next start`, instead of next dev. */
  productionBuild?: string
}): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let log = ''
  const fs = await import('node:fs')
  const tsconfig = `tsconfig.test-${port}.json`
  fs.writeFileSync(path.join(ROOT, tsconfig), JSON.stringify({ extends: './tsconfig.json' }))
  const production = options.productionBuild
  const distDir = production ?? `.next-test-${port}`
  // A production build is served as `npm run serve` serves it (scripts/serve.ts), not by `next start`.
  const [command, args] = production
    ? [path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1']]
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
    if (child.exitCode !== null) throw new Error(`next dev exited with ${child.exitCode}:\n${log}`)
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
  throw new Error(`next dev did not answer within the time limit:\n${log}`)
}
