import type { CollectionConfig } from 'payload'

import { ministryUsers } from '../../src/access/rules'
import { checkPhone } from '../../src/validation/phone'
import { CORPS_KINDS, HEAD_CLASSES, SENT_BY_ORGANISATION } from '../../src/corps/kinds'
import { checkNationalDay } from '../../src/corps/nationalDay'
import { everySite } from '../../src/jobs/affectedMissions'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { fieldCheck } from '../../src/validation/field'
import { checkCountryCode } from '../../src/validation/iso'
import { checkHttpUrl } from '../../src/validation/url'
import { publishedUnlessMinistry } from '../TravelAdvice/access'
import { checkAccreditedMission } from './hooks/checkAccreditedMission'

const sentByOrganisation = (data: Record<string, unknown> | undefined) => SENT_BY_ORGANISATION.has(data?.kind as never)

/**
 * The host country's accredited corps: the foreign embassies, consulates and international
 * organisations' offices accredited to the ministry, with their heads of mission in the order of
 * precedence (src/corps, docs/accredited-corps.md). The protocol department's list: ministry
 * users write and publish it; mission editors, like the public, read what is published.
 */
export const AccreditedMissions: CollectionConfig = {
  slug: 'accredited-missions',
  labels: { singular: 'Accredited mission', plural: 'Accredited corps' },
  admin: {
    useAsTitle: 'listName',
    defaultColumns: ['listName', 'kind', '_status', 'updatedAt'],
    group: 'Host country',
    description: 'Foreign missions and international organisations accredited in the country. Published entries appear on the ministry’s site and in its open data.',
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedUnlessMinistry,
    readVersions: ministryUsers,
    create: ministryUsers,
    update: ministryUsers,
    delete: ministryUsers,
  },
  hooks: {
    beforeOperation: [noteLiveVersion],
    beforeValidate: [checkAccreditedMission],
    // Only the ministry's site shows the corps, but the rebuild queue builds the ministry's site
    // with every site or after some missions' (src/jobs): a change rebuilds every site.
    afterChange: [rebuildAfterChange(everySite)],
    afterDelete: [rebuildAfterDelete(everySite)],
  },
  fields: [
    {
      name: 'listName', type: 'text',
      admin: { readOnly: true, hidden: true },
    },
    { name: 'kind', type: 'select', required: true, options: [...CORPS_KINDS], defaultValue: 'embassy' },
    { type: 'row', fields: [
      {
        name: 'sendingState', type: 'text',
        validate: fieldCheck(checkCountryCode),
        admin: { condition: (data) => !sentByOrganisation(data), description: 'ISO 3166-1 alpha-2 of the state that sends the mission, e.g. MX for Mexico.' },
      },
      {
        name: 'organisation', type: 'text', localized: true,
        admin: { condition: sentByOrganisation, description: 'The organisation’s full name in each language, e.g. Programa de las Naciones Unidas para el Desarrollo.' },
      },
      { name: 'acronym', type: 'text', localized: true, admin: { condition: sentByOrganisation, description: 'e.g. PNUD / UNDP' } },
    ] },
    {
      name: 'head', type: 'group', label: 'Head of mission',
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text', admin: { description: 'As in the diplomatic list, e.g. Ana Pérez Gómez.' } },
          { name: 'title', type: 'text', localized: true, admin: { placeholder: 'Embajadora Extraordinaria y Plenipotenciaria' } },
        ] },
        { type: 'row', fields: [
          {
            name: 'class', type: 'select', options: HEAD_CLASSES.map(({ value, label }) => ({ value, label })),
            admin: { description: 'Decides the order of precedence with the date: ambassadors before envoys before chargés d’affaires; consular posts apart.' },
          },
          {
            name: 'credentialsDate', type: 'date', label: 'Credentials presented',
            admin: {
              date: { pickerAppearance: 'dayAndTime' },
              description: 'Embassies: when the head presented credentials (the time orders heads received the same day). Consular posts: when the exequatur was granted. Organisations: when the head was accredited.',
            },
          },
        ] },
      ],
    },
    {
      name: 'address', type: 'group',
      fields: [
        { name: 'street', type: 'text' },
        { type: 'row', fields: [
          { name: 'postalCode', type: 'text' },
          { name: 'city', type: 'text', required: true },
        ] },
      ],
    },
    { type: 'row', fields: [
      { name: 'phone', type: 'text', validate: fieldCheck(checkPhone) },
      { name: 'email', type: 'email', admin: { description: 'The mission’s official address; never a person’s own.' } },
      { name: 'website', type: 'text', validate: fieldCheck(checkHttpUrl) },
    ] },
    {
      name: 'socialAccounts', type: 'array',
      admin: { description: 'The mission’s accounts; any common form of the address, or the handle, is saved as the platform’s canonical address.' },
      fields: [
        { type: 'row', fields: [
          { name: 'platform', type: 'relationship', relationTo: 'social-platforms', required: true },
          { name: 'url', type: 'text', required: true },
          { name: 'handle', type: 'text', admin: { readOnly: true } },
        ] },
      ],
    },
    {
      name: 'nationalDay', type: 'text',
      validate: fieldCheck(checkNationalDay),
      admin: { placeholder: 'MM-DD', description: 'The sending state’s national day (or the organisation’s day), as month and day: 09-16 for 16 September.' },
    },
    {
      name: 'sampleData', type: 'checkbox', defaultValue: false,
      admin: { position: 'sidebar', description: 'Addresses, numbers, names and dates are invented demo data.' },
    },
  ],
}
