import * as qs from 'qs-esm'
import { executeAuthStrategies, getPayload, type Payload, type SanitizedConfig } from 'payload'

import { Gate } from './gate'
import { processWide } from './processWide'
import { checkGraphqlDocument } from './graphqlBounds'
import { isForeign } from './origins'
import { ANONYMOUS_DEFAULT_DEPTH, checkReadQuery, checkWriteQuery, type Refusal, type Tier } from './requestBounds'
import {
  BodyTooLarge, bodyKind, byteLimit, checkJsonShape, declaredTooLong, formatBytes, limitStream, readBounded,
} from './requestBody'

type RouteHandler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>
export type ApiKind = 'rest' | 'graphql'

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Two anonymous API requests run at a time on this process, the rest wait (at most 200, at most
 * 10 s), and each slot rests as long as it was held: twenty clients sending the costliest reads
 * the bounds allow then have the event loop about half the time, and the generated pages and
 * editors' saves the rest (docs/security.md, the abuse benchmark).
 */
export const anonymousReads = processWide('anonymousReads', () => new Gate(2, 200, 10_000, 1))

/**
 * What every request to /api passes before Payload sees it: its origin (a state-changing request
 * from another site is refused, whatever cookie it carries), the size and shape of its body, and
 * the depth, page size and query cost it asks for, by who the caller is. Each refusal is quick,
 * names the parameter, and reaches nothing behind it. The GraphQL document itself is bounded by
 * a validation rule (graphqlBounds.ts), which knows the schema.
 */
