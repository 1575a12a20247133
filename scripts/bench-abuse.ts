/**
 * `npm run bench:abuse`: issue 20's target as a measurement. Anonymous clients send the most
 * expensive requests the API accepts, back to back, while a visitor reads a generated page and an
 * editor saves a draft; reports their latency and the server's peak memory. Results and
 * analysis: docs/security.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { DEMO_EDITOR as EDITOR, groupRssMiB, machineLine, preparedDemoNetwork } from '../src/bench/demoNetwork'
import { wholeOption } from '../src/bench/wholeOption'

process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const HELP = `Usage: npm run bench:abuse -- [--clients N] [--seconds S] [--production [--reuse-build]] [--smoke] [--json] [--keep]

Seeds the demo network (once; kept under the system's temporary folder) and builds its sites,
starts the application server on a loopback port (next dev, or with --production the production
build served as npm run serve does), and for S seconds has N anonymous clients send the most
expensive requests the API accepts (depth 1 in pages of 10 with every locale, depth 0 in pages
of 100, the GraphQL equivalents), each client from its own address, back to back. Meanwhile a
visitor reads a generated page every 250 ms and an editor saves a draft press release every
second. Reports their latency, what the attackers got, and the server's peak memory (the whole
process group: under next dev that includes the compiler).

Options:
  --clients N    anonymous clients (default 20)
  --seconds S    length of the load (default 30)
  --production   build with next build (into .next-bench, a few minutes) and serve it as npm run serve does
  --reuse-build  with --production: serve the build already in .next-bench
  --smoke        a short check that everything runs: 4 clients for 5 seconds
  --json         print one JSON object instead of a table
  --keep         keep the temporary folder
  --help         show this help

Targets (issue 20): page and save p95 under 1 s, server under 1 GiB (production server).
`

const log = (line: string) => process.stderr.write(`${line}\n`)
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      clients: { type: 'string' }, seconds: { type: 'string' }, production: { type: 'boolean', default: false },
      'reuse-build': { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  return {
    ...values,
    clients: wholeOption('clients', values.clients, values.smoke ? 4 : 20),
    seconds: wholeOption('seconds', values.seconds, values.smoke ? 5 : 30),
  }
}

async function main(): Promise<void> {
  const opts = options()
  if (opts.help) {
    process.stdout.write(HELP)
    return
  }
  const dir = await preparedDemoNetwork(log, 'chancery-bench-abuse-')
  const { startNextServer } = await import('../test/support/nextServer')
  const { runAbuseLoad, summariseAbuse, COSTLIEST_ACCEPTED } = await import('../src/bench/abuseLoad')
  try {
    const { productionBuildForBench } = await import('../src/bench/nextBuild')
    const productionBuild = opts.production ? productionBuildForBench(ROOT, opts['reuse-build'], log) : undefined
    log(`Starting the server (${opts.production ? 'production build' : 'next dev'}) …`)
    const server = await startNextServer({
      databaseUrl: `file:${path.join(dir, 'chancery.db')}`, dataDir: dir, productionBuild,
      env: () => ({ SITES_DIR: path.join(dir, 'sites'), CHANCERY_AUTORUN_JOBS: 'false' }),
    })
    let summary
    try {
      const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(EDITOR) })
      const token = ((await login.json()) as { token?: string }).token
      if (!token) throw new Error(`the editor could not sign in (${login.status})`)
      const draft = await fetch(`${server.url}/api/press-releases?limit=1&depth=0&where[mission][exists]=true`, { headers: { authorization: `JWT ${token}` } })
      const release = ((await draft.json()) as { docs: { id: string }[] }).docs[0]
      if (!release) throw new Error('the demo network has no press release to save')
      const plan = {
        baseUrl: server.url, clients: opts.clients, seconds: opts.seconds,
        pagePath: '/sites/madrid/es/', pageEveryMs: 250,
        save: { path: `/api/press-releases/${release.id}?draft=true&depth=0`, token, everyMs: 1000 },
      }
      log('Warming up (first requests compile their routes) …')
      for (const request of COSTLIEST_ACCEPTED) await (await fetch(`${server.url}${request.path}`, { method: request.method, body: request.body, headers: request.body ? { 'content-type': 'application/json' } : {} })).arrayBuffer()
      // Each measured path more than once: next dev compiles a route again on its second use at times.
      await runAbuseLoad({ ...plan, clients: 1, seconds: 3 })
      log(`Load: ${opts.clients} anonymous clients for ${opts.seconds} s …`)
      let peak = groupRssMiB(server.pid)
      const sampler = setInterval(() => (peak = Math.max(peak, groupRssMiB(server.pid))), 250)
      const result = await runAbuseLoad(plan)
      clearInterval(sampler)
      summary = summariseAbuse(result, Math.max(peak, groupRssMiB(server.pid)))
    } finally {
      await server.stop()
    }
    const machine = machineLine()
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ machine, server: opts.production ? 'production' : 'development', clients: opts.clients, summary }, null, 2)}\n`)
    } else {
      const ms = (n: number) => `${Math.round(n)} ms`
      const pass = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'pass' : 'FAIL')
      process.stdout.write([
        `Machine: ${machine}`,
        `Server: ${opts.production ? 'npm run serve (production build)' : 'next dev'}; ${opts.clients} anonymous clients for ${summary.seconds.toFixed(1)} s`,
        `Attacks: ${summary.attacks.sent} sent (${summary.attacks.perSecond.toFixed(1)}/s), by status ${JSON.stringify(summary.attacks.byStatus)}; ${summary.attacks.answeredMiB.toFixed(1)} MiB answered, largest ${summary.attacks.largestKiB.toFixed(0)} KiB; p50 ${ms(summary.attacks.latency.p50)}, p95 ${ms(summary.attacks.latency.p95)}`,
        `Page:  ${summary.page.count} reads, p50 ${ms(summary.page.p50)}, p95 ${ms(summary.page.p95)}, max ${ms(summary.page.max)}, failed ${summary.page.failed} (p95 < 1 s: ${pass(summary.targets.pageP95Under1s)})`,
        `Save:  ${summary.save.count} saves, p50 ${ms(summary.save.p50)}, p95 ${ms(summary.save.p95)}, max ${ms(summary.save.max)}, failed ${summary.save.failed} (p95 < 1 s: ${pass(summary.targets.saveP95Under1s)})`,
        `Server memory: peak ${summary.peakRssMiB?.toFixed(0)} MiB for the process group (< 1 GiB: ${pass(summary.targets.serverUnder1GiB)}${opts.production ? '' : '; next dev includes the compiler'})`,
        '',
      ].join('\n'))
    }
  } finally {
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true })
    else log(`Kept ${dir}`)
  }
}

main().catch((error: unknown) => {
  console.error(`bench:abuse failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
