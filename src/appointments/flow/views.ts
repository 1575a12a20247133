/**
 * What the booking flow's templates are given: plain, already localized data and the addresses
 * to print. The flow (src/appointments/flow) builds these from the schedules and the mission's
 * published site; the templates (templates/appointments) are pure functions of them.
 */
import type { FieldErrors } from '../../citizen/formFields'
import type { LocaleCode, MissionSiteView, OfficeView } from '../../content/viewModels'
import type { BookingValues } from '../bookingInput'
import type { SlotRefusal } from '../types'

export type BookStep = 'service' | 'office' | 'day' | 'time' | 'details' | 'review'
export type MoveStep = 'day' | 'time' | 'review'

/** Why a step is shown again instead of the next one; each is worded in the visitor's language. */
export type FlowNotice =
  | SlotRefusal
  | 'unknown-service'
  | 'unknown-office'
  | 'no-times'
  | 'choose-time'
  | 'rate-limited'

export type ChosenService = { slug: string; title: string; requirements: string[] }
export type ChosenOffice = { id: string; name: string; address: OfficeView['address'] }
export type ChosenSlot = { start: string; end: string }

/** The choices a query carries (GET links and forms of the steps). */
export type FlowChoice = Partial<Record<'service' | 'office' | 'day' | 'slot', string>>

/**
 * One page of the flow: the mission's site to frame it, the mission's zone for every time it
 * shows, what was chosen so far, and where its links and forms go.
 */
export type FlowFrame = {
  site: MissionSiteView
  timeZone: string
  /** Booking anew, or moving an existing booking (the manage link's day and time steps). */
  mode: 'book' | 'move'
  service: ChosenService | null
  office: ChosenOffice | null
  day: string | null
  slot: ChosenSlot | null
  /** The flow's GET address with these choices (the mission, language and any booking kept). */
  href: (choice: FlowChoice) => string
  /** The same page in another language the mission serves. */
  hrefIn: (locale: LocaleCode) => string
  /** Where the flow's forms post. */
  action: string
  /** Fields every form of this flow carries (mission and language, or booking and token). */
  hidden: Record<string, string>
}

export type ServiceOption = { slug: string; title: string; summary: string; nextDate: string | null }
export type OfficeOption = { id: string; name: string; address: OfficeView['address']; nextDate: string | null }
export type DayOption = { date: string; free: number }
export type TimeOption = { start: string; free: number }

/** The details form, blank, sent back with its errors, or filled again from the review page. */
export type DetailsState = { errors: FieldErrors; values: Partial<BookingValues> }

/** What the visitor is about to confirm; the key makes a resent confirmation one booking. */
export type ReviewState = { values: BookingValues; key: string }

/** A booking as its pages show it: never the applicant's details unless the visitor proved the link. */
export type BookingSummary = {
  reference: string
  status: 'booked' | 'cancelled' | 'attended' | 'no-show'
  slot: ChosenSlot
  service: ChosenService | null
  office: ChosenOffice | null
  people: number
  /** Only on the manage page (the token was checked). */
  name?: string
}
