/**
 * The identity a release keeps in every feed (RSS `guid`, JSON Feed `id`), one per language: a
 * reader that keeps one item per id (newsboat does, across all its feeds) must keep the English,
 * French, Chinese and Arabic versions beside the Spanish one. It derives from the document id and
 * the language alone, never from the title, slug, text or site address, so editing a release or
 * moving a site never makes readers show it as new, and the same release in the same language
 * carries the same id in a mission's feed and in the network-wide one.
 *
 * The network's default language keeps the id every language shared before (`urn:uuid:<id>`):
 * readers that kept that one item see no old release come back as new.
 */
import { createHash } from 'node:crypto'

import { DEFAULT_LOCALE, type LocaleCode } from '../config/locales'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Fixed namespace for name-based (version 5) UUIDs of release ids that are not UUIDs
// themselves (MongoDB ObjectIds). Changing it would change every such GUID.
const RELEASE_NAMESPACE = '73a45525-185f-4c88-8d05-9e8cec2f9db9'

/** A name-based UUID (RFC 9562 version 5, SHA-1). */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * In the default language, `urn:uuid:<id>` for a UUID id and for any other id a UUID derived from
 * it; in any other language, a UUID derived from the id and the language. Ids hold no "#", so no
 * derived name is ever another release's id.
 */
export function releaseGuid(releaseId: string, language: LocaleCode): string {
  if (!releaseId) throw new TypeError('A release needs an id to have a feed GUID')
  if (!language) throw new TypeError('A release has one feed GUID per language; say which')
  if (language !== DEFAULT_LOCALE) return `urn:uuid:${uuidV5(RELEASE_NAMESPACE, `${releaseId.toLowerCase()}#${language}`)}`
  const uuid = UUID.test(releaseId) ? releaseId.toLowerCase() : uuidV5(RELEASE_NAMESPACE, releaseId)
  return `urn:uuid:${uuid}`
}
