import type { LocaleCode, ServiceView } from '../../content/viewModels'
import { parseInstant } from '../slots'
import type { ScheduleRules } from '../types'
import { localDateOf } from '../zonedTime'
import { appointmentPaths, bookingStepUrl, manageBookingUrl } from './links'
import type { MissionSite } from './missionSites'
import type { ChosenOffice, ChosenService, FlowChoice, FlowFrame } from './views'

/**
 * The frames of the flow's pages: which mission and language, what is chosen, and the
 * addresses its links and forms use, all absolute on the CMS's public address.
 */

export const chosenService = (service: ServiceView): ChosenService => ({ slug: service.slug, title: service.title, requirements: service.requirements })

export function chosenOffice(ms: MissionSite, officeId: string): ChosenOffice | null {
  const office = ms.offices.find((o) => o.id === officeId)
  return office ? { id: office.id, name: office.view.name, address: office.view.address } : null
}

/** The service as the mission's site shows it in this language, when the site shows it at all. */
export const serviceView = (ms: MissionSite, slug: string | null | undefined): ServiceView | null =>
  (slug && ms.site.services.find((s) => s.slug === slug)) || null

type Chosen = { rules?: ScheduleRules | null; service?: ServiceView | null; office?: ChosenOffice | null; day?: string | null; slot?: string | null }

const slotOf = (rules: ScheduleRules | null | undefined, start: string | null | undefined) =>
  start ? { start, end: rules ? new Date(new Date(start).getTime() + rules.slotMinutes * 60_000).toISOString() : start } : null

/** The day of the chosen time, when only the time was given (a link straight to the details). */
function dayOf(chosen: Chosen): string | null {
  if (chosen.day) return chosen.day
  const start = chosen.slot ? parseInstant(chosen.slot) : null
  return start && chosen.rules ? localDateOf(start, chosen.rules.timeZone) : null
}

function current(chosen: Chosen): FlowChoice {
  return { service: chosen.service?.slug, office: chosen.office?.id, day: chosen.day ?? undefined, slot: chosen.slot ?? undefined }
}

export function bookFrame(cms: string, ms: MissionSite, chosen: Chosen = {}): FlowFrame {
  const { site } = ms
  const mission = site.mission.slug
  return {
    site,
    timeZone: chosen.rules?.timeZone ?? ms.timeZone ?? 'UTC',
    mode: 'book',
    service: chosen.service ? chosenService(chosen.service) : null,
    office: chosen.office ?? null,
    day: dayOf(chosen),
    slot: slotOf(chosen.rules, chosen.slot),
    href: (choice) => bookingStepUrl(cms, mission, site.locale, choice),
    hrefIn: (locale: LocaleCode) => bookingStepUrl(cms, mission, locale, current(chosen)),
    action: `${cms}${appointmentPaths.entry}`,
    hidden: { mission, locale: site.locale },
  }
}

/** The manage link's pages and its move steps: every address carries the booking and its token. */
export function manageFrame(cms: string, ms: MissionSite, booking: { id: string; token: string }, chosen: Chosen & { do?: 'move' | 'cancel' | null } = {}): FlowFrame {
  const { site } = ms
  const manage = (extra: Record<string, string | null | undefined>) => manageBookingUrl(cms, booking.id, booking.token, extra)
  return {
    site,
    timeZone: chosen.rules?.timeZone ?? ms.timeZone ?? 'UTC',
    mode: 'move',
    service: chosen.service ? chosenService(chosen.service) : null,
    office: chosen.office ?? null,
    day: dayOf(chosen),
    slot: slotOf(chosen.rules, chosen.slot),
    href: (choice) => manage({ do: 'move', locale: site.locale, day: choice.day, slot: choice.slot }),
    hrefIn: (locale) => manage({ do: chosen.do, locale, day: chosen.day, slot: chosen.slot }),
    action: `${cms}${appointmentPaths.manage}`,
    hidden: { booking: booking.id, token: booking.token, locale: site.locale },
  }
}
