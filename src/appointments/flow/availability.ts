import type { Payload } from 'payload'

import { takenPlaces } from '../takenPlaces'
import { availability, availabilityOn, bookingDates, checkSlot, dayBounds, isClosedDay, parseInstant, slotKey, slotsOfDay, windowBounds } from '../slots'
import type { DayAvailability, ScheduleRules, SlotRefusal } from '../types'
import { isLocalDate, localDateOf } from '../zonedTime'
import type { DayOption, FlowNotice, TimeOption } from './views'

/**
 * What a schedule offers now, read once per request, and why a day or a time the visitor
 * asked for cannot be had. The slot engine (slots.ts) decides; this only words its answers
 * as the steps need them.
 */
export type Offer = { rules: ScheduleRules; days: DayAvailability[] }

export async function offerOf(payload: Payload, rules: ScheduleRules, now: Date): Promise<Offer> {
  const { fromIso, toIso } = windowBounds(rules, now)
  return { rules, days: availability(rules, now, await takenPlaces(payload, rules.scheduleId, fromIso, toIso)) }
}

/**
 * What a refused time's answer shows (refusedTime in bookingSteps.ts): the day the visitor was
 * on, or the refused time's own day, when either still has free times; only when neither has is
 * the whole window read, for the next day that has. Most refusals under load are a slot taken a
 * moment ago on a day that has other times, and a day's bookings are far fewer than a window's.
 */
export async function offerForRefusal(payload: Payload, rules: ScheduleRules, now: Date, startIso: string, shownDay: string | null): Promise<Offer> {
  const dates = [shownDay, dayOfSlot(rules, startIso)].filter((d): d is string => d !== null && isLocalDate(d))
  if (dates.length > 0) {
    const sorted = [...dates].sort()
    const { fromIso, toIso } = dayBounds(rules, now, sorted[0]!, sorted[sorted.length - 1]!)
    const near: Offer = { rules, days: fromIso < toIso ? availabilityOn(rules, now, await takenPlaces(payload, rules.scheduleId, fromIso, toIso), dates) : [] }
    if (dates.some((d) => timeOptions(near, d).length > 0)) return near
  }
  return offerOf(payload, rules, now)
}

export const nextDateOf = (offer: Offer): string | null => offer.days[0]?.date ?? null

export const dayOptions = (offer: Offer): DayOption[] =>
  offer.days.map((day) => ({ date: day.date, free: day.slots.filter((s) => s.free > 0).length }))

export function timeOptions(offer: Offer, date: string): TimeOption[] {
  const day = offer.days.find((d) => d.date === date)
  return (day?.slots ?? []).filter((s) => s.free > 0).map((s) => ({ start: s.start, free: s.free }))
}

/** Why a day offers nothing: the first reason a visitor can act on, or null when it has free times. */
export function dayRefusal(offer: Offer, date: string, now: Date): FlowNotice | null {
  if (timeOptions(offer, date).length > 0) return null
  const { rules } = offer
  if (!isLocalDate(date)) return 'not-a-slot'
  const { first, last } = bookingDates(rules, now)
  if (date < first) return 'past'
  if (date > last) return 'beyond-window'
  if (isClosedDay(rules, date)) return 'closed-day'
  const earliest = now.getTime() + rules.minNoticeHours * 3_600_000
  const slots = slotsOfDay(rules, date)
  if (slots.length > 0 && slots.every((s) => s.start.getTime() < earliest)) return slots.every((s) => s.start <= now) ? 'past' : 'too-little-notice'
  return 'no-times'
}

/** Whether a slot may be booked now: the engine's rules, then whether a place is still free. */
export function slotRefusal(offer: Offer, startIso: string, now: Date): SlotRefusal | null {
  const verdict = checkSlot(offer.rules, now, startIso)
  if (verdict !== true) return verdict
  const key = slotKey(startIso)!
  const free = offer.days.flatMap((d) => d.slots).find((s) => s.start === key)?.free ?? 0
  return free > 0 ? null : 'full'
}

/** The local day a slot falls on, when the value is an instant at all. */
export function dayOfSlot(rules: ScheduleRules, startIso: string): string | null {
  const start = parseInstant(startIso)
  return start ? localDateOf(start, rules.timeZone) : null
}

/**
 * Where to send a visitor whose time was refused: the same day when it still has free times,
 * else the first day that has; null when the window has none left.
 */
export function dayToOfferAfter(offer: Offer, startIso: string): string | null {
  const day = dayOfSlot(offer.rules, startIso)
  if (day && timeOptions(offer, day).length > 0) return day
  return nextDateOf(offer)
}
