import { refuse } from '../types'
import { account, notAnAccount, segments, type Grammar } from './shared'

const BIZ = /^[A-Za-z0-9+/]{8,64}={0,2}$/
const QR_CODE = /^[A-Za-z0-9_-]{10,64}$/

/**
 * WeChat official accounts have no address made from their WeChat ID, only the profile page
 * (mp.weixin.qq.com/mp/profile_ext?action=home&__biz=…) and the QR-code link (weixin.qq.com/r/…).
 * Both are case-sensitive; the handle (the WeChat ID) is whatever the editor writes beside them.
 */
export const wechatGrammar: Grammar = {
  label: 'WeChat',
  fromUrl(url, platform) {
    const path = segments(url)
    if (path[0] === 'mp' && path[1] === 'profile_ext') {
      // Read raw: the id is base64, whose "+" a form decoder would turn into a space.
      const raw = /[?&]__biz=([^&#]*)/.exec(url.search)?.[1] ?? ''
      const biz = raw.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=')
      if (!BIZ.test(biz)) return refuse(`This WeChat profile address has no valid __biz parameter ("${biz}").`, 'url')
      return account(`https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=${biz.replace(/\+/g, '%2B').replace(/\//g, '%2F')}`, null, true)
    }
    if (path[0] === 'r' && path[1]) {
      return QR_CODE.test(path[1]) ? account(`https://weixin.qq.com/r/${path[1]}`, null, true) : refuse(`"${path[1]}" is not a WeChat QR-code link.`, 'url')
    }
    if (path[0] === 's') return notAnAccount(platform, 'an article')
    return refuse('This is not the address of a WeChat official account; give its profile page (https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=…) or its QR-code link (https://weixin.qq.com/r/…).', 'url')
  },
  fromHandle: (text) =>
    refuse(`A WeChat ID ("${text}") has no web address; give the account's profile page (https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=…) or QR-code link in the URL field.`, 'url'),
}
