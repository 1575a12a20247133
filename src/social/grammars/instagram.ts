import { fromTemplate, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

const NOT_HANDLES = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'about', 'developer', 'legal', 'web', 'challenge', 'privacy'])

/** Instagram: instagram.com/name, /name/reels/, /name?hl=es, /stories/name/123; /p/… and /reel/… are posts. */
export const instagramGrammar: Grammar = {
  label: 'Instagram',
  fromUrl(url, platform) {
    const path = segments(url)
    if (path[0]?.toLowerCase() === 'stories' && path[1] && !reserved(path[1], NOT_HANDLES)) return fromTemplate(platform, stripAt(path[1]))
    if (!path[0]) return notAnAccount(platform, 'the home page')
    if (reserved(path[0], NOT_HANDLES)) return notAnAccount(platform, `a post or a page of the platform ("/${path[0]}")`)
    return fromTemplate(platform, stripAt(path[0]))
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
