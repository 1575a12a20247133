import { account, fromTemplate, notAnAccount, reserved, segments, stripAt, type Grammar } from './shared'

const NOT_HANDLES = new Set(['feed', 'im', 'search', 'friends', 'groups', 'settings', 'apps', 'away.php', 'login', 'video', 'music', 'audio', 'photos', 'clips', 'market', 'services', 'support', 'dev', 'about', 'terms', 'privacy', 'share.php'])
// Numbered pages: a person (id…), a community (club…, public…, event…).
const NUMBERED = /^(id|club|public|event)(\d{1,12})$/i

/**
 * VK: vk.com/name, m.vk.com/name, vk.ru/name, vk.com/id123, /club123, /public123, and a post
 * (vk.com/wall-123_45 is community 123's, wall123_45 person 123's).
 */
export const vkGrammar: Grammar = {
  label: 'VK',
  fromUrl(url, platform) {
    const [first] = segments(url)
    if (!first) return notAnAccount(platform, 'the home page')
    const wall = /^wall(-?)(\d{1,12})_\d+$/.exec(first)
    if (wall) return numbered(wall[1] ? 'club' : 'id', wall[2])
    return vkHandle(first, platform)
  },
  fromHandle: (text, platform) => vkHandle(stripAt(text), platform),
}

// Communities share one numbering: club123, public123 and event123 are one page.
function numbered(kind: string, id: string) {
  const name = `${kind.toLowerCase() === 'id' ? 'id' : 'club'}${id}`
  return account(`https://vk.com/${name}`, name, false)
}

function vkHandle(name: string, platform: Parameters<Grammar['fromUrl']>[1]) {
  const n = NUMBERED.exec(name)
  if (n) return numbered(n[1], n[2])
  if (reserved(name, NOT_HANDLES) || /^(?:wall|photo|video|audio|topic|album)-?\d/.test(name)) return notAnAccount(platform, `a post or a page of the platform ("/${name}")`)
  return fromTemplate(platform, name)
}
