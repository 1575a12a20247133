import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The most pixels an uploaded image may have. Real photographs fit: a 61-megapixel full-frame
 * camera, a 50-megapixel phone, a stitched panorama of 20,000 × 5,000. Beyond that the sizes take
 * many seconds of both cores to encode (a 225-megapixel PNG of 218 KB took 15 s) and the original
 * is kept at full size; sharp's own limit (268 megapixels) only stops what is larger still, and
 * with Payload's generic "error uploading the file".
 */
export const MAX_IMAGE_PIXELS = 100_000_000

const grouped = (n: number) => n.toLocaleString('en')

/**
 * Reads the image's header (no pixel is decoded) before Payload resizes anything, and refuses an
 * image over the limit, naming its size and the limit. A file sharp cannot read is left to
 * Payload's own checks of type and content.
 */
export const refuseOversizedImages: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const sharp = req.payload.config.sharp
  if (!sharp) return args
  let width: number, height: number, frames: number
  try {
    // Reading the header decodes nothing; sharp's own limit would make it throw for the largest images.
    const meta = await sharp(req.file.tempFilePath || req.file.data, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.pageHeight ?? meta.height ?? 0
    frames = meta.pages ?? 1
  } catch {
    return args
  }
  const pixels = width * height * frames
  if (pixels <= MAX_IMAGE_PIXELS) return args
  const size = `${grouped(width)} × ${grouped(height)} pixels${frames > 1 ? ` in ${frames} frames` : ''}`
  throw new ValidationError({
    collection: collection.slug,
    errors: [{
      path: 'file',
      message: `The image is ${size} (${grouped(Math.round(pixels / 1e6))} megapixels); images may have at most ${MAX_IMAGE_PIXELS / 1e6} megapixels, e.g. 12,000 × 8,000. Reduce it before uploading.`,
    }],
  })
}
