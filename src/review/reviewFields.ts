import type { Field } from 'payload'

import { ministryUsersField } from '../access/rules'
import { REVIEW_STATE_OPTIONS } from './reviewTransition'

const nobodyWrites = { create: () => false, update: () => false }

/**
 * The review's place on the document, in the sidebar beside the publish buttons: the mission
 * editor submits by choosing "Submitted for review" and saving the draft; the ministry editor
 * returns it with a comment, or approves it by publishing. Who and when are stamped by the hook.
 */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState', type: 'select', defaultValue: 'editing', index: true, options: REVIEW_STATE_OPTIONS,
    label: 'Review',
    admin: {
      position: 'sidebar',
      description: 'To ask for publication, choose "Submitted for review" and save the draft. A ministry editor publishes it or returns it with a comment.',
    },
  },
  {
    name: 'reviewComment', type: 'textarea', label: 'Reviewer’s comment',
    access: { create: ministryUsersField, update: ministryUsersField },
    admin: { position: 'sidebar', description: 'Written by the ministry editor who returns the draft: what to change.' },
  },
  {
    name: 'submittedBy', type: 'relationship', relationTo: 'users', access: nobodyWrites,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.submittedBy) },
  },
  { name: 'submittedAt', type: 'date', access: nobodyWrites, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.submittedAt) } },
  {
    name: 'decidedBy', type: 'relationship', relationTo: 'users', access: nobodyWrites,
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.decidedBy) },
  },
  { name: 'decidedAt', type: 'date', access: nobodyWrites, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => Boolean(data?.decidedAt) } },
]
