import type { CollectionConfig } from 'payload'

import { anyone, ministryUsers } from '../src/access/rules'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { slugField } from './fields/slug'

/** What a citizen may write to a mission about: one list for the whole network, shown in every contact form. */
export const EnquiryTopics: CollectionConfig = {
  slug: 'enquiry-topics',
  labels: { singular: 'Enquiry topic', plural: 'Enquiry topics' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: 'Citizen attention' },
  access: { read: anyone, create: ministryUsers, update: ministryUsers, delete: ministryUsers },
  hooks: { afterChange: [rebuildAllAfterUpdate], afterDelete: [rebuildAfterDelete(everySite)] },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ unique: true }),
    { name: 'order', type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar', description: 'Lower numbers come first in the form.' } },
  ],
}
