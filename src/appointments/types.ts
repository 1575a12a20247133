import type { Booking } from '../payload-types'

export type { Weekday } from '../validation/hours'
import type { Weekday } from '../validation/hours'

/**
 * Everything the slot engine needs about one office × service, flattened from the schedule, its
 * mission and its office (schedules.ts), so the engine itself reads no database and no clock.
 */
export type ScheduleRules = {
  scheduleId: string
  missionId: string
  missionSlug: string
  officeId: string
  /** Localised names by locale (or one string when the office's name is not localised). */
  officeName: Record<string, string> | string
  serviceId: string
  serviceSlug: string
  /** IANA zone of the mission: decides what "today" and "09:00" mean. */
  timeZone: string
  slotMinutes: number
  placesPerSlot: number
  weekly: { days: Weekday[]; opens: string; closes: string }[]
  /** Local dates (YYYY-MM-DD) on which nothing is booked: the schedule's and the office's closures. */
  closedDates: string[]
  bookAheadDays: number
  minNoticeHours: number
}

export type Slot = {
  /** UTC ISO instant, as Date#toISOString writes it; the key of a slot everywhere. */
  start: string
  end: string
  /** Local date and time in the mission's zone, for display. */
  localDate: string
  localTime: string
  places: number
  taken: number
  free: number
}

/** One local day of the booking window and its slots that can still be booked in time (full ones included, with free 0). */
export type DayAvailability = { date: string; slots: Slot[] }

export type SlotRefusal = 'past' | 'not-a-slot' | 'closed-day' | 'beyond-window' | 'too-little-notice' | 'full'

export type TokenRefusal = 'token-invalid' | 'token-used'

export type BookingStatus = 'booked' | 'cancelled' | 'attended' | 'no-show'

export type HistoryAction = 'booked' | 'moved' | 'cancelled' | 'attended' | 'no-show' | 'reminded'

export type BookingDoc = Booking
