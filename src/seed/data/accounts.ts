import type { LocaleCode } from '../../config/locales'
import { MISSIONS } from './missions'

export type AccountOwner = { mission: string } | { ministry: true } | { relatedBody: string }

/** One account of the atlas: its handle, or any common form of its address; the platform normalises either. */
export type AccountSeed = {
  owner: AccountOwner
  platform: string
  handle: string
  url?: string
  language?: LocaleCode
  /** Needed when an owner has two accounts on one platform. */
  title?: string
}

const ministry = { ministry: true } as const

const MINISTRY_ACCOUNTS: AccountSeed[] = [
  { owner: ministry, platform: 'x', handle: 'CancilleriaEc', language: 'es' },
  { owner: ministry, platform: 'x', handle: 'CancilleriaEcEN', language: 'en', title: 'English' },
  { owner: ministry, platform: 'facebook', handle: 'CancilleriaEcuador', language: 'es' },
  { owner: ministry, platform: 'instagram', handle: 'cancilleriaec', language: 'es' },
  { owner: ministry, platform: 'youtube', handle: 'CancilleriaEcuador', language: 'es' },
  { owner: ministry, platform: 'flickr', handle: 'cancilleriaecuador' },
  { owner: ministry, platform: 'bluesky', handle: 'cancilleriaec.bsky.social', language: 'es' },
  // Federated: the account lives on the ministry's own server, not a platform host.
  { owner: ministry, platform: 'mastodon', handle: '@prensa@social.cancilleria.example', url: 'https://social.cancilleria.example/@prensa', language: 'es' },
  { owner: { relatedBody: 'Academia Diplomática' }, platform: 'x', handle: 'AcademiaDiplEc', language: 'es' },
]

/** Every mission has an X account (as in the networks studied); larger posts have more. */
const MISSION_X: AccountSeed[] = MISSIONS.map((m) => ({ owner: { mission: m.slug }, platform: 'x', handle: m.xHandle }))

const mission = (slug: string, platform: string, handle: string, language?: LocaleCode): AccountSeed => ({
  owner: { mission: slug }, platform, handle, language,
})

const MISSION_EXTRA: AccountSeed[] = [
  mission('madrid', 'facebook', 'EcuadorEnEspana'),
  mission('madrid', 'instagram', 'ecuadorenespana'),
  mission('madrid', 'youtube', 'EcuadorEnEspana'),
  mission('barcelona', 'instagram', 'consuladoecubarcelona'),
  mission('mexico-city', 'facebook', 'EcuadorEnMexico'),
  mission('mexico-city', 'instagram', 'ecuadorenmexico'),
  mission('washington', 'facebook', 'EcuadorEnEEUU'),
  mission('washington', 'instagram', 'ecuadorenusa'),
  mission('washington', 'youtube', 'EcuadorEnEEUU'),
  mission('new-york', 'facebook', 'ConsuladoEcuNY'),
  mission('new-york', 'instagram', 'consuladoecuny'),
  mission('beijing', 'weibo', 'ecuadorenchina', 'zh'),
  mission('beijing', 'facebook', 'EcuadorEnChina'),
  mission('paris', 'facebook', 'EcuadorEnFrancia', 'fr'),
  mission('paris', 'instagram', 'ecuadorenfrancia', 'fr'),
  mission('cairo', 'facebook', 'EcuadorEnEgipto', 'ar'),
  mission('london', 'facebook', 'EcuadorEnUK', 'en'),
  mission('moscow', 'vk', 'ecuadorenrusia'),
  mission('moscow', 'telegram', 'ecuadorenrusia'),
  mission('geneva', 'linkedin', 'ecuador-geneva'),
  // Written as editors paste them; the atlas stores each platform's canonical address.
  { owner: { mission: 'madrid' }, platform: 'tiktok', handle: 'ecuadorenespana', url: 'https://www.tiktok.com/@ecuadorenespana/video/7301234567890123456?lang=es' },
  { owner: { mission: 'mexico-city' }, platform: 'threads', handle: 'ecuadorenmexico', url: 'https://www.threads.net/@ecuadorenmexico' },
  { owner: { mission: 'beijing' }, platform: 'wechat', handle: 'EcuadorEnChina', url: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjE2ODgxMA==&scene=124#wechat_redirect', language: 'zh' },
  { owner: { mission: 'new-york' }, platform: 'youtube', handle: 'UCd2sKx3xk8V3pQpZ8m1Xq9Q', url: 'https://m.youtube.com/channel/UCd2sKx3xk8V3pQpZ8m1Xq9Q/videos' },
  { owner: { mission: 'london' }, platform: 'bluesky', handle: 'ecuadorenuk.bsky.social', language: 'en' },
  { owner: ministry, platform: 'telegram', handle: 'CancilleriaEcuador', url: 'https://t.me/s/CancilleriaEcuador', language: 'es' },
  { owner: ministry, platform: 'whatsapp-channels', handle: '0029VaEcuadorCancilleria01', language: 'es' },
]

export const ACCOUNTS: AccountSeed[] = [...MINISTRY_ACCOUNTS, ...MISSION_X, ...MISSION_EXTRA]
