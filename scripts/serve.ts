/**
 * `npm run serve`: the production server. Next's production build (`next build`) served by
 * Next inside a plain Node HTTP server, which answers the public form posts itself through
 * the handlers Next's routes use (src/server/fastPath.ts) and stops cleanly on SIGTERM.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import next from 'next'

import { lanesIdle } from '../src/server/backgroundLane'
import { takeFastPath } from '../src/server/fastPath'

const HELP = `Usage: npm run serve [-- --port N] [--hostname H]

Serves the production build (made by \`npx next build\`, into NEXT_DIST_DIR or .next) with
NODE_ENV=production: the admin at /admin, REST at /api, GraphQL at /api/graphql, the generated
sites at /sites/<mission>/<locale>/ and the public forms at /citizen/.

Options:
  --port N       port to listen on (default: PORT or 3000)
  --hostname H   address to listen on (default: HOSTNAME or 0.0.0.0)
  --help         show this help

Environment: as npm start (DATABASE_URL, PAYLOAD_SECRET — required here —, DATA_DIR, SITES_DIR,
SITES_PUBLIC_URL, CMS_PUBLIC_URL, SMTP_URL, MAIL_FROM).
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

  const stop = (signal: string) => {
    console.log(`${signal}: finishing the requests in progress …`)
    // Mails already promised (a booking's confirmation) are sent before the process ends.
    server.close(() => void lanesIdle(8_000).then(() => process.exit(0)))
    server.closeIdleConnections()
    // A request that never ends must not keep a stopped server alive.
    setTimeout(() => process.exit(0), 10_000).unref()
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
