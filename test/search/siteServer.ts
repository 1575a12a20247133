import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { contentTypeFor } from '../../src/server/contentTypes'
import { answerSiteRequest, SITES_MOUNT } from '../../src/server/siteResponse'

export type SiteServer = { origin: string; close: () => Promise<void> }

/**
 * The generated sites over real HTTP, two ways. `cms`: the CMS's own answer to /sites/
 * (src/server/siteResponse.ts, without Next around it), pages sandboxed to an opaque origin as
 * the app serves them. `static`: a plain file server at the root, as a mission's own web
 * server would serve its folder, no CSP.
 */
export async function serveSites(outDir: string, kind: 'cms' | 'static'): Promise<SiteServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const answer = kind === 'cms' ? answerFromCms(outDir, req, url) : Promise.resolve(answerFromDisk(outDir, url.pathname))
    answer.then(
      ({ status, headers, body }) => res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body ?? undefined),
      (error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

type Answer = { status: number; headers: Record<string, string>; body: Uint8Array | string | null }

function answerFromCms(outDir: string, req: http.IncomingMessage, url: URL): Promise<Answer> {
  return answerSiteRequest(outDir, {
    method: req.method ?? 'GET',
    pathname: url.pathname,
    search: url.search,
    // Identity bytes only: the gzip that Next's middleware adds is not part of this server.
    headers: { get: (name) => (name.toLowerCase() === 'accept-encoding' ? null : ((req.headers[name.toLowerCase()] as string | undefined) ?? null)) },
  })
}

function answerFromDisk(outDir: string, pathname: string): Answer {
  const file = path.join(outDir, decodeURIComponent(pathname).replace(/\/$/, '/index.html'))
  if (!file.startsWith(outDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' }
  }
  return { status: 200, headers: { 'content-type': contentTypeFor(file) }, body: fs.readFileSync(file) }
}

export { SITES_MOUNT }
