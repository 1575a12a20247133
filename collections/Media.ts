import type { CollectionConfig, ImageSize } from 'payload'

import { anyone, createForOwnMission, updateOwnMission } from '../src/access/rules'
import { enforceMissionScope } from '../src/hooks/enforceMissionScope'
import { refuseOversizedImages } from '../src/hooks/refuseOversizedImages'
import { isMissionEditor } from '../src/access/roles'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { missionOwnerField } from './fields/missionOwner'

/**
 * The widths every upload is resized to, keeping its proportions, so that pages can offer all of
 * them to the browser as one srcset (a 4:3 crop could not stand in for a 16:9 photo). 400 px serves
 * the 12rem list thumbnails on high-density screens and the admin's thumbnail.
 */
const SHAPES = [
  { name: 'thumbnail', width: 400 },
  { name: 'card', width: 800 },
  { name: 'hero', width: 1600, withoutEnlargement: true },
] as const satisfies readonly Omit<ImageSize, 'formatOptions'>[]

/** Name of the AVIF twin of a WebP size (Payload encodes one format per size). */
export const avifSizeName = (shape: string) => `${shape}Avif`

/** The WebP size names; each has an AVIF twin named by avifSizeName. */
export const MEDIA_SHAPES: readonly string[] = SHAPES.map((shape) => shape.name)

const WEBP = { format: 'webp', options: { quality: 80 } } as const
/**
 * Encoding time matters (every upload, every seed). CPU time for the three shapes of one image on
 * this 2-core machine: sharp's default AVIF (effort 4) took 4 s for a demo banner and 13 s for a
 * 1600-px photo; effort 1 with 4:2:0 chroma takes 0.35 s and 1.3–1.5 s (WebP: 0.25 s and 0.4 s),
 * its files are close to effort 2's and 35–40% smaller than the WebP ones.
 */
const AVIF = { format: 'avif', options: { quality: 55, effort: 1, chromaSubsampling: '4:2:0' } } as const

/** Each shape twice: WebP for every current browser, AVIF first for those that take it. */
export const MEDIA_IMAGE_SIZES: ImageSize[] = SHAPES.flatMap((shape) => [
  { ...shape, formatOptions: WEBP },
  { ...shape, name: avifSizeName(shape.name), formatOptions: AVIF },
])

/** Images for releases and pages. Resized once by sharp into web formats; alt text is mandatory for accessibility. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', group: 'News' },
  access: {
    read: anyone,
    create: createForOwnMission(),
    update: updateOwnMission(),
    delete: updateOwnMission(),
  },
  hooks: {
    beforeOperation: [refuseOversizedImages],
    beforeValidate: [
      (args) => (isMissionEditor(args.req.user) ? enforceMissionScope('mission')(args) : args.data),
    ],
    // Alt text and image files show wherever the image is used; a new upload shows nowhere yet.
    afterChange: [rebuildAllAfterUpdate],
    afterDelete: [rebuildAfterDelete(everySite)],
  },
  upload: {
    // staticDir is set by createConfig, under the data directory.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: MEDIA_IMAGE_SIZES,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt', type: 'text', localized: true, required: true, label: 'Alternative text',
      admin: { description: 'What the image shows, for people who cannot see it. Required.' },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 3
          ? true
          : 'Describe the image in a few words (at least 3 characters); screen readers read this aloud.',
    },
    { name: 'credit', type: 'text' },
    missionOwnerField({ admin: { position: 'sidebar', description: 'Leave empty for ministry images.' } }),
  ],
}
