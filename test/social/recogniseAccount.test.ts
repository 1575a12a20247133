import { describe, expect, it } from 'vitest'

import { PLATFORMS } from '../../src/seed/data/platforms'
import { seededPlatformRules } from '../../src/seed/steps/platforms'
import { recogniseAccount } from '../../src/social/recogniseAccount'
import { isRefusal, type Recognition } from '../../src/social/types'

const recognise = (platform: string, input: string): Recognition => recogniseAccount(input, seededPlatformRules(platform))

/** Each platform: real-world spellings of one account → its one canonical address and handle. */
const GOOD: Record<string, { url: string; handle: string | null; forms: string[] }[]> = {
  x: [{
    url: 'https://x.com/CancilleriaEc', handle: '@CancilleriaEc',
    forms: [
      '@CancilleriaEc', 'CancilleriaEc', 'https://x.com/CancilleriaEc', 'https://twitter.com/CancilleriaEc/', 'http://www.twitter.com/CancilleriaEc',
      'https://twitter.com/#!/CancilleriaEc', 'https://mobile.twitter.com/CancilleriaEc?lang=es', 'https://x.com/CancilleriaEc/status/1790000000000000000',
      'x.com/CancilleriaEc', 'https://x.com/CancilleriaEc/with_replies', 'https://twitter.com/intent/user?screen_name=CancilleriaEc',
      ' https://X.COM/CancilleriaEc ', 'https://x.com./CancilleriaEc', '<https://x.com/CancilleriaEc>',
    ],
  }],
  facebook: [
    {
      url: 'https://www.facebook.com/CancilleriaEcuador', handle: '@CancilleriaEcuador',
      forms: ['CancilleriaEcuador', '@CancilleriaEcuador', 'https://m.facebook.com/CancilleriaEcuador', 'https://web.facebook.com/CancilleriaEcuador/?ref=page_internal', 'https://fb.com/CancilleriaEcuador', 'https://www.facebook.com/pages/CancilleriaEcuador', 'https://mbasic.facebook.com/CancilleriaEcuador/photos'],
    },
    {
      url: 'https://www.facebook.com/profile.php?id=100064123456789', handle: '100064123456789',
      forms: [
        'https://www.facebook.com/profile.php?id=100064123456789', 'https://m.facebook.com/profile.php?id=100064123456789&sk=about',
        'https://www.facebook.com/people/Embajada-del-Ecuador/100064123456789/', 'https://www.facebook.com/p/Embajada-del-Ecuador-100064123456789/',
        'https://www.facebook.com/pages/Embajada-del-Ecuador/100064123456789', 'https://www.facebook.com/100064123456789', '100064123456789',
      ],
    },
  ],
  instagram: [{
    url: 'https://www.instagram.com/cancilleriaec/', handle: '@cancilleriaec',
    forms: ['@cancilleriaec', 'https://instagram.com/cancilleriaec', 'https://www.instagram.com/cancilleriaec/?hl=es', 'https://www.instagram.com/cancilleriaec/reels/', 'https://www.instagram.com/stories/cancilleriaec/3300000000000000000/', 'instagr.am/cancilleriaec'],
  }],
  youtube: [
    { url: 'https://www.youtube.com/@CancilleriaEcuador', handle: '@CancilleriaEcuador', forms: ['@CancilleriaEcuador', 'https://youtube.com/@CancilleriaEcuador', 'https://m.youtube.com/@CancilleriaEcuador/videos', 'https://www.youtube.com/@CancilleriaEcuador?si=abc'] },
    { url: 'https://www.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q', handle: 'UCd2sKx3xk8V3pQpZ8m1Xq9Q', forms: ['https://www.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q', 'https://m.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q/featured', 'UCd2sKx3xk8V3pQpZ8m1Xq9Q'] },
    { url: 'https://www.youtube.com/c/CancilleriaEc', handle: 'CancilleriaEc', forms: ['https://www.youtube.com/c/CancilleriaEc', 'https://www.youtube.com/CancilleriaEc', 'https://www.youtube.com/c/CancilleriaEc/videos'] },
    { url: 'https://www.youtube.com/user/cancilleriaecuador', handle: 'cancilleriaecuador', forms: ['https://www.youtube.com/user/cancilleriaecuador', 'http://youtube.com/user/cancilleriaecuador/'] },
  ],
  flickr: [
    { url: 'https://www.flickr.com/photos/cancilleriaecuador/', handle: '@cancilleriaecuador', forms: ['cancilleriaecuador', 'https://flickr.com/photos/cancilleriaecuador', 'https://www.flickr.com/photos/cancilleriaecuador/albums/72157', 'https://www.flickr.com/people/cancilleriaecuador/'] },
    { url: 'https://www.flickr.com/photos/12345678%40N04/', handle: '@12345678@N04', forms: ['https://www.flickr.com/photos/12345678@N04/', 'https://www.flickr.com/people/12345678@N04'] },
  ],
  linkedin: [
    { url: 'https://www.linkedin.com/company/ecuador-geneva/', handle: 'ecuador-geneva', forms: ['ecuador-geneva', 'https://linkedin.com/company/ecuador-geneva', 'https://es.linkedin.com/company/ecuador-geneva/about/', 'https://www.linkedin.com/company/ecuador-geneva/posts/?feedView=all'] },
    { url: 'https://www.linkedin.com/in/ecuador-geneva/', handle: 'ecuador-geneva', forms: ['https://www.linkedin.com/in/ecuador-geneva', 'https://uk.linkedin.com/in/ecuador-geneva/'] },
  ],
  tiktok: [{ url: 'https://www.tiktok.com/@ecuadorenespana', handle: '@ecuadorenespana', forms: ['@ecuadorenespana', 'https://tiktok.com/@ecuadorenespana', 'https://www.tiktok.com/@ecuadorenespana/video/7301234567890123456?lang=es', 'https://m.tiktok.com/@ecuadorenespana'] }],
  threads: [{ url: 'https://www.threads.com/@ecuadorenmexico', handle: '@ecuadorenmexico', forms: ['@ecuadorenmexico', 'https://www.threads.net/@ecuadorenmexico', 'https://threads.com/@ecuadorenmexico/post/C1abc'] }],
  bluesky: [
    { url: 'https://bsky.app/profile/cancilleriaec.bsky.social', handle: '@cancilleriaec.bsky.social', forms: ['cancilleriaec.bsky.social', '@CancilleriaEc.bsky.social', 'https://bsky.app/profile/cancilleriaec.bsky.social', 'https://bsky.app/profile/cancilleriaec.bsky.social/post/3kabc', 'bsky.app/profile/cancilleriaec.bsky.social'] },
    { url: 'https://bsky.app/profile/cancilleria.gob.ec', handle: '@cancilleria.gob.ec', forms: ['@cancilleria.gob.ec', 'https://bsky.app/profile/cancilleria.gob.ec'] },
    { url: 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur', handle: 'did:plc:z72i7hdynmk6r22z27h6tvur', forms: ['did:plc:z72i7hdynmk6r22z27h6tvur', 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur'] },
  ],
  mastodon: [{
    url: 'https://social.cancilleria.example/@prensa', handle: '@prensa@social.cancilleria.example',
    forms: [
      '@prensa@social.cancilleria.example', 'prensa@social.cancilleria.example', 'https://social.cancilleria.example/@prensa', 'https://social.cancilleria.example/@prensa/111222333',
      'https://social.cancilleria.example/users/prensa', 'https://social.cancilleria.example/web/@prensa', 'https://mastodon.social/@prensa@social.cancilleria.example',
      'https://Social.Cancilleria.Example/@prensa/',
    ],
  }],
  telegram: [{ url: 'https://t.me/CancilleriaEcuador', handle: '@CancilleriaEcuador', forms: ['@CancilleriaEcuador', 'https://t.me/CancilleriaEcuador', 'https://t.me/s/CancilleriaEcuador', 'https://telegram.me/CancilleriaEcuador', 'https://t.me/CancilleriaEcuador/1234', 't.me/CancilleriaEcuador'] }],
  'whatsapp-channels': [{ url: 'https://whatsapp.com/channel/0029VaEcuadorCancilleria01', handle: '0029VaEcuadorCancilleria01', forms: ['0029VaEcuadorCancilleria01', 'https://whatsapp.com/channel/0029VaEcuadorCancilleria01', 'https://www.whatsapp.com/channel/0029VaEcuadorCancilleria01/'] }],
  weibo: [
    { url: 'https://weibo.com/u/1234567890', handle: '1234567890', forms: ['1234567890', 'https://weibo.com/u/1234567890', 'https://www.weibo.com/1234567890', 'https://m.weibo.cn/u/1234567890', 'https://m.weibo.cn/profile/1234567890', 'https://weibo.com/1234567890/NabcDef1', 'https://weibo.com/u/1234567890?is_all=1'] },
    { url: 'https://weibo.com/ecuadorenchina', handle: 'ecuadorenchina', forms: ['ecuadorenchina', 'https://weibo.com/ecuadorenchina', 'https://www.weibo.com/ecuadorenchina?refer_flag=1001030103_'] },
    { url: 'https://weibo.com/n/%E5%8E%84%E7%93%9C%E5%A4%9A%E5%B0%94%E9%A9%BB%E5%8D%8E%E4%BD%BF%E9%A6%86', handle: '@厄瓜多尔驻华使馆', forms: ['https://weibo.com/n/厄瓜多尔驻华使馆', 'https://weibo.com/n/%E5%8E%84%E7%93%9C%E5%A4%9A%E5%B0%94%E9%A9%BB%E5%8D%8E%E4%BD%BF%E9%A6%86'] },
  ],
  wechat: [
    { url: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjE2ODgxMA==', handle: null, forms: ['https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjE2ODgxMA==&scene=124#wechat_redirect', 'https://mp.weixin.qq.com/mp/profile_ext?__biz=MzA5NjE2ODgxMA%3D%3D&action=home'] },
    { url: 'https://weixin.qq.com/r/Dzh1aEXE0kTbrWr9929w', handle: null, forms: ['http://weixin.qq.com/r/Dzh1aEXE0kTbrWr9929w'] },
  ],
  vk: [
    { url: 'https://vk.com/ecuadorenrusia', handle: '@ecuadorenrusia', forms: ['ecuadorenrusia', '@ecuadorenrusia', 'https://vk.com/ecuadorenrusia', 'https://m.vk.com/ecuadorenrusia', 'https://vk.ru/ecuadorenrusia'] },
    { url: 'https://vk.com/club123456', handle: 'club123456', forms: ['https://vk.com/club123456', 'https://vk.com/public123456', 'https://vk.com/wall-123456_789', 'club123456'] },
    { url: 'https://vk.com/id42', handle: 'id42', forms: ['https://vk.com/id42', 'https://m.vk.com/wall42_7'] },
  ],
  snapchat: [{ url: 'https://www.snapchat.com/add/ecuadorenesp', handle: '@ecuadorenesp', forms: ['ecuadorenesp', 'https://www.snapchat.com/add/ecuadorenesp', 'https://snapchat.com/@ecuadorenesp', 'https://story.snapchat.com/@ecuadorenesp', 'https://www.snapchat.com/add/ecuadorenesp?share_id=abc'] }],
}

