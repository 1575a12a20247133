import type { CollectionConfig } from 'payload'

import {
  createForOwnMission,
  deleteOwnMissionDraft,
  publishedOrOwnMission,
  readVersionsOwnMission,
  updateOwnMission,
} from '../src/access/rules'
import { draftsOnlyForMissionEditors, enforceMissionScope } from '../src/hooks/enforceMissionScope'
import { missionOwnerField } from './fields/missionOwner'

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
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'mission', '_status'], group: 'Network' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrOwnMission(),
    readVersions: readVersionsOwnMission(),
    create: createForOwnMission(),
    update: updateOwnMission(),
    delete: deleteOwnMissionDraft(),
  },
  hooks: {
    beforeValidate: [enforceMissionScope('mission')],
    beforeChange: [draftsOnlyForMissionEditors],
  },
  fields: [
    missionOwnerField({ required: true }),
    {
      name: 'kind', type: 'select', required: true, options: [...MISSION_PAGE_KINDS], admin: { position: 'sidebar' },
      validate: async (value: unknown, { data, id, req }: { data: Record<string, unknown>; id?: string | number; req: any }) => {
        if (!value) return 'This field is required.'
        const mission = typeof data?.mission === 'object' ? (data.mission as { id?: string })?.id : data?.mission
        if (!mission) return true
        const { totalDocs } = await req.payload.count({
          collection: 'mission-pages',
          where: { and: [{ kind: { equals: value } }, { mission: { equals: mission } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
          req,
        })
        return totalDocs > 0 ? `This mission already has a "${value}" page; edit that one instead.` : true
      },
    },
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
  ],
}
