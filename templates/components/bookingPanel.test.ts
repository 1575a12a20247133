import { describe, expect, it } from 'vitest'

import type { MissionSiteView, ServiceView } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'
import { FIXTURE_BOOKING, FIXTURE_NEXT_APPOINTMENT, FIXTURE_TODAY, missionSiteFixture } from '../fixtures/missionSite'
import { escapeHtml } from '../html/escape'
import { messagesFor } from '../i18n'
import { homePage, servicePage } from '../index'
import { attributeValues, between, jsonLdBlocks, unescape } from '../pages/pageTestKit'

const passportOf = (site: MissionSiteView) => site.services.find((s) => s.slug === 'pasaporte')!
const page = (site: MissionSiteView, service: ServiceView) => servicePage({ site, service })
const buttons = (html: string) => attributeValues(html, 'a class="button"', 'href').map(unescape)

describe('booking on a service page', () => {
  it.each([
    ['es', 'martes, 19 de marzo de 2024'],
    ['ar', 'الثلاثاء، 19 مارس 2024'],
  ] as const)('%s: links to the CMS’s booking flow for this service and gives the next free date in the page’s language', (locale, day) => {
    const site = missionSiteFixture(locale)
    const html = page(site, passportOf(site))
    const t = messagesFor(locale)
    const panel = between(html, '<section class="panel" aria-labelledby="booking">', '</section>')
    expect(panel).toContain(`<h2 id="booking">${t.appointments.title}</h2>`)
    expect(panel).toContain(`${t.appointments.nextAvailable}: <strong><time datetime="${FIXTURE_NEXT_APPOINTMENT}">${day}</time></strong>`)
    expect(panel).toContain(t.appointments.asOfBuild)
    expect(panel).toContain(`>${t.services.bookAppointment}</a>`)
    expect(buttons(html)).toEqual([`${FIXTURE_BOOKING}?mission=madrid&locale=${locale}&service=pasaporte`])
  })

  it('escapes the link: its query’s ampersands are entities in the attribute', () => {
    const site = missionSiteFixture('es')
    expect(page(site, passportOf(site))).toContain(`href="${FIXTURE_BOOKING}?mission=madrid&amp;locale=es&amp;service=pasaporte"`)
    const hostile = { ...passportOf(site), booking: { url: `https://cms.example.gob.ec/citizen/appointments?x="${HOSTILE.script}`, nextDate: null } }
    const html = page(site, hostile)
    expect(html).not.toContain(HOSTILE.script)
    expect(html).toContain(escapeHtml(`?x="${HOSTILE.script}`))
  })

  it('takes the place of a booking system elsewhere, in the page and in its JSON-LD', () => {
    const site = missionSiteFixture('en')
    const passport = passportOf(site)
    expect(passport.appointmentUrl).toBeTruthy()
    const html = page(site, passport)
    expect(html).not.toContain(escapeHtml(passport.appointmentUrl!))
    const [service] = jsonLdBlocks(html) as Record<string, any>[]
    expect(service.availableChannel).toEqual({ '@type': 'ServiceChannel', serviceUrl: passport.booking!.url })
  })

  it('says so when no place is free in the window, and still links to the calendar', () => {
    const site = missionSiteFixture('ar')
    const html = page(site, { ...passportOf(site), booking: { url: `${FIXTURE_BOOKING}?mission=madrid`, nextDate: null } })
    const t = messagesFor('ar')
    const panel = between(html, 'aria-labelledby="booking"', '</section>')
    expect(panel).toContain(`<p>${t.appointments.noneAvailable}</p>`)
    expect(panel).not.toContain('<time')
    expect(buttons(html)).toEqual([`${FIXTURE_BOOKING}?mission=madrid`])
  })

  it('shows nothing of booking without a schedule, and keeps the link elsewhere when the service has one', () => {
    const site = missionSiteFixture('es')
    const visa = site.services.find((s) => s.slug === 'visa-turismo')!
    const none = page(site, visa)
    expect(none).not.toContain('aria-labelledby="booking"')
    expect(buttons(none)).toEqual([])
    const elsewhere = page(site, { ...passportOf(site), booking: null })
    expect(elsewhere).not.toContain('aria-labelledby="booking"')
    expect(buttons(elsewhere)).toEqual(['https://citas.example.gob.ec/?m=madrid&s=1'])
  })
})

describe('booking on the home page', () => {
  it.each(['es', 'ar'] as const)('%s: links to the mission’s booking flow when it takes appointments', (locale) => {
    const site = missionSiteFixture(locale)
    const html = homePage({ site, today: FIXTURE_TODAY })
    const t = messagesFor(locale)
    const panel = between(html, '<section class="panel" aria-labelledby="appointments">', '</section>')
    expect(panel).toContain(t.appointments.homeIntro)
    expect(buttons(panel)).toEqual([`${FIXTURE_BOOKING}?mission=madrid&locale=${locale}`])
  })

  it('has no booking panel for a mission that takes none', () => {
    const site = missionSiteFixture('es')
    const html = homePage({ site: { ...site, mission: { ...site.mission, bookingUrl: null } }, today: FIXTURE_TODAY })
    expect(html).not.toContain('aria-labelledby="appointments"')
    expect(html).not.toContain('/citizen/appointments')
  })
})
