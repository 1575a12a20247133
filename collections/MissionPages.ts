import type { CollectionConfig } from 'payload'

import { missionOwnedContent } from '../src/editorial/missionOwnedContent'
import { enforceOnEverySave } from '../src/hooks/enforceOnEverySave'
import { checkOnePagePerKind } from '../src/validation/onePagePerKind'
import { ownMissionSite } from '../src/jobs/affectedMissions'
import { adminPreview } from '../src/preview/previewUrl'
import { missionOwnerField } from './fields/missionOwner'
import { richTextField } from './fields/richText'

/** The fixed set of pages every mission site has, so that all sites share one structure. */
export const MISSION_PAGE_KINDS = [
  { value: 'about', label: 'About the mission' },
  { value: 'bilateral-relations', label: 'Bilateral relations' },
  { value: 'trade-investment', label: 'Trade and investment' },
  { value: 'tourism', label: 'Tourism' },
  { value: 'culture', label: 'Culture' },
  { value: 'study', label: 'Study in the country' },
] as const

export const MissionPages: CollectionConfig = {
  slug: 'mission-pages',
  labels: { singular: 'Mission page', plural: 'Mission pages' },
  admin: {
    useAsTitle: 'title', defaultColumns: ['title', 'kind', 'mission', '_status'], group: 'Network',
    preview: adminPreview('mission-pages'),
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  ...missionOwnedContent({
    sites: ownMissionSite,
    beforeValidate: [enforceOnEverySave([{ path: 'kind', check: checkOnePagePerKind }])],
  }),
  fields: [
    missionOwnerField({ required: true }),
    {
      name: 'kind', type: 'select', required: true, index: true, options: [...MISSION_PAGE_KINDS], admin: { position: 'sidebar' },
      // A custom validator replaces Payload's own, so the options are checked here too.
      validate: async (value: unknown, { data, id, req }: { data: Record<string, unknown>; id?: string | number; req: any }) => {
        if (!value) return 'This field is required.'
        if (!MISSION_PAGE_KINDS.some((k) => k.value === value)) {
          return `"${String(value)}" is not a kind of mission page; choose one of ${MISSION_PAGE_KINDS.map((k) => k.value).join(', ')}.`
        }
        return checkOnePagePerKind(value, { data, id, req })
      },
    },
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true },
    richTextField({ name: 'body', localized: true }),
  ],
}
