import { fromTemplate, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

const NOT_HANDLES = new Set(['joinchat', 'addstickers', 'addemoji', 'addlist', 'share', 'proxy', 'socks', 'c', 'iv', 'contact', 'login', 'setlanguage', 'confirmphone', 'invoice', 'boost'])

/** Telegram: t.me/name, t.me/s/name (the web preview), telegram.me/name, t.me/name/123 (a post); invite links (t.me/+…) are not accounts. */
export const telegramGrammar: Grammar = {
  label: 'Telegram',
  fromUrl(url, platform) {
    const path = segments(url)
    const name = path[0]?.toLowerCase() === 's' ? path[1] : path[0]
    if (!name) return notAnAccount(platform, 'the home page')
    if (name.startsWith('+') || reserved(name, NOT_HANDLES)) return notAnAccount(platform, `an invitation or a page of the platform ("/${name}")`)
    return fromTemplate(platform, stripAt(name))
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
