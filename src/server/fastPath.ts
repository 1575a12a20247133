import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'

import type { CitizenAnswer } from '../citizen/citizenAnswer'
import { answering } from './backgroundLane'

/** Answers a request and says true, or says false and leaves it to Next. */
export type FastPath = (request: IncomingMessage, response: ServerResponse) => boolean

// Next bundles the instrumentation hook apart from the server script that wraps Next, so the two
// share no module: a process-wide symbol is the one place both can reach.
const SLOT = Symbol.for('chancery.fastPath')
type Slot = { [SLOT]?: FastPath }

/** Called inside Next's server once Payload runs there, so the fast path uses that very instance. */
export function offerFastPath(fastPath: FastPath): void {
  ;(globalThis as Slot)[SLOT] = fastPath
}

/** The fast path, once Next's server has offered it. */
export function takeFastPath(): FastPath | null {
  return (globalThis as Slot)[SLOT] ?? null
}

type Answerer = (payload: Payload, request: Request) => Promise<CitizenAnswer>

/**
 * The public form posts, answered straight from Node's HTTP server by the same framework-free
 * handlers as the Next routes (src/app/(citizen)): a post is small and frequent, and Next's
 * routing costs more than the handler itself (docs/benchmarks.md, contact forms under load).
 */
export function citizenFastPath(payloadReady: () => Promise<Payload>, routes: Record<string, Answerer>): FastPath {
  return (request, response) => {
    if (request.method !== 'POST') return false
    const path = (request.url ?? '').split('?')[0]!
    const answer = routes[path]
    if (!answer) return false
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    }
    const web = new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), {
      method: 'POST', headers, body: Readable.toWeb(request) as ReadableStream, duplex: 'half',
    } as RequestInit)
    answering(payloadReady().then((payload) => answer(payload, web))).then(
      (answered) => {
        response.writeHead(answered.status, answered.headers)
        response.end(answered.status === 204 || answered.status === 303 ? undefined : answered.body)
      },
      (error: unknown) => {
        console.error(`The form post to ${path} failed:`, error instanceof Error ? error.message : error)
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        response.end('The form could not be received; please try again later.\n')
      },
    )
    return true
  }
}
