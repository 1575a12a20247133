import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { tempDirs } from '../support/tempDirs'
import { MIN_SECRET_LENGTH, resolveSecret } from '../../src/config/secret'

const tmp = tempDirs('chancery-secret-')

describe('resolveSecret', () => {
  it('refuses to start in production without PAYLOAD_SECRET and says what to set', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' }, tmp())).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/)
  })

  it('refuses a short secret in any environment', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, tmp())).toThrow(/at least 32/)
    expect(() => resolveSecret({ PAYLOAD_SECRET: 'short' }, tmp())).toThrow(/PAYLOAD_SECRET is 5 characters/)
  })

  it('uses a long enough PAYLOAD_SECRET as given', () => {
    const secret = 'x'.repeat(MIN_SECRET_LENGTH)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }, tmp())).toBe(secret)
  })

  it('in development generates a random secret once, keeps it under the data directory, private to its owner', () => {
    const dir = tmp()
    const first = resolveSecret({ NODE_ENV: 'development' }, dir)
    const second = resolveSecret({ NODE_ENV: 'development' }, dir)
    expect(first).toHaveLength(64)
    expect(second).toBe(first)
    expect(resolveSecret({}, tmp())).not.toBe(first)
    const stat = fs.statSync(path.join(dir, '.payload-secret'))
    expect(stat.mode & 0o077).toBe(0)
  })
})
