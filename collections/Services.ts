import type { CollectionConfig } from 'payload'

import { ministryUsers, publishedOnlyForAnonymous } from '../src/access/rules'
import { fieldCheck } from '../src/validation/field'
import { checkCurrencyCode } from '../src/validation/iso'
import { checkHttpUrl } from '../src/validation/url'
import { serviceSites } from '../src/jobs/affectedMissions'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete } from '../src/jobs/hooks/rebuildSitesHooks'
import { slugField } from './fields/slug'
import { richTextField } from './fields/richText'
import { forgetAppointmentFactsHook } from '../src/appointments/keptFacts'

export const SERVICE_CATEGORIES = [
  { value: 'passports', label: 'Passports' },
  { value: 'civil-registry', label: 'Civil registry' },
  { value: 'visas', label: 'Visas' },
  { value: 'legalisations', label: 'Legalisations and apostilles' },
  { value: 'registration', label: 'Registration of nationals abroad' },
  { value: 'voting', label: 'Voting abroad' },
  { value: 'assistance', label: 'Assistance and protection' },
  { value: 'mobile-consulate', label: 'Mobile consulate' },
  { value: 'notarial', label: 'Notarial services' },
  { value: 'other', label: 'Other' },
] as const

const fee = [
  { type: 'row' as const, fields: [
    { name: 'feeAmount', type: 'number' as const, min: 0, admin: { description: 'Leave empty when the service is free.' } },
    {
      name: 'feeCurrency', type: 'text' as const,
      validate: fieldCheck(checkCurrencyCode),
      admin: { description: 'ISO 4217, e.g. USD' },
    },
  ] },
]

/** Consular and visa services: defined once by the ministry, offered by many missions. */
export const Services: CollectionConfig = {
  slug: 'services',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', 'audience', '_status'], group: 'Consular' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOnlyForAnonymous,
    readVersions: ministryUsers,
    create: ministryUsers,
    update: ministryUsers,
    delete: ministryUsers,
  },
  hooks: {
    beforeOperation: [noteLiveVersion],
    afterChange: [rebuildAfterChange(serviceSites), forgetAppointmentFactsHook],
    afterDelete: [rebuildAfterDelete(serviceSites), forgetAppointmentFactsHook],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField({ unique: true }),
    { name: 'summary', type: 'textarea', localized: true, required: true },
    richTextField({ name: 'body', localized: true }),
    { type: 'row', fields: [
      { name: 'category', type: 'select', required: true, options: [...SERVICE_CATEGORIES] },
      {
        name: 'audience', type: 'select', hasMany: true, required: true,
        options: [ { label: 'Nationals', value: 'nationals' }, { label: 'Foreigners', value: 'foreigners' } ],
      },
    ] },
    {
      name: 'requirements', type: 'array',
      fields: [{ name: 'requirement', type: 'text', localized: true, required: true }],
    },
    ...fee,
    { name: 'processingTime', type: 'text', localized: true, admin: { placeholder: '5 working days' } },
    { name: 'appointmentUrl', type: 'text', validate: fieldCheck(checkHttpUrl) },
    {
      name: 'missions', type: 'relationship', relationTo: 'missions', hasMany: true, index: true,
      admin: { description: 'Missions that offer this service.' },
    },
    {
      name: 'missionOverrides',
      type: 'array',
      admin: { description: 'Where a mission charges a different fee or books appointments elsewhere.' },
      fields: [
        { name: 'mission', type: 'relationship', relationTo: 'missions', required: true },
        ...fee,
        { name: 'appointmentUrl', type: 'text', validate: fieldCheck(checkHttpUrl) },
      ],
    },
  ],
}
