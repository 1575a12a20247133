/**
 * `npm run bench:http`: requests a second and latency for a generated page, a feed, a page of
 * the REST API and a GraphQL query, under the development server and the production server,
 * measured with autocannon over loopback. Results: docs/benchmarks.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { DEMO_EDITOR, machineLine, preparedDemoNetwork } from '../src/bench/demoNetwork'
import { httpTargets, summariseHttp, type HttpSummary, type HttpTarget } from '../src/bench/httpLoad'
import { wholeOption } from '../src/bench/wholeOption'

const HELP = `Usage: npm run bench:http -- [--mode dev|production|both] [--seconds S] [--connections N] [--reuse-build] [--json]

Starts the application server on the demo network (seeded once, kept under the system's
temporary folder) and loads four addresses one after the other with autocannon over loopback:
a generated page and its RSS feed (the /sites/ route), /api/press-releases?limit=10 and a
GraphQL query for the same ten releases (both as a signed-in editor: anonymous API readers
share a deliberately small gate, docs/security.md). Reports requests a second (2xx and 304
answers) and p50/p95/p99 latency, under next dev and under the production build served as
npm run serve serves it.

Options:
  --mode M          dev, production or both (default both)
  --seconds S       length of each load (default 10)
  --connections N   concurrent connections (default 10)
  --reuse-build     serve the production build already in .next-bench instead of building it
  --json            print one JSON object instead of a table
  --help            show this help
`

const log = (line: string) => process.stderr.write(`${line}\n`)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      mode: { type: 'string', default: 'both' }, seconds: { type: 'string' }, connections: { type: 'string' },
      'reuse-build': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (!['dev', 'production', 'both'].includes(values.mode!)) throw new Error(`--mode must be dev, production or both; got "${values.mode}"`)
  const modes = values.mode === 'both' ? (['dev', 'production'] as const) : [values.mode as 'dev' | 'production']
  return { ...values, modes, seconds: wholeOption('seconds', values.seconds, 10), connections: wholeOption('connections', values.connections, 10) }
}

/** One autocannon run, every answer's latency kept (autocannon's own summary has no p95). */
async function load(url: string, target: HttpTarget, seconds: number, connections: number): Promise<HttpSummary> {
  const latenciesMs: number[] = []
  const statuses: Record<string, number> = {}
  let bytes = 0
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}${target.path}`, method: target.method, body: target.body, headers: target.headers, duration: seconds, connections, pipelining: 1 },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, status, size, ms) => {
      latenciesMs.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
      bytes += size
    })
  })
  return summariseHttp({ latenciesMs, statuses, seconds: result.duration, bytes })
}

async function main(): Promise<void> {
  const opts = options()
  if (opts.help) {
    process.stdout.write(HELP)
    return
  }
  const dir = await preparedDemoNetwork(log, 'chancery-bench-http-')
  const { startNextServer } = await import('../test/support/nextServer')
  const { productionBuildForBench } = await import('../src/bench/nextBuild')
  const results: { mode: string; target: string; summary: HttpSummary }[] = []
  try {
    for (const mode of opts.modes) {
      const productionBuild = mode === 'production' ? productionBuildForBench(ROOT, opts['reuse-build'], log) : undefined
      log(`Starting the server (${mode === 'production' ? 'npm run serve, production build' : 'next dev'}) …`)
      const server = await startNextServer({
        databaseUrl: `file:${path.join(dir, 'chancery.db')}`, dataDir: dir, productionBuild,
        env: () => ({ SITES_DIR: path.join(dir, 'sites'), CHANCERY_AUTORUN_JOBS: 'false' }),
      })
      try {
        const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_EDITOR) })
        const token = ((await login.json()) as { token?: string }).token
        if (!token) throw new Error(`the demo editor could not sign in (${login.status})`)
        for (const target of httpTargets({ mission: 'madrid', locale: 'es' }, token)) {
          // A first request compiles the route under next dev; a short load warms both servers' caches.
          const first = await fetch(`${server.url}${target.path}`, { method: target.method, body: target.body, headers: target.headers })
          if (first.status !== 200) throw new Error(`${target.name} (${target.path}) answered ${first.status}, not 200: ${(await first.text()).slice(0, 200)}`)
          await first.arrayBuffer().catch(() => undefined)
          await load(server.url, target, 2, opts.connections)
          log(`  ${mode}: ${target.name} for ${opts.seconds} s …`)
          results.push({ mode, target: target.name, summary: await load(server.url, target, opts.seconds, opts.connections) })
        }
      } finally {
        await server.stop()
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }

  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ machine: machineLine(), connections: opts.connections, seconds: opts.seconds, results }, null, 2)}\n`)
    return
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`
  const lines = [
    `Machine: ${machineLine()}; ${opts.connections} connections, ${opts.seconds} s per address`,
    '',
    '| server | address | requests/s | p50 | p95 | p99 | answers | KiB each |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
    ...results.map(({ mode, target, summary: s }) =>
      `| ${mode === 'dev' ? 'next dev' : 'production'} | ${target} | ${s.perSecond.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${Object.entries(s.statuses).map(([k, v]) => `${k}: ${v}`).join(', ')} | ${s.kibPerRequest.toFixed(1)} |`),
    '',
  ]
  process.stdout.write(lines.join('\n'))
}

main().catch((error: unknown) => {
  console.error(`bench:http failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
