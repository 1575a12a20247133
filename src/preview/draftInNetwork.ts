import { idOf } from '../access/roles'
import type { RawNetwork } from '../content/loadNetwork'
import type { PreviewCollection } from './previewUrl'

type Doc = Record<string, any>

/**
 * The published network with one draft in place of (or beside) its published version, so the
 * generator's own view code (missionSiteView) converts it exactly as it will once published.
 * Only this copy changes: the draft never reaches the network the generator reads.
 */
export function networkWithDraft(raw: RawNetwork, collection: PreviewCollection, draft: Doc, frame: Doc): RawNetwork {
  if (collection === 'mission-pages') {
    const others = raw.pages.filter((p) => p.id !== draft.id && !(idOf(p.mission) === idOf(draft.mission) && p.kind === draft.kind))
    return { ...raw, pages: [...others, draft] }
  }
  if (collection === 'blog-posts') {
    // A ministry post is previewed in a mission's frame, as a ministry release is; its page is the same.
    const post: Doc = { ...draft, publishedAt: draft.publishedAt ?? draft.updatedAt ?? new Date().toISOString(), mission: idOf(draft.mission) ?? frame.id }
    return { ...raw, blogPosts: [...(raw.blogPosts ?? []).filter((p) => p.id !== draft.id), post] }
  }
  const release: Doc = {
    ...draft,
    // Never published yet: shown with the time of the draft, as the first publication will date it.
    publishedAt: draft.publishedAt ?? draft.updatedAt ?? new Date().toISOString(),
  }
  // A ministry release is previewed on one mission's site even when it is not (yet) syndicated there.
  if (!idOf(draft.mission)) Object.assign(release, { syndication: 'selected', syndicatedTo: [frame.id] })
  return { ...raw, releases: [...raw.releases.filter((r) => r.id !== draft.id), release] }
}

/**
 * The mission whose site frames the preview: the document's own mission; for a ministry
 * release the one asked for, else the first it is syndicated to, else the first by slug.
 */
export function frameMission(raw: RawNetwork, collection: PreviewCollection, draft: Doc, requested?: string | null): Doc | null {
  const byId = (id: string | null) => raw.missions.find((m) => m.id === id) ?? null
  const own = idOf(draft.mission)
  if (own || collection === 'mission-pages') return byId(own)
  const asked = requested ? raw.missions.find((m) => m.slug === requested) : null
  if (asked) return asked
  const syndicated = draft.syndication === 'selected' ? ((draft.syndicatedTo ?? []) as unknown[]).map(idOf) : []
  const first = syndicated.map(byId).find(Boolean)
  if (first) return first
  return [...raw.missions].sort((a, b) => String(a.slug).localeCompare(String(b.slug)))[0] ?? null
}
