import { refuse, type PlatformRules } from '../types'
import { account, checkHandle, segments, type Grammar } from './shared'

const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$/

function profile(identifier: string, platform: PlatformRules) {
  const id = identifier.replace(/^@/, '').toLowerCase()
  if (id.startsWith('did:')) {
    return DID.test(id) ? account(`https://bsky.app/profile/${id}`, id, false) : refuse(`"${identifier}" is not a valid Bluesky DID.`, 'handle')
  }
  // Handles are domain names: case-insensitive, so written in lower case.
  return checkHandle(id, platform) ?? account(`https://bsky.app/profile/${id}`, `@${id}`, false)
}

/** Bluesky: bsky.app/profile/name.bsky.social (and its posts), a handle (@name.bsky.social, a custom domain) or a DID. */
export const blueskyGrammar: Grammar = {
  label: 'Bluesky',
  fromUrl(url, platform) {
    const [kind, id] = segments(url)
    if (kind !== 'profile' || !id) return refuse(`This is not the address of a Bluesky profile; it should look like https://bsky.app/profile/name.bsky.social.`, 'url')
    return profile(id, platform)
  },
  fromHandle: (text, platform) => profile(text, platform),
}