export function guardApi<A extends unknown[]>(config: Promise<SanitizedConfig> | SanitizedConfig, kind: ApiKind, handler: RouteHandler<A>): RouteHandler<A> {
  return async (incoming, ...rest) => {
    const method = incoming.method.toUpperCase()
    const env = process.env
    if (UNSAFE.has(method) && isForeign(incoming.url, incoming.headers, env)) {
      return refuse(403, { parameter: 'origin', message: `API requests that change anything must come from the CMS's own pages; this one came from ${incoming.headers.get('origin') ?? 'another site'}` })
    }
    let request = incoming
    let query: Record<string, unknown> = qs.parse(new URL(request.url).search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
    const overrideGet = method === 'POST' && (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

    if (UNSAFE.has(method) && request.body) {
      const read = await boundedBody(request)
      if ('refusal' in read) return refuse(read.status, read.refusal)
      request = read.request
      if (kind === 'graphql') {
        const refusal = checkGraphqlDocument(read.json)
        if (refusal) return refuse(400, refusal)
      }
      if (overrideGet && read.text !== null && bodyKind(request.headers.get('content-type')) === 'form') {
        query = qs.parse(read.text, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
      }
    }

    const payload = await getPayload({ config: await config })
    const tier = await tierOf(payload, request.headers)
    const reading = method === 'GET' || method === 'HEAD' || overrideGet
    if (kind === 'rest' && method !== 'OPTIONS') {
      const defaultDepth = tier === 'anonymous' ? ANONYMOUS_DEFAULT_DEPTH : payload.config.defaultDepth
      const refusal = reading ? checkReadQuery(query, tier, defaultDepth) : checkWriteQuery(query, tier, defaultDepth)
      if (refusal) return refuse(400, refusal)
      if (tier === 'anonymous' && reading && !overrideGet && !('depth' in query)) request = withSearchParam(request, 'depth', String(ANONYMOUS_DEFAULT_DEPTH))
    }

    if (tier !== 'anonymous' || !(reading || kind === 'graphql')) return asAttachment(await handler(request, ...rest))
    const release = await anonymousReads.enter()
    if (!release) {
      return refuse(503, { parameter: 'load', message: 'The API is busy with anonymous requests; try again in a few seconds.' }, { 'retry-after': '5' })
    }
    try {
      return asAttachment(await handler(request, ...rest))
    } finally {
      release()
    }
  }
}

/**
 * JSON answers are data to a program, never a page: opened in a browser tab they download
 * (ASVS 14.4.2). Media files keep their own headers; the admin's fetch calls ignore this one.
 */
function asAttachment(response: Response): Response {
  const type = response.headers.get('content-type') ?? ''
  if (!/json/i.test(type) || response.headers.has('content-disposition')) return response
  try {
    response.headers.set('content-disposition', 'attachment; filename="api.json"')
    return response
  } catch {
    // Immutable headers (a fetched Response): copy them.
    const headers = new Headers(response.headers)
    headers.set('content-disposition', 'attachment; filename="api.json"')
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}

/**
 * Anonymous or signed in, as Payload will see it: a request that presents a token is checked
 * here (its signature, and that the user still exists), so a made-up header cannot buy the
 * larger bounds. Anonymous requests, the common case, cost nothing here.
 */
async function tierOf(payload: Payload, headers: Headers): Promise<Tier> {
  const cookie = headers.get('cookie') ?? ''
  const presents = headers.has('authorization') || cookie.includes(`${payload.config.cookiePrefix}-token=`)
  if (!presents) return 'anonymous'
  // isGraphQL: the user is read at depth 0; only whether there is one matters here.
  const { user } = await executeAuthStrategies({ headers, payload, isGraphQL: true, canSetHeaders: false })
  return user && user.collection === 'users' ? 'staff' : 'anonymous'
}

type BodyRead = { request: Request; text: string | null; json?: unknown } | { refusal: Refusal; status: number }

/** JSON and form bodies are read whole (bounded) and checked; uploads stream through a limit. */
async function boundedBody(request: Request): Promise<BodyRead> {
  const kind = bodyKind(request.headers.get('content-type'))
  const limit = byteLimit(kind)
  const tooLarge = { status: 413, refusal: { parameter: 'body', message: `The request body may be at most ${formatBytes(limit)} (${kind === 'multipart' ? 'uploads' : kind === 'json' ? 'JSON' : 'this content type'}).` } }
  if (declaredTooLong(request.headers, limit)) return tooLarge
  if (kind === 'multipart') {
    return { request: rebuild(request, { body: limitStream(request.body!, limit) }), text: null }
  }
  let bytes: Uint8Array
  try {
    bytes = await readBounded(request.body, limit)
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge
    throw error
  }
  const text = new TextDecoder('utf-8').decode(bytes)
  let json: unknown
  if (kind === 'json' && text.trim() !== '') {
    try {
      json = JSON.parse(text)
    } catch {
      return { status: 400, refusal: { parameter: 'body', message: 'The request body is not valid JSON.' } }
    }
    const refusal = checkJsonShape(json)
    if (refusal) return { status: 400, refusal }
  }
  return { request: rebuild(request, { body: bytes as Uint8Array<ArrayBuffer> }), text, json }
}

function rebuild(request: Request, init: { url?: string; body?: BodyInit | null }): Request {
  const headers = new Headers(request.headers)
  // The body is now the buffered one (or a stream of unknown length).
  if (init.body !== undefined && !(init.body instanceof Uint8Array)) headers.delete('content-length')
  return new Request(init.url ?? request.url, {
    method: request.method,
    headers,
    body: init.body !== undefined ? init.body : request.body,
    signal: request.signal,
    // Node's fetch needs this for a streamed body.
    duplex: 'half',
  } as RequestInit)
}

function withSearchParam(request: Request, name: string, value: string): Request {
  const url = new URL(request.url)
  url.searchParams.set(name, value)
  return rebuild(request, { url: url.href, body: null })
}

function refuse(status: number, refusal: Refusal, extra: Record<string, string> = {}): Response {
  return Response.json(
    { errors: [{ message: refusal.message, parameter: refusal.parameter }] },
    { status, headers: { 'cache-control': 'no-store', 'content-disposition': 'attachment; filename="api.json"', ...extra } },
  )
}
