import path from 'node:path'

import type { Payload } from 'payload'

import { MEDIA_SHAPES, avifSizeName } from '../../collections/Media'
import type { Media } from '../payload-types'
import { SEEDING_CONTEXT } from './writer'

/**
 * AVIF sizes a document lacks although it has the WebP size of the same shape: it was uploaded
 * before AVIF was configured. (A size missing in both formats is one the image is too small for.)
 */
export function missingAvifSizes(doc: Pick<Media, 'sizes'>): string[] {
  const sizes = (doc.sizes ?? {}) as Record<string, { filename?: string | null } | undefined>
  return MEDIA_SHAPES.filter((shape) => sizes[shape]?.filename && !sizes[avifSizeName(shape)]?.filename).map(avifSizeName)
}

/**
 * Gives a document uploaded before AVIF its AVIF sizes. Payload derives sizes only from an
 * upload, all at once, so the stored original is uploaded again under its own name; a
 * document that already has every size is not touched. Returns whether it re-derived.
 */
export async function completeDerivatives(payload: Payload, doc: Media): Promise<boolean> {
  if (!doc.filename || missingAvifSizes(doc).length === 0) return false
  const { staticDir } = payload.collections.media.config.upload
  if (!staticDir) throw new Error('media: upload.staticDir is not set, so the stored original cannot be read to add its AVIF sizes')
  await payload.update({
    collection: 'media',
    id: doc.id,
    data: {},
    filePath: path.join(staticDir, doc.filename),
    overwriteExistingFiles: true,
    depth: 0,
    context: SEEDING_CONTEXT,
  })
  return true
}
