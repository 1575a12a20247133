import type { ArrayField } from 'payload'

import { checkCountryCode } from '../../src/validation/iso'
import { checkCoordinatePair, checkLatitude, checkLongitude } from '../../src/validation/geo'
import { checkPhone } from '../../src/validation/phone'
import { checkHttpUrl } from '../../src/validation/url'
import { fieldCheck } from '../../src/validation/field'
import { closuresField, openingHoursField } from '../fields/openingHours'

export const officesField: ArrayField = {
  name: 'offices',
  type: 'array',
  labels: { singular: 'Office', plural: 'Offices' },
  admin: { description: 'Where the public is received. Mark one as the main office.' },
  fields: [
    { type: 'row', fields: [
      { name: 'name', type: 'text', localized: true, required: true },
      { name: 'isMain', type: 'checkbox', label: 'Main office', defaultValue: false },
    ] },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true },
        { type: 'row', fields: [
          { name: 'postalCode', type: 'text' },
          { name: 'city', type: 'text', required: true },
          {
            name: 'country', type: 'text', required: true,
            validate: fieldCheck(checkCountryCode, { required: true }),
            admin: { description: 'ISO 3166-1 alpha-2, e.g. ES' },
          },
        ] },
      ],
    },
    { type: 'row', fields: [
      {
        name: 'latitude', type: 'number',
        validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
          const range = checkLatitude(value)
          return range === true ? checkCoordinatePair(value, siblingData?.longitude) : range
        },
      },
      { name: 'longitude', type: 'number', validate: (value: unknown) => checkLongitude(value) },
    ] },
    {
      name: 'phones',
      type: 'array',
      fields: [
        { type: 'row', fields: [
          { name: 'label', type: 'text', localized: true, required: true, admin: { placeholder: 'Switchboard' } },
          { name: 'number', type: 'text', required: true, validate: fieldCheck(checkPhone, { required: true }) },
        ] },
      ],
    },
    {
      name: 'emergencyPhone', type: 'text', label: '24-hour emergency number',
      validate: fieldCheck(checkPhone),
      admin: { description: 'For nationals in an emergency: arrest, accident, death, disaster. Answered day and night.' },
    },
    { name: 'email', type: 'email' },
    { name: 'contactFormUrl', type: 'text', validate: fieldCheck(checkHttpUrl) },
    openingHoursField,
    closuresField,
    { name: 'access', type: 'textarea', localized: true, admin: { description: 'How to get there; step-free access.' } },
    { name: 'services', type: 'relationship', relationTo: 'services', hasMany: true, admin: { description: 'Services offered at this office.' } },
  ],
}
