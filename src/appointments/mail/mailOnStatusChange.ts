import type { CollectionAfterChangeHook } from 'payload'

// Stub so the bookings collection loads while the staff-cancellation mail is written.
export const mailOnStatusChange: CollectionAfterChangeHook = ({ doc }) => doc
