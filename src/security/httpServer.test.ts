import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installHttpGuards, isPrivateOrLoopback, settleClientAddress } from './httpServer'

describe('HTTP server guards', () => {
  let server: http.Server
  let port: number
  const seen: { method?: string; forwarded?: string | string[] }[] = []

  beforeAll(async () => {
    installHttpGuards()
    server = http.createServer((request, response) => {
      seen.push({ method: request.method, forwarded: request.headers['x-forwarded-for'] })
      response.end('handled')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        let body = ''
        response.on('data', (d) => (body += d))
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
      })
      request.on('error', reject)
      request.end()
    })

  // TRACK never gets this far: Node's parser refuses unknown methods with 400 itself.
  it('answers TRACE 405 before the application, with the security headers', async () => {
    for (const method of ['TRACE']) {
      for (const path of ['/api/missions', '/sites/', '/admin', '/citizen/enquiries']) {
        const res = await send(method, path)
        expect(res.status, `${method} ${path}`).toBe(405)
        expect(res.headers.allow).not.toContain('TRACE')
        expect(res.headers['x-content-type-options']).toBe('nosniff')
      }
    }
    expect(seen.filter((s) => s.method === 'TRACE')).toEqual([])
  })

  it('sets the security headers on what the application answers', async () => {
    const res = await send('GET', '/admin')
    expect(res.body).toBe('handled')
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
  })

  it('believes X-Forwarded-For only from a proxy on this machine or the private network', async () => {
    await send('GET', '/x', { 'x-forwarded-for': '203.0.113.7, 198.51.100.2' })
    expect(seen.at(-1)!.forwarded).toBe('198.51.100.2')
    const direct = { headers: { 'x-forwarded-for': '203.0.113.7' }, socket: { remoteAddress: '198.51.100.9' } }
    expect(settleClientAddress(direct as never)).toBe('198.51.100.9')
    expect(direct.headers['x-forwarded-for']).toBe('198.51.100.9')
    expect(settleClientAddress({ headers: {}, socket: { remoteAddress: '::ffff:10.1.2.3' } } as never)).toBe('10.1.2.3')
    expect(settleClientAddress({ headers: { 'x-forwarded-for': '203.0.113.7' }, socket: { remoteAddress: '::ffff:10.1.2.3' } } as never)).toBe('203.0.113.7')
    process.env.TRUSTED_PROXY_ADDRESSES = '198.51.100.9'
    try {
      expect(settleClientAddress({ headers: { 'x-forwarded-for': '203.0.113.7' }, socket: { remoteAddress: '198.51.100.9' } } as never)).toBe('203.0.113.7')
    } finally {
      delete process.env.TRUSTED_PROXY_ADDRESSES
    }
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.0.1', '192.168.1.1', '::1', 'fd00::1']) expect(isPrivateOrLoopback(address), address).toBe(true)
    for (const address of ['203.0.113.7', '172.32.0.1', '2001:db8::1', '']) expect(isPrivateOrLoopback(address), address).toBe(false)
  })
})
