import type { CollectionConfig } from 'payload'

import { ministryAdminOnly, nobody, ownMissionOnly } from '../src/access/rules'
import { LOCALE_OPTIONS } from '../src/config/locales'
import { missionOwnerField } from './fields/missionOwner'

const noOne = () => false
/** Answers are the citizen's: staff read them, nobody rewrites them through the API. */
const asAnswered = { access: { update: noOne }, admin: { readOnly: true } }

/**
 * The satisfaction survey: after a service (its page) or after an enquiry was answered (the
 * reply's link). Figures are published only aggregated; comments stay with the mission.
 */
export const SurveyResponses: CollectionConfig = {
  slug: 'survey-responses',
  labels: { singular: 'Survey response', plural: 'Survey responses' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['rating', 'resolved', 'mission', 'service', 'enquiry', 'createdAt'],
    group: 'Citizen attention',
  },
  access: { read: ownMissionOnly(), create: nobody, update: nobody, delete: ministryAdminOnly },
  fields: [
    missionOwnerField({ required: true, ...asAnswered, admin: { position: 'sidebar', readOnly: true } }),
    { name: 'service', type: 'relationship', relationTo: 'services', index: true, ...asAnswered },
    { name: 'enquiry', type: 'relationship', relationTo: 'enquiries', unique: true, ...asAnswered },
    { name: 'rating', type: 'number', required: true, min: 1, max: 5, ...asAnswered },
    { name: 'resolved', type: 'checkbox', required: true, ...asAnswered, admin: { readOnly: true, description: 'Was the matter resolved?' } },
    { name: 'comment', type: 'textarea', maxLength: 1000, ...asAnswered },
    { name: 'locale', type: 'select', required: true, options: LOCALE_OPTIONS, ...asAnswered },
    { name: 'anonymisedAt', type: 'date', index: true, ...asAnswered },
  ],
  timestamps: true,
}
