import type { CollectionConfig } from 'payload'

import { ministryAdminOnly, nobody, ownMissionOnly } from '../../src/access/rules'
import { checkInEndpoint } from '../../src/appointments/checkIn'
import { mailOnStatusChange } from '../../src/appointments/mail/mailOnStatusChange'
import { LOCALE_OPTIONS } from '../../src/config/locales'
import { enforceMissionScope } from '../../src/hooks/enforceMissionScope'
import { APPOINTMENTS_GROUP } from '../AppointmentSchedules'
import { missionOwnerField } from '../fields/missionOwner'
import { changeStatusByStaff } from './hooks/changeStatusByStaff'

export const BOOKING_STATUSES = [
  { value: 'booked', label: 'Booked' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'attended', label: 'Attended' },
  { value: 'no-show', label: 'No-show' },
] as const

export const HISTORY_ACTIONS = ['booked', 'moved', 'cancelled', 'attended', 'no-show', 'reminded'] as const

const noOne = () => false
/** Set by the booking flow or by the hooks: shown to staff, never written through the API. */
const stamped = { access: { update: noOne } }
const fromTheApplicant = { readOnly: true } as const
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * Consular appointments booked by the public (src/appointments/bookingStore.ts, never through
 * the API). Personal data: read and handled only by the mission's own staff and ministry users.
 * Staff mark attendance or cancel with a reason; a cancellation gives the place back at once.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: 'Booking', plural: 'Bookings' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'slotStart', 'status', 'service', 'name', 'mission'],
    group: APPOINTMENTS_GROUP,
    description: 'Booked by the public. Set the status to record attendance, or cancel with a reason (the applicant is e-mailed).',
  },
  access: {
    read: ownMissionOnly(),
    create: nobody,
    update: ownMissionOnly(),
    delete: ministryAdminOnly,
  },
  // Staff check-in from the admin's day list (/admin/appointments), a plain form post.
  endpoints: [checkInEndpoint],
  // The places taken in a schedule's window (every step of the booking flow) and a mission's
  // bookings by time (the day list, the figures): MongoDB uses one index per query.
  indexes: [{ fields: ['schedule', 'slotStart'] }, { fields: ['mission', 'slotStart'] }],
  hooks: {
    beforeValidate: [enforceMissionScope('mission')],
    beforeChange: [changeStatusByStaff],
    afterChange: [mailOnStatusChange],
  },
  fields: [
    { name: 'reference', ...stamped, type: 'text', required: true, unique: true, index: true, admin: { readOnly: true, position: 'sidebar' } },
    missionOwnerField({ required: true, ...stamped, admin: { position: 'sidebar', readOnly: true } }),
    {
      name: 'status', type: 'select', required: true, defaultValue: 'booked', index: true,
      options: [...BOOKING_STATUSES], admin: { position: 'sidebar', description: 'Attended and no-show once the appointment has started. Cancelled needs a reason.' },
    },
    {
      name: 'cancelReason', type: 'textarea',
      admin: { position: 'sidebar', description: 'Required to cancel; sent to the applicant.', condition: (data) => data?.status === 'cancelled' },
    },
    { name: 'cancelledBy', ...stamped, type: 'select', options: ['applicant', 'staff'], admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.status === 'cancelled' } },
    { type: 'row', fields: [
      { name: 'slotStart', ...stamped, type: 'date', required: true, index: true, admin: { readOnly: true, ...dayAndTime } },
      { name: 'slotEnd', ...stamped, type: 'date', required: true, index: true, admin: { readOnly: true, ...dayAndTime } },
      { name: 'place', ...stamped, type: 'number', required: true, admin: { readOnly: true, description: 'Which of the slot’s places.' } },
    ] },
    { type: 'row', fields: [
      { name: 'schedule', ...stamped, type: 'relationship', relationTo: 'appointment-schedules', required: true, index: true, admin: { readOnly: true } },
      { name: 'service', ...stamped, type: 'relationship', relationTo: 'services', required: true, index: true, admin: { readOnly: true } },
      { name: 'office', ...stamped, type: 'text', required: true, index: true, admin: { readOnly: true, description: 'Id of the mission’s office.' } },
    ] },
    { type: 'row', fields: [
      { name: 'name', ...stamped, type: 'text', admin: fromTheApplicant },
      { name: 'email', ...stamped, type: 'email', index: true, admin: fromTheApplicant },
      { name: 'phone', ...stamped, type: 'text', admin: fromTheApplicant },
    ] },
    { type: 'row', fields: [
      { name: 'documentNumber', ...stamped, type: 'text', admin: fromTheApplicant },
      { name: 'people', ...stamped, type: 'number', min: 1, max: 6, defaultValue: 1, admin: fromTheApplicant },
      { name: 'locale', ...stamped, type: 'select', required: true, options: LOCALE_OPTIONS, admin: { ...fromTheApplicant, description: 'Mails to the applicant are written in it.' } },
    ] },
    {
      name: 'history', ...stamped, type: 'array', admin: { readOnly: true },
      fields: [
        { type: 'row', fields: [
          { name: 'at', type: 'date', required: true, admin: dayAndTime },
          { name: 'action', type: 'select', required: true, options: [...HISTORY_ACTIONS] },
          { name: 'by', type: 'text', admin: { description: 'applicant, staff e-mail, or system' } },
        ] },
        { name: 'note', type: 'text' },
      ],
    },
    { name: 'reminderSentAt', ...stamped, type: 'date', index: true, admin: { readOnly: true, position: 'sidebar', ...dayAndTime } },
    { name: 'anonymisedAt', ...stamped, type: 'date', index: true, admin: { readOnly: true, position: 'sidebar', description: 'Personal data removed after the retention period.' } },
    // The place this booking holds: `${scheduleId}|${slotStartISO}|${place}`; `released:${id}` once cancelled. Unique, so
    // two bookings can never hold one place, whatever runs at once (never null: MongoDB's unique index counts nulls as equal).
    { name: 'placeKey', ...stamped, type: 'text', required: true, unique: true, index: true, hidden: true },
    // The manage link's current nonce (src/appointments/bookingToken.ts); replaced on every change so a link works once.
    { name: 'tokenNonce', ...stamped, type: 'text', hidden: true },
    // Dedupes a confirmation sent twice; retired (made unique and unmatchable) when the booking is moved or cancelled.
    { name: 'idempotencyKey', ...stamped, type: 'text', required: true, unique: true, index: true, hidden: true },
    { name: 'sequence', ...stamped, type: 'number', required: true, unique: true, index: true, hidden: true },
  ],
  timestamps: true,
}
