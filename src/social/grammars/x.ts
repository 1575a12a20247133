import { fromTemplate, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

// First path segments that are X's own pages, never an account.
const NOT_HANDLES = new Set([
  'home', 'explore', 'search', 'hashtag', 'notifications', 'messages', 'settings', 'i', 'intent', 'share', 'compose',
  'login', 'logout', 'signup', 'tos', 'privacy', 'about', 'download', 'jobs', 'account', 'lists',
])

/**
 * X (Twitter): x.com/name, twitter.com/#!/name (the old hash-bang), mobile.twitter.com/name?lang=es,
 * x.com/name/status/123, x.com/intent/user?screen_name=name.
 */
export const xGrammar: Grammar = {
  label: 'X (Twitter)',
  fromUrl(url, platform) {
    const path = url.hash.startsWith('#!/') ? segments(url.hash.slice(2)) : segments(url)
    if (path[0]?.toLowerCase() === 'intent' && ['user', 'follow'].includes(path[1] ?? '')) {
      const name = url.searchParams.get('screen_name')
      return name ? fromTemplate(platform, stripAt(name)) : notAnAccount(platform, 'an intent without a screen_name')
    }
    if (!path[0]) return notAnAccount(platform, 'the home page')
    if (reserved(path[0], NOT_HANDLES)) return notAnAccount(platform, `a page of the platform ("/${path[0]}")`)
    return fromTemplate(platform, stripAt(path[0]))
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
