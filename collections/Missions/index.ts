import type { CollectionConfig } from 'payload'

import { anyone, ministryAdminField, ministryAdminOnly, ministryUsersField, signedInField, updateOwnMission } from '../../src/access/rules'
import { LOCALE_OPTIONS } from '../../src/config/locales'
import { fieldCheck } from '../../src/validation/field'
import { checkCountryCode } from '../../src/validation/iso'
import { checkHttpUrl } from '../../src/validation/url'
import { checkMissionSlug } from '../../src/validation/slug'
import { isTimeZone } from '../../src/appointments/zonedTime'
import { everySite, missionSite } from '../../src/jobs/affectedMissions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { slugField } from '../fields/slug'
import { preventDeletingMissionWithContent } from './hooks/preventDeletingMissionWithContent'
import { checkMissionLocales } from './hooks/checkMissionLocales'
import { rebuildNetworkOnDirectoryChange } from './hooks/rebuildNetworkOnDirectoryChange'
import { MISSION_TYPES } from './officeTypes'
import { officesField } from './offices'
import { forgetAppointmentFactsHook } from '../../src/appointments/keptFacts'

const structural = { update: ministryUsersField, create: ministryUsersField }

/**
 * The tenant of everything a mission edits. Missions are closed, never deleted, so
 * their history (and their old press releases) stays on record.
 */
export const Missions: CollectionConfig = {
  slug: 'missions',
  labels: { singular: 'Mission', plural: 'Missions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'hostCountry', 'city', 'status'],
    group: 'Network',
  },
  access: {
    read: anyone,
    create: ministryAdminOnly,
    update: updateOwnMission('id'),
    delete: ministryAdminOnly,
  },
  hooks: {
    beforeValidate: [checkMissionLocales],
    beforeDelete: [preventDeletingMissionWithContent],
    afterChange: [rebuildAfterChange(missionSite), rebuildNetworkOnDirectoryChange, forgetAppointmentFactsHook],
    // A build of every site removes the folder of a mission that no longer exists.
    afterDelete: [rebuildAfterDelete(everySite), forgetAppointmentFactsHook],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField({ unique: true, access: structural, validate: (value: unknown) => checkMissionSlug(value) }),
    { name: 'type', type: 'select', required: true, options: [...MISSION_TYPES], access: structural },
    { type: 'row', fields: [
      {
        name: 'hostCountry', type: 'text', required: true, index: true, access: structural,
        validate: fieldCheck(checkCountryCode, { required: true }),
        admin: { description: 'ISO 3166-1 alpha-2, e.g. ES for Spain.' },
      },
      { name: 'city', type: 'text', localized: true, required: true },
    ] },
    {
      name: 'jurisdiction',
      type: 'array',
      admin: { description: 'Countries, or regions of a country, this mission serves.' },
      fields: [
        { type: 'row', fields: [
          { name: 'country', type: 'text', required: true, index: true, validate: fieldCheck(checkCountryCode, { required: true }) },
          { name: 'region', type: 'text', localized: true, admin: { description: 'Leave empty for the whole country.' } },
        ] },
      ],
    },
    {
      name: 'parent', type: 'relationship', relationTo: 'missions', access: structural,
      admin: { description: 'The embassy a consulate reports to.' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: string | number }) =>
        value && id && (value === id || (value as { id?: unknown }).id === id) ? 'a mission cannot be its own parent' : true,
    },
    {
      name: 'headOfMission',
      type: 'group',
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text' },
          { name: 'title', type: 'text', localized: true, admin: { placeholder: 'Ambassador' } },
        ] },
      ],
    },
    { type: 'row', fields: [
      {
        name: 'siteLocales', type: 'select', hasMany: true, required: true, options: LOCALE_OPTIONS, access: structural,
        admin: { description: 'Languages this mission’s site is published in.' },
      },
      {
        name: 'defaultLocale', type: 'select', required: true, options: LOCALE_OPTIONS, access: structural,
        admin: { description: 'Shown first, and used wherever a translation is missing.' },
      },
    ] },
    {
      name: 'baseUrl', type: 'text', required: true, access: structural,
      validate: fieldCheck(checkHttpUrl, { required: true }),
      admin: { description: 'Public address of the mission’s site, e.g. https://madrid.example.gob.ec' },
    },
    {
      name: 'timeZone', type: 'text', access: structural,
      validate: fieldCheck((value) => (isTimeZone(value) ? true : 'must be an IANA time zone name such as "Europe/Madrid" or "America/Guayaquil" (or "UTC")')),
      admin: { description: 'IANA time zone of the mission, e.g. Europe/Madrid: decides what "today" and "09:00" mean for appointments.' },
    },
    {
      name: 'status', type: 'select', required: true, index: true, defaultValue: 'open', access: structural,
      options: [ { label: 'Open', value: 'open' }, { label: 'Closed', value: 'closed' } ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'sampleData', type: 'checkbox', defaultValue: false, access: structural,
      admin: { position: 'sidebar', description: 'Addresses and numbers are invented demo data.' },
    },
    {
      name: 'trusted', type: 'checkbox', defaultValue: false,
      access: { create: ministryAdminField, update: ministryAdminField },
      admin: {
        position: 'sidebar',
        description: 'Its editors publish their own press releases and pages without review (set by a ministry administrator). Alerts still go through the ministry.',
      },
    },
    officesField,
    {
      name: 'internalNotes', type: 'textarea',
      access: { read: signedInField },
      admin: { description: 'Never published: visible to signed-in staff only.' },
    },
  ],
}
