import type { ArrayField } from 'payload'

import { WEEKDAYS, checkOpeningHours, checkTime } from '../../src/validation/hours'

const DAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
}

export const openingHoursField: ArrayField = {
  name: 'openingHours',
  type: 'array',
  admin: { description: 'Regular public opening hours, in the office’s local time (24-hour clock).' },
  validate: (value: unknown) => checkOpeningHours(value as never),
  fields: [
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEEKDAYS.map((d) => ({ label: DAY_LABELS[d], value: d })),
    },
    { type: 'row', fields: [
      { name: 'opens', type: 'text', required: true, validate: (v: unknown) => checkTime(v), admin: { placeholder: '09:00' } },
      { name: 'closes', type: 'text', required: true, validate: (v: unknown) => checkTime(v), admin: { placeholder: '17:00' } },
    ] },
    { name: 'note', type: 'text', localized: true, admin: { description: 'For example "Visas: mornings only".' } },
  ],
}

export const closuresField: ArrayField = {
  name: 'closures',
  type: 'array',
  admin: { description: 'Public holidays and other dates on which the office is closed.' },
  fields: [
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'reason', type: 'text', localized: true },
  ],
}
