import type { LocaleCode } from '../../config/locales'
import { MISSIONS } from './missions'

export type AccountOwner = { mission: string } | { ministry: true } | { relatedBody: string }

/** One account of the atlas. The URL is built from the platform's template unless given. */
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
]

export const ACCOUNTS: AccountSeed[] = [...MINISTRY_ACCOUNTS, ...MISSION_X, ...MISSION_EXTRA]
