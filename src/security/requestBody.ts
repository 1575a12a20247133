import type { Refusal } from './requestBounds'

/**
 * A JSON body: the longest press release of the demo network is 9 KB of Lexical JSON, and a
 * 20,000-word text about 400 KB; a 12.6 MB body once stalled the server for 20 s while saved.
 */
export const MAX_JSON_BYTES = 1024 * 1024
/** An upload: photographs from phones and cameras are 3–15 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** Multipart framing and the document's other fields beside the file. */
const MULTIPART_OVERHEAD = 256 * 1024
/** Anything else (form-encoded queries sent with a method override, plain text). */
export const MAX_OTHER_BYTES = 64 * 1024

/** No list any editor makes is this long (the network has ~25 missions); 10,000 ids once took 15 s to fail. */
export const MAX_ARRAY_ITEMS = 1_000
/** Lexical nests a list in a list item in a list …; nothing real is this deep. */
export const MAX_JSON_NESTING = 64

export type BodyKind = 'json' | 'multipart' | 'form' | 'other'

export function bodyKind(contentType: string | null): BodyKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json' || type.endsWith('+json')) return 'json'
  if (type === 'multipart/form-data') return 'multipart'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  return 'other'
}

export function byteLimit(kind: BodyKind): number {
  if (kind === 'multipart') return MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD
  if (kind === 'json') return MAX_JSON_BYTES
  return MAX_OTHER_BYTES
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body may be at most ${formatBytes(limit)}.`)
  }
}

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`

/** The declared length, when the client declared one and it is already too long. */
export function declaredTooLong(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get('content-length') ?? NaN)
  return Number.isFinite(declared) && declared > limit
}

/** Reads the whole body, giving up (and throwing) as soon as it passes `limit` bytes. */
export async function readBounded(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLarge(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Passes a body through, erroring the stream once it passes `limit` bytes (uploads are not buffered). */
export function limitStream(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let size = 0
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength
        if (size > limit) controller.error(new BodyTooLarge(limit))
        else controller.enqueue(chunk)
      },
    }),
  )
}

/**
 * Lists and nesting of a parsed JSON body, refused with the path of the first list that is too
 * long: `topics` holding 10,000 ids is answered here, before Payload validates (and SQLite fails
 * on "too many SQL variables").
 */
export function checkJsonShape(value: unknown): Refusal | null {
  const walk = (node: unknown, path: string, nesting: number): Refusal | null => {
    if (nesting > MAX_JSON_NESTING) return { parameter: path || 'body', message: `the body is nested more than ${MAX_JSON_NESTING} levels deep` }
    if (Array.isArray(node)) {
      if (node.length > MAX_ARRAY_ITEMS) return { parameter: path || 'body', message: `${path || 'the body'} may hold at most ${MAX_ARRAY_ITEMS} items (got ${node.length})` }
      for (let i = 0; i < node.length; i += 1) {
        const refusal = walk(node[i], `${path}[${i}]`, nesting + 1)
        if (refusal) return refusal
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const refusal = walk(child, path ? `${path}.${key}` : key, nesting + 1)
        if (refusal) return refusal
      }
    }
    return null
  }
  return walk(value, '', 0)
}
