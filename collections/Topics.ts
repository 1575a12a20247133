import type { CollectionConfig } from 'payload'

import { anyone, ministryUsers } from '../src/access/rules'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { slugField } from './fields/slug'

/** Subjects press releases are filed under; feeds expose them as categories. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', group: 'News' },
  access: { read: anyone, create: ministryUsers, update: ministryUsers, delete: ministryUsers },
  hooks: { afterChange: [rebuildAllAfterUpdate], afterDelete: [rebuildAfterDelete(everySite)] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ unique: true }),
  ],
}
