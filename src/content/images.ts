import { absoluteUrl, sitePaths } from './sitePaths'
import type { ImageView } from './viewModels'

/** Where a media file is copied inside every site that shows it, so each site folder is self-contained. */
export const mediaPath = (filename: string) => `${sitePaths.assets}media/${filename}`

export type MediaFile = { filename: string }

type StoredSize = { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }

type MediaDoc = {
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, StoredSize | undefined | null> | null
}

type Derivative = { filename: string; width: number }

/** The formats offered as <source>, best first; the original is the fallback for every other browser. */
const SOURCE_TYPES = ['image/avif', 'image/webp'] as const

type ResponsiveFiles = {
  original: { filename: string; width: number; height: number; mimeType: string; bytes: number }
  /** Per source type, derivatives of distinct widths, narrowest first. */
  sources: { type: (typeof SOURCE_TYPES)[number]; derivatives: Derivative[] }[]
}

/**
 * Only derivatives that show the whole picture may stand in for the original in a srcset: a crop
 * (uploads made before the sizes kept proportions have a 4:3 thumbnail) would change what the reader
 * sees and make the layout jump away from the width/height the <img> declares. Heights are rounded,
 * so allow one pixel.
 */
const keepsProportions = (size: { width: number; height: number }, original: { width: number; height: number }) =>
  Math.abs(size.height - (size.width * original.height) / original.width) <= 1

function responsiveFiles(media: unknown): ResponsiveFiles | null {
  const doc = media as MediaDoc | null
  if (!doc || typeof doc !== 'object' || !doc.filename || !doc.width || !doc.height) return null
  const original = { width: doc.width, height: doc.height }
  const sources = SOURCE_TYPES.map((type) => {
    const byWidth = new Map<number, Derivative>()
    for (const size of Object.values(doc.sizes ?? {})) {
      if (size?.mimeType !== type || !size.filename || !size.width || !size.height) continue
      if (!keepsProportions({ width: size.width, height: size.height }, original)) continue
      if (!byWidth.has(size.width)) byWidth.set(size.width, { filename: size.filename, width: size.width })
    }
    return { type, derivatives: [...byWidth.values()].sort((a, b) => a.width - b.width) }
  })
  return {
    original: { filename: doc.filename, ...original, mimeType: doc.mimeType ?? 'application/octet-stream', bytes: doc.filesize ?? 0 },
    sources: sources.filter((s) => s.derivatives.length > 0),
  }
}

/** A media document as a responsive image of one site; `alt` is already localized. */
export function imageView(media: unknown, alt: string, baseUrl: string): ImageView | null {
  const files = responsiveFiles(media)
  if (!files) return null
  const { original, sources } = files
  // The file keeps its name on disk; in the URL the name is one encoded segment, so a "#", "?" or
  // space in an uploaded name can neither cut the URL short nor break a srcset.
  const url = (filename: string) => absoluteUrl(baseUrl, mediaPath(encodeURIComponent(filename)))
  return {
    src: url(original.filename),
    width: original.width,
    height: original.height,
    alt,
    mimeType: original.mimeType,
    bytes: original.bytes,
    sources: sources.map(({ type, derivatives }) => ({
      type,
      srcset: derivatives.map((d) => `${url(d.filename)} ${d.width}w`).join(', '),
    })),
  }
}

/** Every file imageView refers to (the original and the derivatives in its srcsets), to copy into a site. */
export function mediaFilenames(media: unknown): string[] {
  const files = responsiveFiles(media)
  if (!files) return []
  return [files.original.filename, ...files.sources.flatMap((s) => s.derivatives.map((d) => d.filename))]
}
