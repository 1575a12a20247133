import type { GrammarName } from '../../social/grammars'

/**
 * Platforms of the social-media atlas. Facts are data: the hosts an account's address may
 * use, the template of its canonical address, the pattern its handles follow. `normaliser`
 * names the URL grammar (src/social/grammars) that reads the platform's other address forms.
 * Wikidata properties are given only where Wikidata has an identifier property for the
 * platform's accounts.
 */
export type PlatformSeed = {
  slug: string
  name: string
  hosts: string[]
  federated?: boolean
  urlTemplate?: string
  handlePattern?: string
  caseSensitive?: boolean
  normaliser: GrammarName
  wikidataProperty?: string
}

export const PLATFORMS: PlatformSeed[] = [
  {
    slug: 'x', name: 'X', hosts: ['x.com', 'twitter.com'], urlTemplate: 'https://x.com/{handle}',
    handlePattern: '[A-Za-z0-9_]{1,15}', normaliser: 'x', wikidataProperty: 'P2002',
  },
  {
    slug: 'facebook', name: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.me', 'web.facebook.com', 'mbasic.facebook.com', 'touch.facebook.com'],
    urlTemplate: 'https://www.facebook.com/{handle}', handlePattern: '[A-Za-z0-9.\\-]{5,80}', normaliser: 'facebook', wikidataProperty: 'P2013',
  },
  {
    slug: 'instagram', name: 'Instagram', hosts: ['instagram.com', 'instagr.am'], urlTemplate: 'https://www.instagram.com/{handle}/',
    handlePattern: '[A-Za-z0-9._]{1,30}', normaliser: 'instagram', wikidataProperty: 'P2003',
  },
  {
    slug: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be'], urlTemplate: 'https://www.youtube.com/@{handle}',
    handlePattern: '[A-Za-z0-9._\\-]{3,30}', normaliser: 'youtube', wikidataProperty: 'P2397',
  },
  {
    slug: 'flickr', name: 'Flickr', hosts: ['flickr.com'], urlTemplate: 'https://www.flickr.com/photos/{handle}/',
    handlePattern: '[A-Za-z0-9_\\-]{2,50}|\\d{5,12}@N\\d{2}', normaliser: 'flickr', wikidataProperty: 'P3267',
  },
  {
    // Country hosts (es.linkedin.com, uk.linkedin.com) serve the same pages.
    slug: 'linkedin', name: 'LinkedIn', hosts: ['linkedin.com', '*.linkedin.com'], urlTemplate: 'https://www.linkedin.com/company/{handle}/',
    handlePattern: '[\\p{L}\\p{N}_\\-%.]{2,100}', normaliser: 'linkedin', wikidataProperty: 'P4264',
  },
  {
    slug: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'], urlTemplate: 'https://www.tiktok.com/@{handle}',
    handlePattern: '[A-Za-z0-9._]{2,24}', normaliser: 'template', wikidataProperty: 'P7085',
  },
  {
    slug: 'threads', name: 'Threads', hosts: ['threads.com', 'threads.net'], urlTemplate: 'https://www.threads.com/@{handle}',
    handlePattern: '[A-Za-z0-9._]{1,30}', normaliser: 'template',
  },
  {
    // A handle is a domain name: name.bsky.social or the owner's own domain.
    slug: 'bluesky', name: 'Bluesky', hosts: ['bsky.app'], urlTemplate: 'https://bsky.app/profile/{handle}',
    handlePattern: '(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9\\-]{0,61}[a-z0-9]', normaliser: 'bluesky',
  },
  // Accounts live on any server of the network, so no host list can be complete: these are examples.
  {
    slug: 'mastodon', name: 'Mastodon', hosts: ['mastodon.social', 'mastodon.online'], federated: true,
    handlePattern: '[A-Za-z0-9_]{1,30}', normaliser: 'mastodon', wikidataProperty: 'P4033',
  },
  {
    slug: 'telegram', name: 'Telegram', hosts: ['t.me', 'telegram.me', 'telegram.dog'], urlTemplate: 'https://t.me/{handle}',
    handlePattern: '[A-Za-z][A-Za-z0-9_]{3,31}', normaliser: 'telegram', wikidataProperty: 'P3789',
  },
  {
    slug: 'whatsapp-channels', name: 'WhatsApp channels', hosts: ['whatsapp.com'], urlTemplate: 'https://whatsapp.com/channel/{handle}',
    handlePattern: '[A-Za-z0-9]{20,32}', caseSensitive: true, normaliser: 'whatsapp-channel',
  },
  {
    slug: 'weibo', name: 'Weibo', hosts: ['weibo.com', 'weibo.cn'], urlTemplate: 'https://weibo.com/{handle}',
    handlePattern: '[A-Za-z0-9_]{4,30}', normaliser: 'weibo', wikidataProperty: 'P3579',
  },
  { slug: 'wechat', name: 'WeChat', hosts: ['weixin.qq.com', 'mp.weixin.qq.com'], caseSensitive: true, normaliser: 'wechat' },
  {
    slug: 'vk', name: 'VK', hosts: ['vk.com', 'vk.ru'], urlTemplate: 'https://vk.com/{handle}',
    handlePattern: '[A-Za-z0-9_.]{2,32}', normaliser: 'vk', wikidataProperty: 'P3185',
  },
  {
    slug: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com', 'story.snapchat.com'], urlTemplate: 'https://www.snapchat.com/add/{handle}',
    handlePattern: '[A-Za-z][A-Za-z0-9._\\-]{1,14}', normaliser: 'snapchat', wikidataProperty: 'P2984',
  },
]
