import { describe, expect, it } from 'vitest'

import { BodyTooLargeError, readLimitedBody } from './readLimitedBody'

const streamed = (chunks: string[]) =>
  new Request('http://x/', {
    method: 'POST',
    body: new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk)); c.close() } }),
    duplex: 'half',
  } as RequestInit)

describe('readLimitedBody', () => {
  it('reads a body within the limit', async () => {
    expect(await readLimitedBody(streamed(['a=1&', 'b=2']), 10)).toBe('a=1&b=2')
  })

  it('refuses a declared length over the limit before reading', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'x'.repeat(20), headers: { 'content-length': '20' } })
    await expect(readLimitedBody(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError)
  })

  it('stops a streamed body that passes the limit without declaring it', async () => {
    await expect(readLimitedBody(streamed(['x'.repeat(8), 'x'.repeat(8)]), 10)).rejects.toBeInstanceOf(BodyTooLargeError)
  })
})
