import { refuse } from '../types'
import { account, fromTemplate, notAnAccount, segments, stripAt, type Grammar } from './shared'

const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/
const LEGACY_NAME = /^[A-Za-z0-9._-]{1,100}$/
const NOT_CHANNELS = new Set(['watch', 'playlist', 'shorts', 'results', 'embed', 'live', 'feed', 'hashtag', 'post', 'account', 'premium', 'kids', 'gaming', 'redirect', 'attribution_link', 't'])

// Channel ids are case-sensitive; names and @handles are not.
const channel = (id: string) => account(`https://www.youtube.com/channel/${id}`, id, true)
const legacy = (kind: 'c' | 'user', name: string) =>
  LEGACY_NAME.test(name)
    ? account(`https://www.youtube.com/${kind}/${encodeURIComponent(name)}`, name, false)
    : refuse(`"${name}" is not a valid YouTube channel name.`, 'url')

/**
 * YouTube: youtube.com/@name, /channel/UC… (the id), and the older custom /c/Name, bare
 * /Name (the same custom address) and /user/Name forms, each with their tabs (/videos, /featured).
 * youtu.be and /watch, /shorts, /playlist address videos, not channels.
 */
export const youtubeGrammar: Grammar = {
  label: 'YouTube',
  fromUrl(url, platform) {
    if (url.hostname === 'youtu.be' || url.hostname.endsWith('.youtu.be')) return notAnAccount(platform, 'a short link to a video (youtu.be)')
    const path = segments(url)
    const first = path[0] ?? ''
    if (first.startsWith('@') && first.length > 1) return fromTemplate(platform, first.slice(1))
    if (first === 'channel') return CHANNEL_ID.test(path[1] ?? '') ? channel(path[1]) : refuse(`"${path[1] ?? ''}" is not a YouTube channel id (UC followed by 22 characters).`, 'url')
    if (first === 'c' && path[1]) return legacy('c', path[1])
    if (first === 'user' && path[1]) return legacy('user', path[1])
    if (!first) return notAnAccount(platform, 'the home page')
    if (NOT_CHANNELS.has(first.toLowerCase())) return notAnAccount(platform, `a video, a playlist or a page of the platform ("/${first}")`)
    return legacy('c', first)
  },
  fromHandle(text, platform) {
    const handle = stripAt(text)
    if (!text.startsWith('@') && CHANNEL_ID.test(handle)) return channel(handle)
    return fromTemplate(platform, handle)
  },
}
