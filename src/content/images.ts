import { absoluteUrl, sitePaths } from './sitePaths'
import type { ImageView } from './viewModels'

/** Where a media file is copied inside every site that shows it, so each site folder is self-contained. */
export const mediaPath = (filename: string) => `${sitePaths.assets}media/${filename}`

export type MediaFile = { filename: string }

type MediaDoc = {
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; mimeType?: string | null } | undefined> | null
}

/** A media document as a responsive image of one site; `alt` is already localized. */
export function imageView(media: unknown, alt: string, baseUrl: string): ImageView | null {
  const doc = media as MediaDoc | null
  if (!doc || typeof doc !== 'object' || !doc.filename || !doc.width || !doc.height) return null
  const byType = new Map<string, string[]>()
  for (const size of Object.values(doc.sizes ?? {})) {
    if (!size?.filename || !size.width || !size.mimeType) continue
    const list = byType.get(size.mimeType) ?? []
    list.push(`${absoluteUrl(baseUrl, mediaPath(size.filename))} ${size.width}w`)
    byType.set(size.mimeType, list)
  }
  const order = ['image/avif', 'image/webp']
  return {
    src: absoluteUrl(baseUrl, mediaPath(doc.filename)),
    width: doc.width,
    height: doc.height,
    alt,
    mimeType: doc.mimeType ?? 'application/octet-stream',
    bytes: doc.filesize ?? 0,
    sources: [...byType.entries()]
      .sort(([a], [b]) => (order.indexOf(a) + 99) % 99 - ((order.indexOf(b) + 99) % 99))
      .map(([type, srcset]) => ({ type, srcset: srcset.join(', ') })),
  }
}

/** Every file (original and derivatives) of a media document, to copy into a site. */
export function mediaFilenames(media: unknown): string[] {
  const doc = media as MediaDoc | null
  if (!doc?.filename) return []
  return [doc.filename, ...Object.values(doc.sizes ?? {}).flatMap((s) => (s?.filename ? [s.filename] : []))]
}
