import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PLATFORMS } from '../../src/seed/data/platforms'
import { platformDocument } from '../../src/seed/steps/platforms'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { createMission } from './helpers/missions'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let madrid: string
let lima: string
const platform: Record<string, string> = {}

// The platforms exactly as the seed stores them: hosts, templates, handle patterns and grammars are data.
beforeAll(async () => {
  t = await startTestPayload()
  madrid = (await createMission(t.payload, 'madrid')).id
  lima = (await createMission(t.payload, 'lima')).id
  for (const slug of ['x', 'facebook', 'youtube', 'mastodon', 'bluesky', 'wechat']) {
    const seed = PLATFORMS.find((p) => p.slug === slug)!
    platform[slug] = (await t.payload.create({ collection: 'social-platforms', data: platformDocument(seed) as never })).id
  }
})
afterAll(async () => {
  await t?.close()
})

const account = (data: Record<string, unknown>) =>
  t.payload.create({ collection: 'social-accounts', data: { ownerType: 'mission', mission: madrid, platform: platform.x, ...data } as never, depth: 0 })

describe('social accounts: every spelling is saved as the canonical address', () => {
  it('stores an old twitter.com hash-bang address as the canonical x.com one, with its handle', async () => {
    const created = await account({ url: 'https://twitter.com/#!/EmbajadaMadrid', language: 'es' })
    expect(await readStored(t.payload, 'social-accounts', created.id)).toMatchObject({
      ownerType: 'mission', mission: madrid, platform: platform.x, url: 'https://x.com/EmbajadaMadrid', handle: '@EmbajadaMadrid', language: 'es',
    })
  })

  it.each([
    ['a mobile address with a query', { url: 'https://mobile.twitter.com/Cancilleria?lang=es' }, 'https://x.com/Cancilleria', '@Cancilleria'],
    ['a handle typed into the URL field', { url: '@AgenciaCoop' }, 'https://x.com/AgenciaCoop', '@AgenciaCoop'],
    ['a handle alone, with no URL', { handle: 'AcademiaDipl' }, 'https://x.com/AcademiaDipl', '@AcademiaDipl'],
    ['an address without https://', { url: 'x.com/ProEcuadorX/status/123' }, 'https://x.com/ProEcuadorX', '@ProEcuadorX'],
  ])('%s', async (_, data, url, handle) => {
    const created = await account({ ownerType: 'ministry', title: handle, ...data })
    expect({ url: created.url, handle: created.handle }).toEqual({ url, handle })
  })

  it('reads Facebook, YouTube, Bluesky and any Mastodon server by their own grammars', async () => {
    const cases = [
      [platform.facebook, 'https://m.facebook.com/profile.php?id=100064123456789&sk=about', 'https://www.facebook.com/profile.php?id=100064123456789'],
      [platform.youtube, 'https://m.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q/videos', 'https://www.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q'],
      [platform.bluesky, 'EmbajadaMadrid.bsky.social', 'https://bsky.app/profile/embajadamadrid.bsky.social'],
      [platform.mastodon, '@prensa@social.example.gob.ec', 'https://social.example.gob.ec/@prensa'],
    ] as const
    for (const [p, input, url] of cases) expect((await account({ platform: p, url: input })).url).toBe(url)
  })

  it('keeps the handle an editor wrote beside a WeChat address, which carries none', async () => {
    const created = await account({ platform: platform.wechat, handle: 'EcuadorEnEspana', url: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjE2ODgxMA==#wechat_redirect' })
    expect({ url: created.url, handle: created.handle }).toEqual({ url: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjE2ODgxMA==', handle: 'EcuadorEnEspana' })
  })

  it('lets the WeChat ID be edited alone, since the address does not carry it', async () => {
    const created = await account({ platform: platform.wechat, handle: 'EcuadorMadridWx', title: 'Código QR', url: 'https://weixin.qq.com/r/Dzh1aEXE0kTbrWr9929w' })
    const renamed = await t.payload.update({ collection: 'social-accounts', id: created.id, data: { url: created.url, handle: 'EmbajadaMadridWx' }, depth: 0 })
    expect({ url: renamed.url, handle: renamed.handle }).toEqual({ url: 'https://weixin.qq.com/r/Dzh1aEXE0kTbrWr9929w', handle: 'EmbajadaMadridWx' })
  })

  it('rebuilds the address when only the handle is edited, and the handle when only the address is', async () => {
    const created = await account({ url: 'https://x.com/EmbajadaPrensa', title: 'Prensa' })
    const renamed = await t.payload.update({ collection: 'social-accounts', id: created.id, data: { url: created.url, handle: '@EmbajadaNotic' }, depth: 0 })
    expect(renamed.url).toBe('https://x.com/EmbajadaNotic')
    const moved = await t.payload.update({ collection: 'social-accounts', id: created.id, data: { url: 'https://twitter.com/EmbajadaInfo', handle: renamed.handle }, depth: 0 })
    expect({ url: moved.url, handle: moved.handle }).toEqual({ url: 'https://x.com/EmbajadaInfo', handle: '@EmbajadaInfo' })
  })

  it('drops the mission of an account the ministry owns', async () => {
    const created = await account({ ownerType: 'ministry', url: 'https://x.com/CancilleriaPr', title: 'Prensa' })
    expect(created.mission ?? null).toBeNull()
  })
})

describe('social accounts: bad input is refused, naming the field', () => {
  it('refuses a platform that does not exist', async () => {
    await expectFieldError(account({ platform: '00000000-0000-4000-8000-000000000000', url: 'https://x.com/Nadie' }), 'platform', /This platform does not exist; choose one from the list/)
  })

  it.each([
    ['another platform’s host', 'https://facebook.com/EmbajadaMadrid', /"facebook\.com" is not one of X's hosts \(x\.com, twitter\.com\)/],
    ['a look-alike that starts with the platform’s host', 'https://x.com.evil.example/EmbajadaMadrid', /"x\.com\.evil\.example" only begins like x\.com/],
    ['a look-alike that ends like the platform’s host', 'https://notx.com/EmbajadaMadrid', /"notx\.com" is not one of X's hosts/],
    ['credentials pointing elsewhere', 'https://twitter.com@evil.example/EmbajadaMadrid', /hides its real host behind "twitter\.com@": it leads to evil\.example/],
    ['javascript:', 'javascript:alert(1)', /must start with https:\/\/ \(got "javascript:"\)/],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4=', /got "data:"/],
    ['a post, not an account', 'https://x.com/search?q=ecuador', /a page of the platform \("\/search"\), not an account/],
    ['a handle X does not allow', '@far_too_long_for_x_handles', /"far_too_long_for_x_handles" is not a valid X handle/],
  ])('refuses %s in the URL field', async (_, url, message) => {
    await expectFieldError(account({ url }), 'url', message)
  })

  it.each([
    ['a Cyrillic homograph of facebook.com', 'https://xn--fcebook-2fg.com/EmbajadaMadrid', /internationalised host name/],
    ['digits for letters', 'https://faceb00k.com/EmbajadaMadrid', /imitates facebook\.com with look-alike characters/],
  ])('refuses %s as a Facebook address', async (_, url, message) => {
    await expectFieldError(account({ platform: platform.facebook, url }), 'url', message)
  })

  it('names the handle field when the handle is what is wrong', async () => {
    await expectFieldError(account({ handle: '@bad handle!' }), 'handle', /contains spaces|is not a valid X handle/)
    await expectFieldError(account({ platform: platform.mastodon, handle: '@prensa' }), 'handle', /not a full fediverse handle/)
    await expectFieldError(account({ url: 'https://x.com/EmbajadaUno', handle: '@EmbajadaDos' }), 'handle', /The handle "@EmbajadaDos" is not the one in the URL \(@EmbajadaUno\)/)
  })

  it('refuses an account with neither address nor handle', async () => {
    await expectFieldError(account({}), 'url', /Give the account’s address \(https:\/\/…\) or its handle/)
  })

  it('refuses a mission account without a mission, and a related body without a name', async () => {
    await expectFieldError(account({ mission: null, url: 'https://x.com/Huerfana' }), 'mission', /Choose the mission this account belongs to/)
    await expectFieldError(account({ ownerType: 'related-body', url: 'https://x.com/SinNombre' }), 'relatedBody', /Name the related body/)
  })
})

describe('social accounts: one account, one entry in the whole network', () => {
  let original: string
  beforeAll(async () => {
    original = (await account({ url: 'https://x.com/ConsuladoMadrid', title: 'Consulado' })).id
  })

  it.each([
    ['the same URL', 'https://x.com/ConsuladoMadrid'],
    ['other capitals (X ignores case)', 'https://x.com/consuladomadrid'],
    ['the old host and hash-bang', 'http://twitter.com/#!/ConsuladoMadrid'],
    ['the mobile host with a query', 'https://mobile.twitter.com/ConsuladoMadrid?lang=es'],
    ['a status of the account', 'https://x.com/ConsuladoMadrid/status/1790000000000000000'],
    ['the bare handle', '@ConsuladoMadrid'],
  ])('refuses %s under another mission, leaving the original intact', async (_, url) => {
    await expectStoredDataIntact(t.payload, 'social-accounts', original, () =>
      expectFieldError(account({ mission: lima, url }), 'url', /https:\/\/x\.com\/\w+ is already in the atlas; edit the existing account instead/),
    )
  })

  it('finds an account stored before addresses were normalised', async () => {
    const legacy = await account({ ownerType: 'related-body', relatedBody: 'Archivo', url: 'https://x.com/ArchivoHist' })
    // As an older version of the atlas stored it: verbatim.
    await t.payload.db.updateOne({ collection: 'social-accounts', where: { id: { equals: legacy.id } }, data: { url: 'http://www.twitter.com/#!/archivohist/' } })
    await expectFieldError(account({ mission: lima, url: '@ArchivoHist' }), 'url', /already in the atlas/)
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

  it('refuses moving an account onto another’s address, or to a bad one, and leaves it as it was', async () => {
    await account({ url: 'https://x.com/EmbajadaCultura', title: 'Cultura' })
    const other = await account({ url: 'https://x.com/EmbajadaTurismo', title: 'Turismo' })
    await expectStoredDataIntact(t.payload, 'social-accounts', other.id, async () => {
      await expectFieldError(t.payload.update({ collection: 'social-accounts', id: other.id, data: { url: 'https://twitter.com/embajadacultura/' } }), 'url', /already in the atlas/)
      await expectFieldError(t.payload.update({ collection: 'social-accounts', id: other.id, data: { url: 'javascript:alert(1)' } }), 'url', /got "javascript:"/)
      await expectFieldError(t.payload.update({ collection: 'social-accounts', id: other.id, data: { url: 'https://x.com.evil.example/EmbajadaTurismo' } }), 'url', /only begins like x\.com/)
    })
  })

  it('lets an account be saved again under its own address, in any spelling', async () => {
    const created = await account({ url: 'https://x.com/EmbajadaDeporte', title: 'Deporte' })
    const again = await t.payload.update({ collection: 'social-accounts', id: created.id, data: { url: 'https://twitter.com/embajadadeporte', language: 'en' }, depth: 0 })
    expect({ url: again.url, language: again.language }).toEqual({ url: 'https://x.com/embajadadeporte', language: 'en' })
  })
})
