import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { warmUp } from './warmUp'

const servers: http.Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((r) => server.close(r))
})

const listen = (server: http.Server, port = 0) =>
  new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

describe('warmUp', () => {
  it('waits for the server to listen, retries its server errors and follows redirects', async () => {
    // Find a port, then listen on it only later: the first attempts are refused.
    const probe = http.createServer()
    const port = await listen(probe)
    await new Promise((r) => probe.close(r))
    let answers = 0
    const seen: string[] = []
    const server = http.createServer((req, res) => {
      seen.push(req.url!)
      if (req.url === '/admin') return void res.writeHead(++answers === 1 ? 503 : 307, { location: '/admin/login' }).end()
      res.writeHead(200).end('sign in')
    })
    servers.push(server)
    setTimeout(() => void listen(server, port), 300)
    const result = await warmUp(`http://127.0.0.1:${port}`, '/admin', 10_000)
    expect(result).toMatchObject({ path: '/admin', status: 200 })
    expect(result.seconds).toBeGreaterThanOrEqual(0.3)
    expect(seen).toEqual(['/admin', '/admin', '/admin/login'])
  })

  it('gives up at its deadline, or when the server has stopped, saying why', async () => {
    const probe = http.createServer()
    const port = await listen(probe)
    await new Promise((r) => probe.close(r))
    const late = await warmUp(`http://127.0.0.1:${port}`, '/admin', 500)
    expect(late).toMatchObject({ path: '/admin', error: expect.stringMatching(/ECONNREFUSED/) })
    expect(late.seconds).toBeGreaterThanOrEqual(0.5)
    const stopped = await warmUp(`http://127.0.0.1:${port}`, '/admin', 10_000, () => false)
    expect(stopped).toMatchObject({ error: 'no answer' })
  })
})
