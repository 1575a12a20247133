import type { LocaleCode } from '../../../config/locales'

export type AppointmentMission = 'madrid' | 'barcelona'
export type AppointmentService = 'passport' | 'consular-registration'

/** Who marks attendance and cancels for the two missions in the demo (data/users.ts). */
export const DEMO_CONSULAR_STAFF = 'madrid@chancery.example'

type Booked = {
  /** Stable across runs: the natural key (as idempotency key `seed:<key>`); references depend on what the network already holds. */
  key: string
  mission: AppointmentMission
  service: AppointmentService
  /**
   * Days the office gives appointments, counted from the run's: 0 is the run's day (the next
   * open one on a weekend or holiday), 1 the open day after it, -1 the one before. Counting
   * open days, not calendar days, keeps every booking on a day the schedule offers.
   */
  day: number
  /** Local time of the slot (a 15-minute slot of the office's 09:00–14:00). */
  time: string
  /** Which of the slot's two places; no two live bookings share one. */
  place: 1 | 2
  /** Calendar days before the appointment it was booked (at least 2: the flow asks for 24 hours' notice). */
  bookedDaysBefore: number
  /** One of the mission's site languages: the one the booking pages were read in. */
  locale: LocaleCode
  /** Invented; the writer marks it "(sample data)". */
  name: string
  email: `${string}@example.${'org' | 'com'}`
  phone?: string
  /** Invented, and says so. */
  documentNumber?: `SAMPLE-${string}`
  people: number
}

/**
 * Appointments to come are booked; past ones were attended or missed (staff recorded which);
 * any may have been cancelled, by the applicant through the link or by staff with a reason.
 */
export type BookingSeed = Booked &
  (
    | { status: 'booked' }
    | { status: 'attended' | 'no-show' }
    | { status: 'cancelled'; cancelledBy: 'applicant'; cancelledDaysBefore: number }
    /** Staff say why, in the booking's language: the applicant is e-mailed the reason. */
    | { status: 'cancelled'; cancelledBy: 'staff'; reason: string; cancelledDaysBefore: number }
  )
