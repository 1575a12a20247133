import type { CollectionConfig } from 'payload'

import { ministryAdminOnly, nobody, ownMissionOnly } from '../../src/access/rules'
import { LOCALE_OPTIONS } from '../../src/config/locales'
import { enforceMissionScope } from '../../src/hooks/enforceMissionScope'
import { missionOwnerField } from '../fields/missionOwner'
import { queueCitizenMails } from './hooks/queueCitizenMails'
import { stampReply } from './hooks/stampReply'

export const ENQUIRY_STATUSES = [
  { value: 'new', label: 'New' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'answered', label: 'Answered' },
  { value: 'closed', label: 'Closed' },
] as const

export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number]['value']

const noOne = () => false
/** Set by the form or by the hooks: shown to staff, never written through the API. */
const stamped = { access: { update: noOne } }
/** What the citizen wrote: shown to staff, never edited by them. */
const fromTheCitizen = { readOnly: true } as const

/**
 * Citizen attention: what a visitor wrote to a mission through its site's contact form, and how
 * the mission answered. Created only by the public form endpoint (src/citizen/); personal data,
 * so readable only by the mission's editors and ministry users, and anonymised on a schedule.
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: 'Enquiry', plural: 'Enquiries' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'topic', 'mission', 'createdAt', 'assignee'],
    group: 'Citizen attention',
    description: 'Written to the missions through their sites. Writing a reply and saving sends it by e-mail.',
  },
  access: {
    read: ownMissionOnly(),
    create: nobody,
    update: ownMissionOnly(),
    delete: ministryAdminOnly,
  },
  hooks: {
    beforeValidate: [enforceMissionScope('mission')],
    beforeChange: [stampReply],
    afterChange: [queueCitizenMails],
  },
  fields: [
    { name: 'reference', ...stamped, type: 'text', required: true, unique: true, index: true, admin: { readOnly: true, position: 'sidebar' } },
    missionOwnerField({ required: true, ...stamped, admin: { position: 'sidebar', readOnly: true } }),
    {
      name: 'status', type: 'select', required: true, defaultValue: 'new', index: true,
      options: [...ENQUIRY_STATUSES], admin: { position: 'sidebar' },
    },
    {
      name: 'assignee', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' },
    },
    { name: 'topic', ...stamped, type: 'relationship', relationTo: 'enquiry-topics', admin: { ...fromTheCitizen, position: 'sidebar' } },
    { name: 'locale', ...stamped, type: 'select', required: true, options: LOCALE_OPTIONS, admin: { ...fromTheCitizen, position: 'sidebar', description: 'The language of the page it was sent from; replies are expected in it.' } },
    { type: 'row', fields: [
      { name: 'name', ...stamped, type: 'text', admin: fromTheCitizen },
      { name: 'email', ...stamped, type: 'email', index: true, admin: fromTheCitizen },
      { name: 'phone', ...stamped, type: 'text', admin: fromTheCitizen },
    ] },
    { name: 'message', ...stamped, type: 'textarea', admin: fromTheCitizen },
    { name: 'internalNotes', type: 'textarea', admin: { description: 'Seen by staff only; never sent.' } },
    { name: 'reply', type: 'textarea', admin: { description: 'Saving a new or changed reply e-mails it to the sender, with a link to the satisfaction survey.' } },
    { type: 'row', fields: [
      { name: 'repliedBy', ...stamped, type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      { name: 'repliedAt', ...stamped, type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'firstRepliedAt', ...stamped, type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'closedAt', ...stamped, type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    ] },
    { name: 'anonymisedAt', ...stamped, type: 'date', index: true, admin: { readOnly: true, position: 'sidebar', description: 'Personal data removed after the retention period.' } },
    // Dedupes a resubmitted form (double click, retry); cleared with the personal data it is derived from.
    { name: 'idempotencyKey', ...stamped, type: 'text', unique: true, index: true, hidden: true },
    { name: 'sequence', ...stamped, type: 'number', required: true, unique: true, index: true, hidden: true },
  ],
  timestamps: true,
}
