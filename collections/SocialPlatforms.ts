import type { CollectionConfig } from 'payload'

import { anyone, ministryAdminOnly } from '../src/access/rules'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { slugField } from './fields/slug'

// A host name (x.com), or "*." and a domain for any server under it (*.social).
const HOST = /^(?:\*\.[a-z0-9-]+(?:\.[a-z0-9-]+)*|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/

/** Platforms come and go (Google+ went, Bluesky came): they are data, not a fixed list of fields. */
export const SocialPlatforms: CollectionConfig = {
  slug: 'social-platforms',
  labels: { singular: 'Social platform', plural: 'Social platforms' },
  admin: { useAsTitle: 'name', group: 'Social-media atlas' },
  access: { read: anyone, create: ministryAdminOnly, update: ministryAdminOnly, delete: ministryAdminOnly },
  hooks: { afterChange: [rebuildAllAfterUpdate], afterDelete: [rebuildAfterDelete(everySite)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ unique: true }),
    {
      name: 'hosts',
      type: 'array',
      // minRows alone lets an empty list through; with no host, no account URL could ever match.
      validate: (value: unknown, { siblingData }: { siblingData?: { federated?: boolean | null } }) =>
        siblingData?.federated || (Array.isArray(value) && value.length > 0)
          ? true
          : 'list at least one host name, such as "x.com" (only a federated network may have none)',
      admin: { description: 'Host names account URLs may use, e.g. x.com, twitter.com; "*.example" for any server of a federated network.' },
      fields: [
        {
          name: 'host', type: 'text', required: true,
          validate: (v: unknown) => (typeof v === 'string' && HOST.test(v) ? true : 'must be a host name such as "x.com"'),
        },
      ],
    },
    {
      name: 'federated', type: 'checkbox', defaultValue: false,
      admin: { description: 'Accounts may live on any server (Mastodon).' },
    },
    { name: 'urlTemplate', type: 'text', admin: { description: 'Canonical URL of a handle, with {handle}, e.g. https://x.com/{handle}' } },
    { name: 'wikidataProperty', type: 'text', admin: { description: 'e.g. P2002 for X' } },
  ],
}
