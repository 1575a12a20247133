import type { CollectionConfig } from 'payload'

import { anyone, createForOwnMission, updateOwnMission } from '../src/access/rules'
import { enforceMissionScope } from '../src/hooks/enforceMissionScope'
import { isMissionEditor } from '../src/access/roles'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { missionOwnerField } from './fields/missionOwner'

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
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 800, height: undefined, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, height: undefined, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
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
