import type { CollectionConfig } from 'payload'

import {
  createForOwnMission,
  deleteOwnMissionDraft,
  publishedOrOwnMission,
  readVersionsOwnMission,
  updateOwnMission,
} from '../src/access/rules'
import { draftsOnlyForMissionEditors, enforceMissionScope } from '../src/hooks/enforceMissionScope'
import { missionEditorsSaveDrafts } from '../src/hooks/missionEditorsSaveDrafts'
import { enforceOnEverySave } from '../src/hooks/enforceOnEverySave'
import { checkOnePagePerKind } from '../src/validation/onePagePerKind'
import { ownMissionSite } from '../src/jobs/affectedMissions'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete } from '../src/jobs/hooks/rebuildSitesHooks'
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
  access: {
    read: publishedOrOwnMission(),
    readVersions: readVersionsOwnMission(),
    create: createForOwnMission(),
    update: updateOwnMission('mission', { trustedPublishing: true }),
    delete: deleteOwnMissionDraft(),
  },
  hooks: {
    beforeOperation: [missionEditorsSaveDrafts, noteLiveVersion],
    beforeValidate: [enforceMissionScope('mission'), enforceOnEverySave([{ path: 'kind', check: checkOnePagePerKind }])],
    beforeChange: [draftsOnlyForMissionEditors],
    afterChange: [rebuildAfterChange(ownMissionSite)],
    afterDelete: [rebuildAfterDelete(ownMissionSite)],
  },
  fields: [
    missionOwnerField({ required: true }),
    {
      name: 'kind', type: 'select', required: true, options: [...MISSION_PAGE_KINDS], admin: { position: 'sidebar' },
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
