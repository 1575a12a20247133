import http from 'node:http'
import { isIP } from 'node:net'

import { securityHeadersFor } from './headers'

/**
 * TRACE echoes a request back (cross-site tracing). Node's fetch refuses to build a Request with
 * it, so Next failed with 500 on every route handler before any of our code ran: it is answered
 * 405 here, before Next sees it. (Node's parser refuses TRACK itself; CONNECT never reaches
 * 'request'.)
 */
const REFUSED_METHODS = new Set(['TRACE'])
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

const INSTALLED = Symbol.for('chancery.security.httpServer')

/**
 * Runs first for every request this process's HTTP servers receive (Next's own under `next dev`
 * and `next start`, and scripts/serve.ts's): refuses the methods above, settles the client's
 * address once, in X-Forwarded-For, for the rate limits, and sets the security headers of the
 * path (src/security/headers.ts). Installed from the instrumentation hook,
 * the one place that runs in the server's process before its first request.
 */
export function installHttpGuards(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: true }
  if (prototype[INSTALLED]) return
  prototype[INSTALLED] = true
  const emit = prototype.emit
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
      if (REFUSED_METHODS.has((request.method ?? '').toUpperCase())) {
        refuseMethod(request, response)
        return true
      }
      settleClientAddress(request)
      const path = (request.url ?? '/').split('?')[0]!
      for (const [name, value] of Object.entries(securityHeadersFor(path, process.env))) response.setHeader(name, value)
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}

function refuseMethod(request: http.IncomingMessage, response: http.ServerResponse): void {
  const path = (request.url ?? '/').split('?')[0]!
  response.writeHead(405, {
    ...securityHeadersFor(path, process.env),
    allow: ALLOW,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(`${request.method} is not allowed.\n`)
  // Whatever body it announced is not read; the connection is not kept for another request.
  request.resume()
}

/**
 * Next fills X-Forwarded-For from the socket only when the request has none, so a client
 * talking to the server directly could name any address and start afresh on every limit. The
 * header is believed only from a proxy on this machine or the private network (the usual
 * reverse proxy, which appends the address it saw) or one listed in TRUSTED_PROXY_ADDRESSES;
 * from anyone else, the socket's address is the client. Afterwards the header holds that one
 * address.
 */
export function settleClientAddress(request: Pick<http.IncomingMessage, 'headers' | 'socket'>): string {
  const peer = normaliseAddress(request.socket?.remoteAddress ?? '')
  const forwarded = request.headers['x-forwarded-for']
  const claimed = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '')
    .split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  const client = claimed && (isPrivateOrLoopback(peer) || trustedProxies().has(peer)) ? normaliseAddress(claimed) : peer || 'unknown'
  request.headers['x-forwarded-for'] = client
  return client
}

/** A load balancer reaching the server from a public address: TRUSTED_PROXY_ADDRESSES=203.0.113.5,203.0.113.6 */
function trustedProxies(): Set<string> {
  return new Set((process.env.TRUSTED_PROXY_ADDRESSES ?? '').split(',').map((s) => normaliseAddress(s.trim())).filter(Boolean))
}

const normaliseAddress = (address: string) => (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address)

export function isPrivateOrLoopback(address: string): boolean {
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number) as [number, number]
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
  }
  if (isIP(address) === 6) {
    const lower = address.toLowerCase()
    return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80:')
  }
  return false
}
