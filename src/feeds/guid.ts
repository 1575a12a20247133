/**
 * The identity a release keeps in every feed (RSS `guid`, JSON Feed `id`). It derives from the
 * document id alone, never from the title, slug, text or site address, so editing a release or
 * moving a site never makes readers show it as new, and the same release carries the same id
 * in a mission's feed and in the network-wide one.
 */
import { createHash } from 'node:crypto'

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

/** `urn:uuid:<id>` for a UUID id; for any other id, a UUID derived from it. */
export function releaseGuid(releaseId: string): string {
  if (!releaseId) throw new TypeError('A release needs an id to have a feed GUID')
  const uuid = UUID.test(releaseId) ? releaseId.toLowerCase() : uuidV5(RELEASE_NAMESPACE, releaseId)
  return `urn:uuid:${uuid}`
}