/** Inputs that are not an account of the platform, and what the editor is told. */
const BAD: Record<string, [string, RegExp][]> = {
  x: [
    ['https://x.com.evil.example/CancilleriaEc', /"x\.com\.evil\.example" only begins like x\.com/],
    ['https://twitter.com@evil.example/CancilleriaEc', /hides its real host behind "twitter\.com@": it leads to evil\.example/],
    ['https://notx.com/CancilleriaEc', /"notx\.com" is not one of X's hosts \(x\.com, twitter\.com\)/],
    ['https://evilx.com/CancilleriaEc', /not one of X's hosts/],
    ['javascript:alert(1)', /must start with https:\/\/ \(got "javascript:"\)/],
    ['JavaScript:alert(document.cookie)//x.com/a', /got "javascript:"/],
    ['data:text/html,<script>alert(1)</script>', /got "data:"/],
    ['ftp://x.com/CancilleriaEc', /got "ftp:"/],
    ['https://x.com/search?q=ecuador', /is a page of the platform \("\/search"\), not an account/],
    ['https://x.com/', /the home page, not an account/],
    ['@this_handle_is_far_too_long', /is not a valid X handle/],
    ['@bad-handle', /is not a valid X handle/],
    ['https://1.2.3.4/CancilleriaEc', /IP address/],
    ['https://x.com:8443/CancilleriaEc', /names a port/],
    ['Cancilleria Ec', /contains spaces/],
    ['', /Give the account’s address/],
  ],
  facebook: [
    ['https://xn--fcebook-8va.com/CancilleriaEcuador', /internationalised host name \(it reads "fàcebook\.com"\)/],
    ['https://xn--facebook-l1j.com/CancilleriaEcuador', /internationalised host name/],
    // Cyrillic "а" and "о" for the Latin letters: the same picture, another site.
    ['https://f\u0430cebook.com/CancilleriaEcuador', /"xn--fcebook-2fg\.com" is an internationalised host name \(it reads "f\u0430cebook\.com"\)/],
    ['https://xn--facebok-ejg.com/CancilleriaEcuador', /internationalised host name/],
    ['https://faceb00k.com/CancilleriaEcuador', /imitates facebook\.com with look-alike characters/],
    ['https://face-book.com/CancilleriaEcuador', /imitates facebook\.com/],
    ['https://facebook.com.evil.example/CancilleriaEcuador', /only begins like facebook\.com/],
    ['https://www.facebook.com/groups/123456', /a page of the platform \("\/groups"\)/],
    ['https://www.facebook.com/sharer/sharer.php?u=x', /a page of the platform/],
    ['https://www.facebook.com/profile.php?id=abc', /needs its numeric \?id=/],
    ['https://x.com/CancilleriaEcuador', /"x\.com" is not one of Facebook's hosts/],
  ],
  instagram: [['https://www.instagram.com/p/C1a2b3c4/', /a post or a page of the platform \("\/p"\)/], ['https://www.instagram.com/reel/C1a2b3c4/', /\("\/reel"\)/], ['https://www.instagram.com/explore/tags/ecuador/', /\("\/explore"\)/]],
  youtube: [
    ['https://youtu.be/dQw4w9WgXcQ', /a short link to a video \(youtu\.be\), not an account/],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', /a video, a playlist or a page of the platform \("\/watch"\)/],
    ['https://www.youtube.com/shorts/abc', /\("\/shorts"\)/],
    ['https://www.youtube.com/playlist?list=PL1', /\("\/playlist"\)/],
    ['https://www.youtube.com/channel/UCshort', /is not a YouTube channel id/],
    ['https://www.youtube.com.evil.example/@CancilleriaEcuador', /only begins like youtube\.com/],
  ],
  flickr: [['https://www.flickr.com/groups/ecuador', /\("\/groups"\)/], ['https://flic.kr/p/abc', /not one of Flickr's hosts/]],
  linkedin: [['https://www.linkedin.com/posts/ecuador-geneva_activity-123', /\("\/posts"\)/], ['https://www.linkedin.com/company/', /names no company page/], ['https://linkedin.com.evil.example/company/x', /only begins like linkedin\.com/]],
  tiktok: [['https://www.tiktok.com/ecuadorenespana', /should look like https:\/\/www\.tiktok\.com\/@name/], ['https://vm.tiktok.com/ZM8abc/', /"vm\.tiktok\.com" is not one of TikTok's hosts/], ['https://www.tiktok.com/@', /should look like/]],
  threads: [['https://www.threads.net/ecuadorenmexico', /should look like https:\/\/www\.threads\.com\/@name/]],
  bluesky: [['https://bsky.app/search?q=ecuador', /not the address of a Bluesky profile/], ['@not_a_domain', /is not a valid Bluesky handle/], ['did:plc:short', /not a valid Bluesky DID/], ['https://cancilleriaec.bsky.social/', /not one of Bluesky's hosts/]],
  mastodon: [
    ['@prensa', /not a full fediverse handle; write it as @name@server\.tld/],
    ['https://social.cancilleria.example/about', /not the address of a Mastodon profile/],
    ['@prensa@localhost', /is not a server's host name/],
    ['https://xn--mastdon-ywa.social/@prensa', /internationalised host name/],
    ['https://mastodon.social@evil.example/@prensa', /hides its real host/],
    ['javascript:alert(1)', /got "javascript:"/],
  ],
  telegram: [['https://t.me/+AbCdEfGh123', /an invitation or a page of the platform/], ['https://t.me/joinchat/AbCdEf', /\("\/joinchat"\)/], ['@abc', /is not a valid Telegram handle/]],
  'whatsapp-channels': [['https://wa.me/593999999999', /not one of WhatsApp channels's hosts/], ['https://whatsapp.com/send?phone=593', /not the address of a WhatsApp channel/], ['short', /is not a valid WhatsApp channels channel id/]],
  weibo: [['https://weibo.com/u/abc', /is not a Weibo user number/], ['https://weibo.com/login.php', /\("\/login\.php"\)/]],
  wechat: [['EcuadorEnChina', /A WeChat ID \("EcuadorEnChina"\) has no web address/], ['https://mp.weixin.qq.com/s/AbCdEf', /an article, not an account/], ['https://weixin.qq.com.evil.example/r/abc', /only begins like weixin\.qq\.com/]],
  vk: [['https://vk.com/feed', /\("\/feed"\)/], ['https://vk.com/photo-123_456', /a post or a page of the platform/], ['https://vk.com.evil.example/ecuadorenrusia', /only begins like vk\.com/]],
  snapchat: [['https://www.snapchat.com/discover/abc', /\("\/discover"\)/], ['@1abc', /is not a valid Snapchat handle/]],
}

describe('every seeded platform has recognition cases', () => {
  it('covers all sixteen', () => {
    expect(PLATFORMS.map((p) => p.slug).sort()).toEqual(Object.keys(GOOD).sort())
    expect(Object.keys(BAD).sort()).toEqual(Object.keys(GOOD).sort())
  })
})

describe.each(Object.entries(GOOD))('%s: real-world forms of one account become one canonical address', (platform, accounts) => {
  it.each(accounts.flatMap((a) => a.forms.map((form) => [form, a] as const)))('%s', (form, expected) => {
    const found = recognise(platform, form)
    expect(found).toMatchObject({ url: expected.url, handle: expected.handle })
    // The canonical form reads back as itself: normalising is idempotent.
    expect(recognise(platform, expected.url)).toEqual(found)
  })
})

describe.each(Object.entries(BAD))('%s: what is not one of its accounts is refused with a reason', (platform, cases) => {
  it.each(cases)('%s', (input, message) => {
    const found = recognise(platform, input)
    expect(isRefusal(found), JSON.stringify(found)).toBe(true)
    if (isRefusal(found)) expect(found.refused).toMatch(message)
  })
})

describe('the comparison key', () => {
  it('folds case where the platform ignores it, and only there', () => {
    const a = recognise('x', 'https://x.com/CancilleriaEc')
    const b = recognise('x', 'twitter.com/cancilleriaec')
    expect(isRefusal(a) || isRefusal(b)).toBe(false)
    if (!isRefusal(a) && !isRefusal(b)) expect(a.key).toBe(b.key)
    const c1 = recognise('youtube', 'https://www.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q')
    const c2 = recognise('youtube', 'https://www.youtube.com/channel/UCD2SKX3XK8V3PQPZ8M1XQ9Q')
    if (!isRefusal(c1) && !isRefusal(c2)) expect(c1.key).not.toBe(c2.key)
    const w1 = recognise('whatsapp-channels', '0029VaEcuadorCancilleria01')
    const w2 = recognise('whatsapp-channels', '0029vaecuadorcancilleria01')
    if (!isRefusal(w1) && !isRefusal(w2)) expect(w1.key).not.toBe(w2.key)
  })
})
