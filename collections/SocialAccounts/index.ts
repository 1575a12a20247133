import type { CollectionConfig } from 'payload'

import { anyone, createForOwnMission, ministryUsersField, updateOwnMission } from '../../src/access/rules'

// Only ministry users file accounts under the ministry or a related body.
const ministryOnly = { create: ministryUsersField, update: ministryUsersField }
import { enforceMissionScope } from '../../src/hooks/enforceMissionScope'
import { LOCALE_OPTIONS } from '../../src/config/locales'
import { checkAccountAddress } from '../../src/validation/accountUrl'
import { missionOwnerField } from '../fields/missionOwner'
import { ownMissionSite } from '../../src/jobs/affectedMissions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { checkSocialAccount } from './hooks/checkSocialAccount'

/** The social-media atlas: every account of every mission, of the ministry and of related bodies. */
export const SocialAccounts: CollectionConfig = {
  slug: 'social-accounts',
  labels: { singular: 'Social account', plural: 'Social accounts' },
  admin: { useAsTitle: 'url', defaultColumns: ['url', 'platform', 'ownerType', 'mission'], group: 'Social-media atlas' },
  access: {
    read: anyone,
    create: createForOwnMission(),
    update: updateOwnMission(),
    delete: updateOwnMission(),
  },
  hooks: {
    beforeValidate: [enforceMissionScope('mission'), checkSocialAccount],
    afterChange: [rebuildAfterChange(ownMissionSite)],
    afterDelete: [rebuildAfterDelete(ownMissionSite)],
  },
  fields: [
    {
      name: 'ownerType', type: 'select', required: true, index: true, defaultValue: 'mission', access: ministryOnly,
      options: [
        { label: 'A mission', value: 'mission' },
        { label: 'The ministry', value: 'ministry' },
        { label: 'A related body', value: 'related-body' },
      ],
    },
    missionOwnerField({ admin: { condition: (data) => data?.ownerType === 'mission' } }),
    {
      name: 'relatedBody', type: 'text', access: ministryOnly,
      admin: { condition: (data) => data?.ownerType === 'related-body', description: 'e.g. the cooperation agency' },
    },
    { name: 'platform', type: 'relationship', relationTo: 'social-platforms', required: true },
    {
      // Stored always; but a handle alone will do on save, which turns it into the canonical address.
      name: 'url', type: 'text', required: true, index: true,
      validate: (value: unknown, { siblingData }: { siblingData?: { handle?: unknown } }) => checkAccountAddress(value, siblingData?.handle),
      admin: { description: 'The account’s address in any form (twitter.com/…, m.facebook.com/…, youtube.com/channel/…) or its handle; saved as the platform’s one canonical address.' },
    },
    { name: 'handle', type: 'text', admin: { description: 'As shown on the platform, e.g. @CancilleriaEc; filled in from the URL when saved.' } },
    { name: 'language', type: 'select', options: LOCALE_OPTIONS },
    { name: 'title', type: 'text', admin: { description: 'Needed when one owner has two accounts on the same platform.' } },
  ],
}
