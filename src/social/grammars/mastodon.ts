import { checkHttpUrl } from '../../validation/url'
import { refuse, type PlatformRules } from '../types'
import { account, checkHandle, segments, type Grammar } from './shared'

const SERVER = /^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/

function onServer(user: string, server: string, platform: PlatformRules) {
  const host = server.toLowerCase()
  if (!SERVER.test(host) || /^\d+(?:\.\d+)+$/.test(host) || checkHttpUrl(`https://${host}/`) !== true) {
    return refuse(`"${server}" is not a server's host name (such as mastodon.social).`, 'handle')
  }
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return refuse(`"${server}" is an internationalised host name, which can imitate another server's; give the server's ASCII name.`, 'handle')
  }
  // Usernames are case-insensitive on Mastodon: the key folds case, the address keeps the owner's spelling.
  return checkHandle(user, platform, 'user name') ?? account(`https://${host}/@${user}`, `@${user}@${host}`, false)
}

/**
 * Mastodon and the fediverse, on any server: @user@server.tld, user@server.tld, https://server/@user
 * (and its posts), https://server/users/user, https://server/web/@user, and a remote profile
 * seen from another server, https://server/@user@home.tld, which is filed under its home.
 */
export const mastodonGrammar: Grammar = {
  label: 'Mastodon (any server)',
  fromUrl(url, platform) {
    const path = segments(url)
    const at = path[0] === 'web' ? path[1] : path[0] === 'users' ? `@${path[1] ?? ''}` : path[0]
    if (!at?.startsWith('@') || at.length === 1) {
      return refuse(`This is not the address of a ${platform.name} profile; profiles look like https://server.tld/@name.`, 'url')
    }
    const [user, home] = at.slice(1).split('@')
    return onServer(user, home ?? url.hostname, platform)
  },
  fromHandle(text, platform) {
    const parts = text.replace(/^@/, '').split('@')
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      return refuse(`"${text}" is not a full fediverse handle; write it as @name@server.tld, with the server.`, 'handle')
    }
    return onServer(parts[0], parts[1], platform)
  },
}
