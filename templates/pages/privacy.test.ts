import { describe, expect, it } from 'vitest'

import { missionSiteFixture } from '../fixtures/missionSite'
import { privacyPage } from './privacy'

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('privacy notice', () => {
  it('says how long enquiries and, where the mission takes appointments, bookings keep personal data', () => {
    const site = missionSiteFixture('en')
    site.citizen.retentionDays = 200
    site.citizen.bookingRetentionDays = 45
    const page = textOf(privacyPage({ site }))
    expect(page).toContain('We delete your personal data 200 days after the enquiry is closed')
    expect(page).toContain('If you book an appointment, we delete your name, e-mail, phone and document number 45 days after the appointment')
  })

  it('says nothing of bookings on a site that takes no appointments', () => {
    const site = missionSiteFixture('es')
    site.mission.bookingUrl = null
    expect(textOf(privacyPage({ site }))).not.toContain('Si pide cita')
  })
})
