import type { Where } from 'payload'

import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { IMAGES } from '../data/media'
import { completeDerivatives } from '../derivatives'
import { renderBanner } from '../images'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

/**
 * Images are drawn and encoded only when missing, so a second run does no image work at all.
 * The one exception: a demo image uploaded before AVIF was configured gets its AVIF sizes once.
 */
export async function seedMedia({ payload, report, refs }: SeedContext): Promise<void> {
  for (const image of IMAGES) {
    const where: Where = { or: [{ filename: { equals: image.filename } }, { alt: { equals: image.alt.es } }] }
    const { docs: [existing] } = await payload.find({ collection: 'media', where, limit: 1, depth: 0, locale: 'es', context: SEEDING_CONTEXT })
    if (existing) await completeDerivatives(payload, existing)
    const file = existing ? undefined : await renderBanner(image).then((data) => ({ data, mimetype: 'image/png', name: image.filename, size: data.length }))
    const id = await ensureDocument(payload, report, {
      collection: 'media',
      where,
      locales: LOCALE_CODES.filter((l) => image.alt[l]),
      data: (locale) => (locale === 'es' ? { alt: image.alt.es, credit: 'Chancery demo (generated image)' } : { alt: image.alt[locale] }),
      file,
    })
    refs.images.set(image.key, id)
  }
}
