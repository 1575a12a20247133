import { bookingEntryUrl } from '../appointments/flow/links'
import type { AppointmentFact } from './appointmentFacts'
import type { BookingView } from './viewModels'

/**
 * A mission's services that take appointments, by service id: the booking link in the page's
 * language and the earliest next date over the offices that give them (null when none has a
 * free place). Pure: the facts were read at the build's clock.
 */
export function bookingsOfMission(
  facts: readonly AppointmentFact[] | undefined,
  mission: { id: string; slug: string },
  serviceSlugs: ReadonlyMap<string, string>,
  cmsUrl: string,
  locale: string,
): Map<string, BookingView> {
  const earliest = new Map<string, string | null>()
  for (const fact of facts ?? []) {
    if (fact.missionId !== mission.id || !serviceSlugs.has(fact.serviceId)) continue
    const known = earliest.get(fact.serviceId)
    earliest.set(fact.serviceId, known === undefined ? fact.nextDate : earlier(known, fact.nextDate))
  }
  const views = new Map<string, BookingView>()
  for (const [serviceId, nextDate] of earliest) {
    views.set(serviceId, { url: bookingEntryUrl(cmsUrl, mission.slug, locale, serviceSlugs.get(serviceId)), nextDate })
  }
  return views
}

// Local dates as YYYY-MM-DD sort as strings; an office without a free place never wins.
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b)
