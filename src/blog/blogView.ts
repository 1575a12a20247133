import { idOf } from '../access/roles'
import { imageView } from '../content/images'
import { pick, pickText, textLanguagesOf } from '../content/localize'
import type { RawNetwork } from '../content/loadNetwork'
import { byNewest } from '../content/releaseOrder'
import { richTextToHtml } from '../content/richText'
import type { LocaleCode, ReleaseView } from '../content/viewModels'

/** One person signing a post, as printed: no user account behind it. */
export type BlogAuthorView = { name: string; role: string }

/** A published post in one language; the shape of a release (so feeds and summaries take it) plus its authors. */
export type BlogPostView = ReleaseView & { authors: BlogAuthorView[] }

type Doc = Record<string, any>

/**
 * The posts of one site, newest first: a mission's own (`owner` its id) or the ministry's
 * (`owner` null). Pure. Posts are never syndicated: they speak for whoever signs them.
 */
export function blogPostViews(raw: RawNetwork, owner: string | null, locale: LocaleCode, fallback: LocaleCode, baseUrl: string): BlogPostView[] {
  const text = (value: unknown) => pickText(value as never, locale, fallback)
  return (raw.blogPosts ?? [])
    .filter((p) => p.publishedAt && (idOf(p.mission) ?? null) === owner)
    .map((p: Doc): BlogPostView => ({
      id: p.id,
      slug: p.slug,
      title: text(p.title),
      summary: text(p.summary),
      bodyHtml: richTextToHtml(pick(p.body, locale, fallback, null)),
      publishedAt: p.publishedAt,
      updatedAt: p.updatedAt,
      heroImage: p.heroImage && typeof p.heroImage === 'object' ? imageView(p.heroImage, text(p.heroImage.alt), baseUrl) : null,
      topics: (p.topics ?? []).filter((t: unknown) => t && typeof t === 'object').map((t: Doc) => ({ slug: t.slug, name: text(t.name) })),
      origin: null,
      authors: (p.authors ?? []).map((a: Doc) => ({ name: String(a.name ?? ''), role: text(a.role) })).filter((a: BlogAuthorView) => a.name),
      ...textLanguagesOf(p, locale, fallback),
    }))
    .sort(byNewest)
}
