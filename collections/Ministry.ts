import type { GlobalConfig } from 'payload'

import { anyone, ministryUsers } from '../src/access/rules'
import { fieldCheck } from '../src/validation/field'
import { rebuildAllAfterGlobalChange } from '../src/jobs/hooks/rebuildSitesHooks'
import { checkHttpUrl } from '../src/validation/url'
import { richTextField } from './fields/richText'

const HEX = /^#[0-9a-fA-F]{6}$/
const colour = (name: string, defaultValue: string) => ({
  name, type: 'text' as const, required: true, defaultValue,
  validate: (v: unknown) => (typeof v === 'string' && HEX.test(v) ? true : 'must be a colour such as "#0b3d91"'),
})
const FONT = /^[\p{L}\p{N} ,'"-]+$/u

/** The ministry and its brand, applied to every mission's site from this one place. */
export const Ministry: GlobalConfig = {
  slug: 'ministry',
  access: { read: anyone, update: ministryUsers },
  admin: { group: 'Network' },
  hooks: { afterChange: [rebuildAllAfterGlobalChange] },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    { name: 'shortName', type: 'text', localized: true },
    { name: 'emblem', type: 'upload', relationTo: 'media' },
    { name: 'baseUrl', type: 'text', required: true, validate: fieldCheck(checkHttpUrl, { required: true }) },
    {
      name: 'brand',
      type: 'group',
      admin: { description: 'Colours and typefaces every mission site uses.' },
      fields: [
        { type: 'row', fields: [colour('primary', '#0b3d91'), colour('secondary', '#ffd100'), colour('accent', '#c8102e'), colour('text', '#1b1b1b')] },
        { type: 'row', fields: [
          { name: 'headingFont', type: 'text', required: true, defaultValue: 'Georgia, serif',
            validate: (v: unknown) => (typeof v === 'string' && FONT.test(v) ? true : 'must be a CSS font list such as "Georgia, serif"') },
          { name: 'bodyFont', type: 'text', required: true, defaultValue: 'system-ui, sans-serif',
            validate: (v: unknown) => (typeof v === 'string' && FONT.test(v) ? true : 'must be a CSS font list such as "system-ui, sans-serif"') },
        ] },
      ],
    },
    {
      name: 'relatedLinks',
      type: 'array',
      admin: { description: 'Related bodies shown in every site’s footer.' },
      fields: [
        { type: 'row', fields: [
          {
            name: 'kind', type: 'select', required: true,
            options: [
              { label: 'Cooperation agency', value: 'cooperation-agency' },
              { label: 'Diplomatic academy', value: 'diplomatic-academy' },
              { label: 'Trade promotion', value: 'trade-promotion' },
              { label: 'Other', value: 'other' },
            ],
          },
          { name: 'label', type: 'text', localized: true, required: true },
          { name: 'url', type: 'text', required: true, validate: fieldCheck(checkHttpUrl, { required: true }) },
        ] },
      ],
    },
    { name: 'footerText', type: 'textarea', localized: true },
    richTextField({ name: 'charter', localized: true, label: 'Citizen service charter' }),
    {
      name: 'citizenAttention',
      type: 'group',
      admin: { description: 'The charter’s commitments, shown on every site’s charter page and measured by the presence audit.' },
      fields: [
        {
          name: 'replyWithinWorkingDays', type: 'number', required: true, defaultValue: 3, min: 1, max: 60,
          admin: { description: 'The promise: every enquiry gets a first reply within this many working days (Monday to Friday).' },
        },
        {
          name: 'commitments', type: 'array',
          admin: { description: 'The other commitments of the charter, one sentence each (languages served, opening hours kept, …).' },
          fields: [{ name: 'text', type: 'text', localized: true, required: true }],
        },
        {
          name: 'enquiryRetentionDays', type: 'number', required: true, defaultValue: 365, min: 30, max: 3650,
          admin: { description: 'Closed enquiries and survey comments are anonymised this many days after closing.' },
        },
        {
          name: 'bookingRetentionDays', type: 'number', required: true, defaultValue: 30, min: 1, max: 3650,
          admin: { description: 'Appointment bookings lose the applicant’s name, e-mail, phone and document number this many days after the appointment; what the figures count stays.' },
        },
      ],
    },
  ],
}
