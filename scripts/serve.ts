/**
 * `npm run serve`: the production server. Next's production build (`next build`) served by
 * Next inside a plain Node HTTP server, which answers the public form posts itself through
 * the handlers Next's routes use (src/server/fastPath.ts) and stops cleanly on SIGTERM: the
 * requests and jobs in progress end first (src/jobs/stopJobs.ts).
 *
 * It runs in Node itself (`node --import tsx`), never under the `tsx` command, whose parent
 * process kills its child with SIGKILL when a relayed SIGTERM is not acknowledged within 30 ms —
 * which a server busy rendering a site cannot do.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import next from 'next'

import { takeJobsStopper } from '../src/jobs/stopJobs'
import { lanesIdle } from '../src/server/backgroundLane'
import { takeFastPath } from '../src/server/fastPath'

const HELP = `Usage: npm run serve [-- --port N] [--hostname H]

Serves the production build (made by \`npm run build\`, into NEXT_DIST_DIR or .next) with
NODE_ENV=production: the admin at /admin, REST at /api, GraphQL at /api/graphql, the generated
sites at /sites/<mission>/<locale>/ and the public forms at /citizen/.

Options:
  --port N       port to listen on (default: PORT or 3000)
  --hostname H   address to listen on (default: HOSTNAME or 0.0.0.0)
  --help         show this help

On SQLite it runs the committed migrations (src/migrations/) as Payload connects, so an empty
data folder gets its schema; a database made by schema push (npm start) is served as it is, with
one line saying so. On SIGTERM or SIGINT it stops taking connections, answers the requests in
progress, lets the jobs in progress (site rebuilds, mails) end within CHANCERY_STOP_GRACE_S, then
exits; a rebuild cut off by that limit runs again at the next start. It exits within
CHANCERY_STOP_GRACE_S + 10 s whatever happens.

Environment: as npm start (DATABASE_URL, PAYLOAD_SECRET — required here —, DATA_DIR, SITES_DIR,
SITES_PUBLIC_URL, CMS_PUBLIC_URL, SMTP_URL, MAIL_FROM), and
  CHANCERY_STOP_GRACE_S  how long a stop waits for the jobs in progress (default 20)
`

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    process.stdout.write(HELP)
    return
  }
  const port = Number(values.port ?? process.env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`--port must be a port number such as 3000, got "${values.port ?? process.env.PORT}"`)
  const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
  if (!process.env.PAYLOAD_SECRET) throw new Error('PAYLOAD_SECRET must be set for the production server (a long random string, the same on every restart).')
  const graceSeconds = Number(process.env.CHANCERY_STOP_GRACE_S ?? 20)
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0) throw new Error(`CHANCERY_STOP_GRACE_S must be a number of seconds such as 20, got "${process.env.CHANCERY_STOP_GRACE_S}"`)
  ;(process.env as Record<string, string>).NODE_ENV = 'production'

  const app = next({ dev: false, dir: ROOT, hostname, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const server = http.createServer((request, response) => {
    if (takeFastPath()?.(request, response)) return
    void handle(request, response)
  })
  server.keepAliveTimeout = 65_000
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
  console.log(`Chancery (production) on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    const started = Date.now()
    console.log(`${signal}: finishing the requests and jobs in progress (at most ${graceSeconds} s) …`)
    // A request or job that never ends must not keep a stopped server alive.
    setTimeout(() => {
      console.error(`Still busy ${graceSeconds + 10} s after ${signal}: exiting anyway (a site rebuild cut off here runs again at the next start).`)
      process.exit(1)
    }, (graceSeconds + 10) * 1000).unref()
    const requestsAnswered = new Promise<void>((resolve) => server.close(() => resolve()))
    // Keep-alive connections go as soon as their request is answered.
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    server.closeIdleConnections()
    const jobs = takeJobsStopper()
    const stopped = await jobs?.stop(graceSeconds * 1000)
    await requestsAnswered
    clearInterval(idle)
    // Mails already promised (a booking's confirmation) are sent before the process ends.
    await lanesIdle(8_000)
    // A job still running keeps the database open: closed under it, it would record a failure it did not have.
    if (stopped?.finished) await jobs?.close().catch(() => undefined)
    const jobsState = !stopped ? '' : stopped.finished ? ', jobs in progress ended' : `, ${stopped.unfinished} job run(s) cut off, ${stopped.released} job(s) released to run again at the next start`
    console.log(`Stopped in ${((Date.now() - started) / 1000).toFixed(1)} s: requests answered${jobsState}.`)
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
