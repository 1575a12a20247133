import { refuse } from '../types'
import { account, fromTemplate, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

const NOT_HANDLES = new Set([
  'groups', 'events', 'watch', 'sharer', 'sharer.php', 'share', 'share.php', 'photo.php', 'photo', 'photos', 'story.php', 'permalink.php',
  'login', 'login.php', 'help', 'marketplace', 'gaming', 'home.php', 'hashtag', 'stories', 'reel', 'reels', 'media', 'plugins', 'dialog',
  'l.php', 'business', 'search', 'friends', 'notifications', 'messages', 'settings', 'privacy', 'policies', 'ads', 'pg',
])

const NUMERIC_ID = /^\d{5,20}$/

/** A profile or page known only by its number has one address, whatever form it came in. */
const byId = (id: string) => account(`https://www.facebook.com/profile.php?id=${id}`, id, true)

/**
 * Facebook: facebook.com/name, m.facebook.com/name, fb.com/name, facebook.com/profile.php?id=123,
 * facebook.com/people/Some-Name/123/, facebook.com/p/Some-Name-123/, facebook.com/pages/Some-Name/123,
 * facebook.com/123 — numeric ids become profile.php?id=…, names the template's address.
 */
export const facebookGrammar: Grammar = {
  label: 'Facebook',
  fromUrl(url, platform) {
    const path = segments(url)
    const first = path[0]?.toLowerCase()
    if (first === 'profile.php') {
      const id = url.searchParams.get('id') ?? ''
      return NUMERIC_ID.test(id) ? byId(id) : refuse(`A Facebook profile.php address needs its numeric ?id=…; got "${id}".`, 'url')
    }
    if ((first === 'people' || first === 'pages') && path[2] && NUMERIC_ID.test(path[2])) return byId(path[2])
    if (first === 'pages' && path[1] && !path[2]) return fromTemplate(platform, path[1])
    if (first === 'p' && path[1]) {
      const id = /-(\d{5,20})$/.exec(path[1])?.[1]
      return id ? byId(id) : notAnAccount(platform, 'a /p/ address without the page number')
    }
    if (!path[0]) return notAnAccount(platform, 'the home page')
    if (reserved(path[0], NOT_HANDLES) || first?.endsWith('.php')) return notAnAccount(platform, `a page of the platform ("/${path[0]}")`)
    if (NUMERIC_ID.test(path[0])) return byId(path[0])
    return fromTemplate(platform, stripAt(path[0]))
  },
  fromHandle(text, platform) {
    const handle = stripAt(text)
    return NUMERIC_ID.test(handle) ? byId(handle) : fromTemplate(platform, handle)
  },
}
