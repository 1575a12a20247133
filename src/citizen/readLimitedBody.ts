/** The whole body of a public form post; anything larger is refused before it is read to the end. */
export const MAX_FORM_BODY_BYTES = 64 * 1024

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The form is too large: at most ${limit} bytes may be sent.`)
  }
}

/** Reads a request's body as UTF-8, stopping (and throwing) as soon as it passes `limit` bytes. */
export async function readLimitedBody(request: Request, limit = MAX_FORM_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}
