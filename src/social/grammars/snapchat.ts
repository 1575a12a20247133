import { fromTemplate, notAnAccount, segments, stripAt, type Grammar } from './shared'

/** Snapchat: snapchat.com/add/name, snapchat.com/@name (public profiles), story.snapchat.com/@name. */
export const snapchatGrammar: Grammar = {
  label: 'Snapchat',
  fromUrl(url, platform) {
    const path = segments(url)
    const name = path[0] === 'add' ? path[1] : path[0]?.startsWith('@') ? path[0].slice(1) : undefined
    return name ? fromTemplate(platform, stripAt(name)) : notAnAccount(platform, path[0] ? `a page of the platform ("/${path[0]}")` : 'the home page')
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
