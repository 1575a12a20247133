import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'

import type { Validators } from './conditionalGet'

/**
 * Validators for a served file.
 *
 * The ETag is a hash of the bytes, not of size and mtime: a strong ETag promises identical
 * bytes, and only the bytes can keep that promise whatever rewrote them — a full rebuild, a
 * copy to another disk or host, a restored backup, two writes within one mtime tick. A
 * no-op rebuild leaves the bytes, so the ETag, unchanged; new bytes always give a new one.
 * Last-Modified is the mtime, which the site writer keeps for unchanged files.
 *
 * Hashing is memoised per file identity (device, inode, size, mtime, ctime): the writer never
 * changes a file in place (new bytes are a new file), so an identity seen before has the
 * same bytes and a 304 to a polling aggregator costs a stat and no hash.
 */
const MAX_REMEMBERED = 20_000
const remembered = new Map<string, string>()

export async function validatorsFor(stats: Stats, readBytes: () => Promise<Uint8Array>): Promise<Validators> {
  const identity = `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`
  let etag = remembered.get(identity)
  if (etag === undefined) {
    // 160 bits of SHA-256: collisions are out of reach and the header stays short.
    etag = `"${createHash('sha256').update(await readBytes()).digest('base64url').slice(0, 27)}"`
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!)
    remembered.set(identity, etag)
  }
  return { etag, lastModified: stats.mtime }
}
