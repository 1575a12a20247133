import type { ArrayField, CollectionConfig } from 'payload'

import { anyone, createForOwnMission, ownMissionOnly, updateOwnMission } from '../../src/access/rules'
import { enforceMissionScope } from '../../src/hooks/enforceMissionScope'
import { ownMissionSite } from '../../src/jobs/affectedMissions'
import { rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { closuresField, openingHoursField } from '../fields/openingHours'
import { missionOwnerField } from '../fields/missionOwner'
import { checkSchedule } from './hooks/checkSchedule'
import { keepScheduleWithBookings } from './hooks/keepScheduleWithBookings'
import { forgetAppointmentFactsHook } from '../../src/appointments/keptFacts'

const noOne = () => false

export const APPOINTMENTS_GROUP = 'Consular appointments'

const weeklySchedule: ArrayField = {
  ...openingHoursField,
  name: 'weeklySchedule',
  admin: { description: 'When appointments are given, in the mission’s local time. Leave empty to use the office’s opening hours.' },
  fields: openingHoursField.fields.filter((f) => !('name' in f && f.name === 'note')),
}

const closedDays: ArrayField = {
  ...closuresField,
  name: 'closedDays',
  admin: { description: 'Days without appointments for this service. The office’s own closures apply as well.' },
}

/**
 * When one office of a mission gives appointments for one service: slot length, places per
 * slot, hours and closed days, how far ahead and how soon. Public facts (the booking pages and
 * the generated sites read them); written by the mission's own editors and ministry users.
 */
export const AppointmentSchedules: CollectionConfig = {
  slug: 'appointment-schedules',
  labels: { singular: 'Appointment schedule', plural: 'Appointment schedules' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slotMinutes', 'placesPerSlot', 'active', 'mission'],
    group: APPOINTMENTS_GROUP,
    description: 'One per office and service that takes appointments. The mission needs a time zone first.',
  },
  access: {
    read: anyone,
    create: createForOwnMission(),
    update: updateOwnMission(),
    delete: ownMissionOnly(),
  },
  hooks: {
    beforeValidate: [enforceMissionScope('mission')],
    beforeChange: [checkSchedule],
    beforeDelete: [keepScheduleWithBookings],
    // The mission's service pages and home page show "Book an appointment" and the next free date.
    afterChange: [rebuildAfterChange(ownMissionSite), forgetAppointmentFactsHook],
    afterDelete: [rebuildAfterDelete(ownMissionSite), forgetAppointmentFactsHook],
  },
  fields: [
    { name: 'title', type: 'text', access: { create: noOne, update: noOne }, admin: { readOnly: true, description: 'Service — office, mission: set on saving.' } },
    missionOwnerField({ required: true }),
    {
      name: 'office', type: 'text', required: true,
      admin: { description: 'The id of one of the mission’s offices (Missions → the mission → Offices: each row’s id). The office must offer the service.' },
    },
    { name: 'service', type: 'relationship', relationTo: 'services', required: true, index: true },
    { type: 'row', fields: [
      { name: 'slotMinutes', type: 'number', required: true, defaultValue: 15, min: 5, max: 240, admin: { description: 'Length of one appointment, minutes.' } },
      { name: 'placesPerSlot', type: 'number', required: true, defaultValue: 1, min: 1, max: 50, admin: { description: 'Appointments given at the same time (counters open).' } },
    ] },
    weeklySchedule,
    closedDays,
    { type: 'row', fields: [
      { name: 'bookAheadDays', type: 'number', required: true, defaultValue: 60, min: 1, max: 365, admin: { description: 'How many days ahead people may book.' } },
      { name: 'minNoticeHours', type: 'number', required: true, defaultValue: 24, min: 0, max: 720, admin: { description: 'The least notice, hours before the appointment.' } },
    ] },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, admin: { position: 'sidebar', description: 'Unticked: nothing new can be booked; existing bookings stay.' } },
    // One schedule per mission × office × service; the database holds it against concurrent saves.
    { name: 'scopeKey', type: 'text', unique: true, index: true, hidden: true, access: { create: noOne, update: noOne } },
  ],
  timestamps: true,
}
