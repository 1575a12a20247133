import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let madrid: string
let x: string
let mastodon: string

beforeAll(async () => {
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  x = (await t.payload.create({ collection: 'social-platforms', data: { name: 'X', slug: 'x', hosts: [{ host: 'x.com' }, { host: 'twitter.com' }] } })).id
  mastodon = (await t.payload.create({ collection: 'social-platforms', data: { name: 'Mastodon', slug: 'mastodon', federated: true, hosts: [] } })).id
})
afterAll(async () => {
  await t?.close()
})

const account = (data: Record<string, unknown>) =>
  t.payload.create({ collection: 'social-accounts', data: { ownerType: 'mission', mission: madrid, platform: x, ...data } as never, depth: 0 })

describe('social accounts: good accounts', () => {
  it('stores a mission’s account and reads it back as written', async () => {
    const created = await account({ url: 'https://x.com/EmbajadaMadrid', handle: '@EmbajadaMadrid', language: 'es' })
    expect(await readStored(t.payload, 'social-accounts', created.id)).toMatchObject({
      ownerType: 'mission', mission: madrid, platform: x, url: 'https://x.com/EmbajadaMadrid', handle: '@EmbajadaMadrid', language: 'es',
    })
  })

  it('accepts the platform’s other hosts, www. and mobile hosts, and any server of a federated network', async () => {
    await account({ ownerType: 'ministry', url: 'https://twitter.com/Cancilleria' })
    await account({ ownerType: 'related-body', relatedBody: 'Agencia de Cooperación', url: 'https://www.x.com/Agencia' })
    await account({ ownerType: 'related-body', relatedBody: 'Academia Diplomática', url: 'https://mobile.twitter.com/Academia' })
    const fedi = await account({ ownerType: 'ministry', platform: mastodon, url: 'https://social.example.gob.ec/@cancilleria' })
    expect(fedi.url).toBe('https://social.example.gob.ec/@cancilleria')
  })

  it('drops the mission of an account the ministry owns', async () => {
    const created = await account({ ownerType: 'ministry', url: 'https://x.com/CancilleriaPrensa', title: 'Prensa' })
    expect(created.mission ?? null).toBeNull()
  })
})

describe('social accounts: bad input', () => {
  it('refuses a platform that does not exist', async () => {
    await expectFieldError(
      account({ platform: '00000000-0000-4000-8000-000000000000', url: 'https://x.com/Nadie' }),
      'platform', /This platform does not exist; choose one from the list/,
    )
  })

  it.each([
    ['another platform’s host', 'https://facebook.com/EmbajadaMadrid'],
    ['a look-alike host that starts with the platform’s', 'https://x.com.evil.example/EmbajadaMadrid'],
    ['a look-alike host that ends with the platform’s name', 'https://notx.com/EmbajadaMadrid'],
    ['credentials pointing elsewhere', 'https://x.com@evil.example/EmbajadaMadrid'],
  ])('refuses a URL on %s, naming the host and the expected ones', async (_, url) => {
    await expectFieldError(account({ url }), 'url', /" is not a X address; expected x\.com or twitter\.com\./)
  })

  it.each([
    ['javascript:alert(1)', /The URL must start with http:\/\/ or https:\/\/ \(got "javascript:"\)/],
    ['x.com/EmbajadaMadrid', /is not a valid URL/],
    ['https://', /is not a valid URL/],
  ])('refuses the URL %j', async (url, message) => {
    await expectFieldError(account({ url }), 'url', message)
  })

  it('refuses a mission account without a mission, and a related body without a name', async () => {
    await expectFieldError(account({ mission: null, url: 'https://x.com/Huerfana' }), 'mission', /Choose the mission this account belongs to/)
    await expectFieldError(account({ ownerType: 'related-body', url: 'https://x.com/SinNombre' }), 'relatedBody', /Name the related body/)
    await expectFieldError(account({ ownerType: 'related-body', relatedBody: '  ', url: 'https://x.com/SinNombre' }), 'relatedBody', /Name the related body/)
  })
})

describe('social accounts: one URL, one account', () => {
  let original: string
  beforeAll(async () => {
    original = (await account({ url: 'https://x.com/ConsuladoMadrid', title: 'Consulado' })).id
  })

  it.each([
    ['the same URL', 'https://x.com/ConsuladoMadrid'],
    ['the URL with a trailing slash', 'https://x.com/ConsuladoMadrid/'],
    ['the URL with www.', 'https://www.x.com/ConsuladoMadrid'],
    ['the URL over http', 'http://x.com/ConsuladoMadrid'],
  ])('refuses %s already in the network, under any owner, leaving the original intact', async (_, url) => {
    await expectStoredDataIntact(t.payload, 'social-accounts', original, () =>
      expectFieldError(
        account({ ownerType: 'related-body', relatedBody: 'Otro', url }),
        'url', /This URL is already in the atlas; edit the existing account instead/,
      ),
    )
  })

  it('needs a title for a second account of the same platform and owner', async () => {
    await account({ ownerType: 'related-body', relatedBody: 'ProEcuador', url: 'https://x.com/ProEcuador' })
    await expectFieldError(
      account({ ownerType: 'related-body', relatedBody: 'ProEcuador', url: 'https://x.com/ProEcuadorES' }),
      'title', /This owner already has a X account; give this one a title to tell them apart/,
    )
    const titled = await account({ ownerType: 'related-body', relatedBody: 'ProEcuador', url: 'https://x.com/ProEcuadorES', title: 'España' })
    expect(titled.title).toBe('España')
  })

  it('refuses moving an account onto another’s URL, and leaves it as it was', async () => {
    await account({ url: 'https://x.com/EmbajadaPrensa', title: 'Prensa' })
    const other = await account({ url: 'https://x.com/EmbajadaCultura', title: 'Cultura' })
    await expectStoredDataIntact(t.payload, 'social-accounts', other.id, async () => {
      await expectFieldError(
        t.payload.update({ collection: 'social-accounts', id: other.id, data: { url: 'https://x.com/EmbajadaPrensa/', handle: '@x' } }),
        'url', /already in the atlas/,
      )
      await expectFieldError(
        t.payload.update({ collection: 'social-accounts', id: other.id, data: { url: 'javascript:alert(1)' } }),
        'url', /got "javascript:"/,
      )
    })
  })

  it('lets an account be saved again under its own URL', async () => {
    const created = await account({ url: 'https://x.com/EmbajadaTurismo', title: 'Turismo' })
    const again = await t.payload.update({ collection: 'social-accounts', id: created.id, data: { url: 'https://x.com/EmbajadaTurismo', handle: '@EmbajadaTurismo' }, depth: 0 })
    expect(again.handle).toBe('@EmbajadaTurismo')
  })
})
