import type { GeneratePreviewURL } from 'payload'

export const PREVIEW_COLLECTIONS = ['press-releases', 'mission-pages', 'blog-posts'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: string): value is PreviewCollection =>
  (PREVIEW_COLLECTIONS as readonly string[]).includes(value)

/** Where the preview route renders a document's latest draft in the site templates. */
export function previewPath(collection: PreviewCollection, id: string, locale?: string | null): string {
  const path = `/preview/${collection}/${encodeURIComponent(id)}`
  return locale ? `${path}?locale=${encodeURIComponent(locale)}` : path
}

/** The admin's Preview button: the draft in the locale being edited. A document not yet saved has nothing to preview. */
export const adminPreview =
  (collection: PreviewCollection): GeneratePreviewURL =>
  (doc, { locale }) =>
    typeof doc?.id === 'string' && doc.id ? previewPath(collection, doc.id, locale) : null
