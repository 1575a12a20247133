import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CitizenAnswer } from '../citizen/citizenAnswer'
import { citizenFastPath, offerFastPath, takeFastPath } from './fastPath'

const payload = {} as Payload
const seen: { url: string; method: string; origin: string | null; type: string | null; body: string }[] = []

const echo = async (_: Payload, request: Request): Promise<CitizenAnswer> => {
  const body = await request.text()
  seen.push({ url: request.url, method: request.method, origin: request.headers.get('origin'), type: request.headers.get('content-type'), body })
  if (body.includes('redirect')) return { status: 303, headers: { location: 'https://madrid.example/received' }, body: 'ignored' }
  if (body.includes('explode')) throw new Error('the handler failed')
  return { status: 201, headers: { 'content-type': 'application/json', 'x-answer': 'yes' }, body: JSON.stringify({ ok: true, length: body.length }) }
}

let server: http.Server
let base: string

beforeAll(async () => {
  const fastPath = citizenFastPath(async () => payload, { '/citizen/enquiries': echo })
  server = http.createServer((request, response) => {
    if (fastPath(request, response)) return
    response.writeHead(404, { 'x-fell-through': 'yes' })
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const post = (path: string, body: string) =>
  fetch(`${base}${path}`, { method: 'POST', body, redirect: 'manual', headers: { origin: 'https://madrid.example', 'content-type': 'application/x-www-form-urlencoded' } })

describe('the citizen fast path', () => {
  it('hands a form post to its handler with the headers, body and path the Next route would see, and sends its answer', async () => {
    const response = await post('/citizen/enquiries?x=1', 'name=Ana+%C3%91&message=hola')
    expect(response.status).toBe(201)
    expect(response.headers.get('x-answer')).toBe('yes')
    expect(await response.json()).toEqual({ ok: true, length: 'name=Ana+%C3%91&message=hola'.length })
    expect(seen.at(-1)).toMatchObject({ method: 'POST', origin: 'https://madrid.example', type: 'application/x-www-form-urlencoded', body: 'name=Ana+%C3%91&message=hola' })
    expect(new URL(seen.at(-1)!.url).pathname).toBe('/citizen/enquiries')
  })

  it('sends a redirect without a body', async () => {
    const response = await post('/citizen/enquiries', 'redirect')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://madrid.example/received')
    expect(await response.text()).toBe('')
  })

  it('answers 500 with a plain message when the handler fails, and keeps serving', async () => {
    const failed = await post('/citizen/enquiries', 'explode')
    expect(failed.status).toBe(500)
    expect(await failed.text()).toMatch(/could not be received/)
    expect((await post('/citizen/enquiries', 'again')).status).toBe(201)
  })

  it('leaves every other path and method to Next', async () => {
    const other = await post('/citizen/other', 'x')
    expect(other.headers.get('x-fell-through')).toBe('yes')
    const get = await fetch(`${base}/citizen/enquiries`)
    expect(get.headers.get('x-fell-through')).toBe('yes')
  })

  it('is found process-wide once offered', () => {
    const fastPath = citizenFastPath(async () => payload, {})
    offerFastPath(fastPath)
    expect(takeFastPath()).toBe(fastPath)
  })
})
