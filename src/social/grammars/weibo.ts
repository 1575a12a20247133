import { refuse } from '../types'
import { account, checkHandle, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

const UID = /^\d{5,12}$/
const NOT_HANDLES = new Set(['login.php', 'signup', 'search', 'hot', 'tv', 'p', 'status', 'detail', 'a', 'ajax', 'set', 'messages'])

const byUid = (uid: string) => account(`https://weibo.com/u/${uid}`, uid, true)

/**
 * Weibo: weibo.com/u/123 and weibo.com/123 (the numeric uid), m.weibo.cn/u/123 and /profile/123,
 * weibo.com/123/Abc (a post of 123), weibo.com/n/昵称 (by nickname) and weibo.com/name (a personal address).
 */
export const weiboGrammar: Grammar = {
  label: 'Weibo',
  fromUrl(url, platform) {
    const path = segments(url)
    const first = path[0]?.toLowerCase()
    if ((first === 'u' || first === 'profile') && path[1]) {
      return UID.test(path[1]) ? byUid(path[1]) : refuse(`"${path[1]}" is not a Weibo user number.`, 'url')
    }
    if (first === 'n' && path[1]) return account(`https://weibo.com/n/${encodeURIComponent(path[1])}`, `@${path[1]}`, false)
    if (!path[0]) return notAnAccount(platform, 'the home page')
    if (UID.test(path[0])) return byUid(path[0])
    if (reserved(path[0], NOT_HANDLES)) return notAnAccount(platform, `a post or a page of the platform ("/${path[0]}")`)
    return checkHandle(path[0], platform) ?? account(`https://weibo.com/${encodeURIComponent(path[0])}`, path[0], false)
  },
  fromHandle(text, platform) {
    const handle = stripAt(text)
    if (UID.test(handle)) return byUid(handle)
    return checkHandle(handle, platform) ?? account(`https://weibo.com/${encodeURIComponent(handle)}`, handle, false)
  },
}
