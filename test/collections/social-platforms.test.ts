import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
})

const createPlatform = (slug: string, overrides: Record<string, unknown> = {}) =>
  t.payload.create({ collection: 'social-platforms', data: { name: 'X', slug, hosts: [{ host: 'x.com' }, { host: 'twitter.com' }], ...overrides } as never })

describe('social platforms: good platforms', () => {
  it('stores a platform with its hosts and reads it back as written', async () => {
    const created = await createPlatform('x', { urlTemplate: 'https://x.com/{handle}', wikidataProperty: 'P2002' })
    expect(await readStored(t.payload, 'social-platforms', created.id)).toMatchObject({
      name: 'X', slug: 'x', federated: false, urlTemplate: 'https://x.com/{handle}', wikidataProperty: 'P2002',
      hosts: [{ host: 'x.com' }, { host: 'twitter.com' }],
    })
  })

  it('accepts a wildcard host and a federated network with no hosts', async () => {
    await createPlatform('weibo', { name: 'Weibo', hosts: [{ host: '*.weibo.com' }] })
    const mastodon = await createPlatform('mastodon', { name: 'Mastodon', federated: true, hosts: [] })
    expect(mastodon.hosts).toEqual([])
  })
})

describe('social platforms: how accounts are read', () => {
  it('stores the handle pattern, the case rule and the grammar, and a new platform reads its template by default', async () => {
    const created = await createPlatform('mastodon-like', { name: 'Pixelfed', hosts: [{ host: 'pixelfed.social' }], urlTemplate: 'https://pixelfed.social/{handle}', handlePattern: '[a-z0-9_]{1,30}' })
    expect(await readStored(t.payload, 'social-platforms', created.id)).toMatchObject({ handlePattern: '[a-z0-9_]{1,30}', caseSensitive: false, normaliser: 'template' })
  })

  it.each([
    ['urlTemplate', 'https://x.com/', /must contain \{handle\} exactly once/],
    ['urlTemplate', 'https://x.com/{handle}/{handle}', /must contain \{handle\} exactly once/],
    ['urlTemplate', 'http://x.com/{handle}', /must start with https:\/\//],
    ['urlTemplate', 'javascript:{handle}', /must start with http:\/\/ or https:\/\//],
    ['urlTemplate', 'https://{handle}.example.com/', /must put \{handle\} in the path/],
    ['handlePattern', '[A-Za-z', /is not a valid regular expression/],
    ['normaliser', 'no-such-grammar', /invalid/i],
  ])('refuses %s %j', async (field, value, message) => {
    await expectFieldError(createPlatform(`bad-${field.toLowerCase()}`, { [field]: value }), field, message)
  })
})

describe('social platforms: host names', () => {
  it.each([
    ['a URL instead of a host', 'https://x.com'],
    ['a host with a path', 'x.com/home'],
    ['a host with no dot', 'localhost'],
    ['a host in capitals', 'X.COM'],
    ['a host with a space', 'x .com'],
    ['a wildcard in the middle', 'www.*.com'],
  ])('refuses %s (%j), naming the row', async (_, host) => {
    await expectFieldError(
      createPlatform('bad-host', { hosts: [{ host: 'x.com' }, { host }] }),
      'hosts.1.host', /must be a host name such as "x.com"/,
    )
  })

  it('refuses a platform that is not federated and lists no host, since no account could match it', async () => {
    await expectFieldError(createPlatform('no-hosts', { hosts: [] }), 'hosts', /list at least one host name/)
  })

  it('refuses a slug another platform uses, and a bad edit, leaving the platform intact', async () => {
    const first = await createPlatform('youtube', { name: 'YouTube', hosts: [{ host: 'youtube.com' }] })
    await expectStoredDataIntact(t.payload, 'social-platforms', first.id, async () => {
      await expectFieldError(createPlatform('youtube', { name: 'YouTube 2' }), 'slug', /unique/i)
      await expectFieldError(
        t.payload.update({ collection: 'social-platforms', id: first.id, data: { name: 'Tube', hosts: [{ host: 'https://youtu.be' }] } }),
        'hosts.0.host', /must be a host name/,
      )
      await expectFieldError(
        t.payload.update({ collection: 'social-platforms', id: first.id, data: { slug: 'You Tube' } }),
        'slug', /lower-case letters/,
      )
    })
  })
})
