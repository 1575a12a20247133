import type { Where } from 'payload'

import { LOCALE_CODES } from '../../config/locales'
import type { SeedContext } from '../context'
import { IMAGES } from '../data/media'
import { renderBanner } from '../images'
import { SEEDING_CONTEXT, ensureDocument } from '../writer'

/** Images are drawn only when missing, so a second run does no image work at all. */
export async function seedMedia({ payload, report, refs }: SeedContext): Promise<void> {
  for (const image of IMAGES) {
    const where: Where = { or: [{ filename: { equals: image.filename } }, { alt: { equals: image.alt.es } }] }
    const existing = await payload.count({ collection: 'media', where, locale: 'es', context: SEEDING_CONTEXT })
    const file = existing.totalDocs > 0 ? undefined : await renderBanner(image).then((data) => ({ data, mimetype: 'image/png', name: image.filename, size: data.length }))
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
