import { describe, expect, it } from 'vitest'

import { BodyTooLarge, MAX_ARRAY_ITEMS, bodyKind, byteLimit, checkJsonShape, declaredTooLong, readBounded } from './requestBody'

const stream = (chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size))
      controller.close()
    },
  })

describe('request bodies', () => {
  it('names the list that is too long: 10,000 topic ids', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `id-${i}`)
    expect(checkJsonShape({ title: 'x', topics: ids })).toEqual({ parameter: 'topics', message: 'topics may hold at most 1000 items (got 10000)' })
    expect(checkJsonShape({ offices: [{ services: ids }] })).toMatchObject({ parameter: 'offices[0].services' })
    expect(checkJsonShape({ topics: ids.slice(0, MAX_ARRAY_ITEMS) })).toBeNull()
  })

  it('refuses JSON nested deeper than any rich text', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100; i += 1) deep = { children: [deep] }
    expect(checkJsonShape(deep)).toMatchObject({ message: expect.stringContaining('nested') })
  })

  it('limits by kind: 1 MiB of JSON, 20 MiB uploads, 64 KiB otherwise', () => {
    expect(byteLimit(bodyKind('application/json; charset=utf-8'))).toBe(1024 * 1024)
    expect(byteLimit(bodyKind('multipart/form-data; boundary=x'))).toBeGreaterThan(20 * 1024 * 1024)
    expect(byteLimit(bodyKind('text/plain'))).toBe(64 * 1024)
    expect(declaredTooLong(new Headers({ 'content-length': String(13_000_000) }), 1024 * 1024)).toBe(true)
    expect(declaredTooLong(new Headers(), 1024 * 1024)).toBe(false)
  })

  it('stops reading as soon as a body without a declared length passes the limit', async () => {
    await expect(readBounded(stream([600, 600]), 1000)).rejects.toBeInstanceOf(BodyTooLarge)
    expect((await readBounded(stream([400, 600]), 1000)).byteLength).toBe(1000)
  })
})
