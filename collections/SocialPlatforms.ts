import type { CollectionConfig } from 'payload'

import { anyone, ministryAdminOnly } from '../src/access/rules'
import { everySite } from '../src/jobs/affectedMissions'
import { rebuildAfterDelete, rebuildAllAfterUpdate } from '../src/jobs/hooks/rebuildSitesHooks'
import { GRAMMAR_OPTIONS } from '../src/social/grammars'
import { checkHandlePattern, checkUrlTemplate } from '../src/social/platformChecks'
import { fieldCheck } from '../src/validation/field'
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
    {
      name: 'urlTemplate', type: 'text', validate: fieldCheck(checkUrlTemplate),
      admin: { description: 'Canonical URL of a handle, with {handle}, e.g. https://x.com/{handle}. Every account address is rewritten to this form.' },
    },
    {
      name: 'handlePattern', type: 'text', validate: fieldCheck(checkHandlePattern),
      admin: { description: 'Regular expression a handle must match as a whole, without the "@", e.g. [A-Za-z0-9_]{1,15}.' },
    },
    {
      name: 'caseSensitive', type: 'checkbox', defaultValue: false,
      admin: { description: 'Handles that differ only in capitals are different accounts (rare: opaque ids such as WhatsApp channels).' },
    },
    {
      name: 'normaliser', type: 'select', required: true, defaultValue: 'template', options: GRAMMAR_OPTIONS,
      admin: { description: 'How the platform’s addresses are read. "From the URL template" needs no code: it reads addresses shaped like the template.' },
    },
    { name: 'wikidataProperty', type: 'text', admin: { description: 'e.g. P2002 for X' } },
  ],
}
