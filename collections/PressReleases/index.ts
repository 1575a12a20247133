import type { CollectionConfig } from 'payload'

import { missionOwnedContent } from '../../src/editorial/missionOwnedContent'
import { enforceOnEverySave } from '../../src/hooks/enforceOnEverySave'
import { checkUniqueInMission, uniqueSlugPerMission } from '../../src/validation/uniquePerMission'
import { releaseSites } from '../../src/jobs/affectedMissions'
import { adminPreview } from '../../src/preview/previewUrl'
import { missionOwnerField } from '../fields/missionOwner'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { checkSyndication } from './hooks/checkSyndication'
import { stampPublicationDate } from './hooks/stampPublicationDate'

/**
 * News of one mission, or of the ministry when no mission owns it. A ministry release
 * is syndicated to every mission's site or to chosen ones: one document, no copies.
 */
export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: { singular: 'Press release', plural: 'Press releases' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'mission', 'publishedAt', '_status'],
    group: 'News',
    preview: adminPreview('press-releases'),
  },
  // Scheduled publish and unpublish run on the jobs queue as the scheduling user, with their access.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
  ...missionOwnedContent({
    sites: releaseSites,
    beforeValidate: [
      checkSyndication,
      enforceOnEverySave([
        { path: 'slug', check: (value, { data, id, req }) => checkUniqueInMission({ collection: 'press-releases', field: 'slug', value, data, id, req }) },
      ]),
    ],
    beforeChange: [stampPublicationDate],
  }),
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ validate: uniqueSlugPerMission('press-releases') }),
    { name: 'summary', type: 'textarea', localized: true, required: true },
    richTextField({ name: 'body', localized: true }),
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt', type: 'date', index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Set when first published.' },
    },
    missionOwnerField({
      admin: { position: 'sidebar', description: 'Leave empty for a ministry release.' },
    }),
    {
      name: 'syndication',
      type: 'select',
      defaultValue: 'all',
      options: [
        { label: 'Every mission’s site', value: 'all' },
        { label: 'Chosen missions', value: 'selected' },
        { label: 'Ministry site only', value: 'none' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Ministry releases only: where else the release appears.',
        condition: (data) => !data?.mission,
      },
    },
    {
      name: 'syndicatedTo', type: 'relationship', relationTo: 'missions', hasMany: true,
      admin: { position: 'sidebar', condition: (data) => !data?.mission && data?.syndication === 'selected' },
    },
  ],
}
