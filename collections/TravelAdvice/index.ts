import type { CollectionConfig, Field } from 'payload'

import { ministryUsers } from '../../src/access/rules'
import { ADVICE_PARTS, ALERT_LEVEL_OPTIONS } from '../../src/content/travelAdviceLevels'
import { travelAdviceSites } from '../../src/jobs/affectedMissions'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { fieldCheck } from '../../src/validation/field'
import { checkCountryCode } from '../../src/validation/iso'
import { richTextField } from '../fields/richText'
import { publishedUnlessMinistry } from './access'
import { recordChange } from './hooks/recordChange'

const PART_LABELS: Record<(typeof ADVICE_PARTS)[number], string> = {
  safety: 'Safety and security',
  entry: 'Entry requirements',
  health: 'Health',
  laws: 'Local laws and customs',
  hazards: 'Natural hazards',
  help: 'Getting help',
}

const levelField = (description?: string): Field => ({
  name: 'level', type: 'select', required: true, options: [...ALERT_LEVEL_OPTIONS], ...(description ? { admin: { description } } : {}),
})

/**
 * Advice to the network's nationals travelling to one country (ISO 3166-1): the ministry writes,
 * schedules and publishes it; every mission serving that country shows its level. Each publish
 * is recorded in `changes` (hooks/recordChange.ts), the history pages and feeds are made of.
 */
export const TravelAdvice: CollectionConfig = {
  slug: 'travel-advice',
  labels: { singular: 'Travel advice', plural: 'Travel advice' },
  admin: {
    useAsTitle: 'country',
    defaultColumns: ['country', 'level', 'reviewedAt', '_status'],
    group: 'Consular',
    description: 'One advice per destination country. Publish with a change note; schedule a publication from the publish button.',
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 100 },
  access: {
    read: publishedUnlessMinistry,
    readVersions: ministryUsers,
    create: ministryUsers,
    update: ministryUsers,
    delete: ministryUsers,
  },
  hooks: {
    beforeOperation: [noteLiveVersion],
    beforeChange: [recordChange],
    afterChange: [rebuildAfterChange(travelAdviceSites)],
    afterDelete: [rebuildAfterDelete(travelAdviceSites)],
  },
  fields: [
    { type: 'row', fields: [
      {
        name: 'country', type: 'text', required: true, unique: true, index: true,
        validate: fieldCheck(checkCountryCode, { required: true }),
        admin: { description: 'ISO 3166-1 alpha-2, e.g. ES for Spain. One advice per country.' },
      },
      levelField('For the whole country; regions below may differ.'),
    ] },
    { name: 'summary', type: 'textarea', localized: true, required: true },
    {
      name: 'parts', type: 'group',
      fields: ADVICE_PARTS.map((part) => richTextField({ name: part, label: PART_LABELS[part], localized: true })),
    },
    {
      name: 'regions', type: 'array',
      admin: { description: 'Parts of the country at another level than the whole.' },
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text', localized: true, required: true },
          levelField(),
        ] },
        { name: 'summary', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'reviewedAt', type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, description: 'When the advice was last reviewed (set on first publication if empty).' },
    },
    {
      name: 'changeNote', type: 'textarea', localized: true,
      admin: { position: 'sidebar', description: 'What this publication changes, in a sentence. Required to publish.' },
    },
    {
      name: 'majorChange', type: 'checkbox', defaultValue: false,
      admin: { position: 'sidebar', description: 'A major change goes to the country’s feed, which subscribers follow.' },
    },
    {
      name: 'changes', type: 'array',
      admin: { readOnly: true, description: 'Every published change, oldest first. Written on publication; never edited.' },
      fields: [
        { type: 'row', fields: [
          { name: 'at', type: 'date', required: true },
          { name: 'major', type: 'checkbox' },
          { name: 'level', type: 'select', options: [...ALERT_LEVEL_OPTIONS] },
        ] },
        { name: 'note', type: 'json' },
      ],
    },
  ],
}
