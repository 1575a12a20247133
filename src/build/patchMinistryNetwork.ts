import type { RawNetwork } from '../content/loadNetwork'

type Doc = Record<string, any>

const isOwn = (r: Doc) => !r.mission
const newestFirst = (a: Doc, b: Doc) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? ''))

/**
 * The ministry site's content (loadMinistryNetwork: its own releases and the newest
 * `windowSize` of the missions') after some releases changed, from what is published of them
 * now (`fresh`, joined), without reading the network again; null when only the database can
 * say: a release leaving a full window lets an older one in, and a tie at the window's edge
 * is the database's to break.
 */
export function patchMinistryNetwork(held: RawNetwork, changedIds: string[], fresh: Doc[], windowSize: number): RawNetwork | null {
  const changed = new Set(changedIds)
  const heldWindow = held.releases.filter((r) => !isOwn(r))
  const full = heldWindow.length >= windowSize
  const edge = full ? heldWindow.map((r) => String(r.publishedAt ?? '')).sort()[0] : ''
  const freshById = new Map(fresh.map((r) => [r.id as string, r]))

  for (const r of heldWindow) {
    if (!changed.has(r.id)) continue
    const now = freshById.get(r.id)
    if (full && (!now || isOwn(now) || String(now.publishedAt ?? '') <= edge)) return null
  }
  const entering = fresh.filter((r) => !isOwn(r))
  if (full && entering.some((r) => String(r.publishedAt ?? '') === edge)) return null

  const window = [...heldWindow.filter((r) => !changed.has(r.id)), ...entering.filter((r) => !full || String(r.publishedAt ?? '') > edge)].sort(newestFirst)
  if (window.length > windowSize && window[windowSize - 1].publishedAt === window[windowSize].publishedAt) return null
  const own = [...held.releases.filter((r) => isOwn(r) && !changed.has(r.id)), ...fresh.filter(isOwn)]
  return { ...held, releases: [...own, ...window.slice(0, windowSize)] }
}
