/**
 * Platforms of the social-media atlas. Wikidata properties are given only where
 * Wikidata has an identifier property for the platform's accounts.
 */
export type PlatformSeed = {
  slug: string
  name: string
  hosts: string[]
  federated?: boolean
  urlTemplate?: string
  wikidataProperty?: string
}

export const PLATFORMS: PlatformSeed[] = [
  { slug: 'x', name: 'X', hosts: ['x.com', 'twitter.com'], urlTemplate: 'https://x.com/{handle}', wikidataProperty: 'P2002' },
  { slug: 'facebook', name: 'Facebook', hosts: ['facebook.com', 'fb.com'], urlTemplate: 'https://www.facebook.com/{handle}', wikidataProperty: 'P2013' },
  { slug: 'instagram', name: 'Instagram', hosts: ['instagram.com'], urlTemplate: 'https://www.instagram.com/{handle}/', wikidataProperty: 'P2003' },
  { slug: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be'], urlTemplate: 'https://www.youtube.com/@{handle}', wikidataProperty: 'P2397' },
  { slug: 'flickr', name: 'Flickr', hosts: ['flickr.com'], urlTemplate: 'https://www.flickr.com/photos/{handle}/', wikidataProperty: 'P3267' },
  { slug: 'linkedin', name: 'LinkedIn', hosts: ['linkedin.com'], urlTemplate: 'https://www.linkedin.com/company/{handle}/', wikidataProperty: 'P4264' },
  { slug: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'], urlTemplate: 'https://www.tiktok.com/@{handle}', wikidataProperty: 'P7085' },
  { slug: 'threads', name: 'Threads', hosts: ['threads.net', 'threads.com'], urlTemplate: 'https://www.threads.net/@{handle}' },
  { slug: 'bluesky', name: 'Bluesky', hosts: ['bsky.app'], urlTemplate: 'https://bsky.app/profile/{handle}' },
  // Accounts live on any server of the network, so no host list can be complete.
  { slug: 'mastodon', name: 'Mastodon', hosts: ['mastodon.social', 'mastodon.online'], federated: true, wikidataProperty: 'P4033' },
  { slug: 'telegram', name: 'Telegram', hosts: ['t.me', 'telegram.me'], urlTemplate: 'https://t.me/{handle}', wikidataProperty: 'P3789' },
  { slug: 'whatsapp-channels', name: 'WhatsApp channels', hosts: ['whatsapp.com'], urlTemplate: 'https://whatsapp.com/channel/{handle}' },
  { slug: 'weibo', name: 'Weibo', hosts: ['weibo.com', 'weibo.cn'], urlTemplate: 'https://weibo.com/{handle}', wikidataProperty: 'P3579' },
  { slug: 'wechat', name: 'WeChat', hosts: ['weixin.qq.com', 'mp.weixin.qq.com'] },
  { slug: 'vk', name: 'VK', hosts: ['vk.com'], urlTemplate: 'https://vk.com/{handle}', wikidataProperty: 'P3185' },
  { slug: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com'], urlTemplate: 'https://www.snapchat.com/add/{handle}', wikidataProperty: 'P2984' },
]
