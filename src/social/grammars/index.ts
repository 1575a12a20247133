import { blueskyGrammar } from './bluesky'
import { facebookGrammar } from './facebook'
import { flickrGrammar } from './flickr'
import { instagramGrammar } from './instagram'
import { linkedinGrammar } from './linkedin'
import { mastodonGrammar } from './mastodon'
import type { Grammar } from './shared'
import { snapchatGrammar } from './snapchat'
import { telegramGrammar } from './telegram'
import { templateGrammar } from './template'
import { vkGrammar } from './vk'
import { wechatGrammar } from './wechat'
import { weiboGrammar } from './weibo'
import { whatsappChannelGrammar } from './whatsappChannel'
import { xGrammar } from './x'
import { youtubeGrammar } from './youtube'

export type { Grammar } from './shared'

/**
 * The URL grammars a platform's `normaliser` may name. A new platform whose addresses follow
 * its URL template needs none of these: "template" reads them from the template alone.
 */
export const GRAMMARS = {
  template: templateGrammar,
  x: xGrammar,
  facebook: facebookGrammar,
  instagram: instagramGrammar,
  youtube: youtubeGrammar,
  linkedin: linkedinGrammar,
  mastodon: mastodonGrammar,
  bluesky: blueskyGrammar,
  telegram: telegramGrammar,
  'whatsapp-channel': whatsappChannelGrammar,
  weibo: weiboGrammar,
  wechat: wechatGrammar,
  vk: vkGrammar,
  flickr: flickrGrammar,
  snapchat: snapchatGrammar,
} satisfies Record<string, Grammar>

export type GrammarName = keyof typeof GRAMMARS

export const GRAMMAR_OPTIONS = Object.entries(GRAMMARS).map(([value, grammar]) => ({ value, label: grammar.label }))

export const isGrammarName = (name: unknown): name is GrammarName => typeof name === 'string' && Object.hasOwn(GRAMMARS, name)
