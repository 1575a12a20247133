import { describe, expect, it } from 'vitest'

import type { AppointmentFact } from './appointmentFacts'
import { bookingsOfMission } from './bookingViews'

const CMS = 'https://cms.example.gob.ec'
const madrid = { id: 'm1', slug: 'madrid' }
const slugs = new Map([['passport', 'pasaporte'], ['registration', 'registro']])
const fact = (serviceId: string, officeId: string, nextDate: string | null, missionId = 'm1'): AppointmentFact => ({ missionId, serviceId, officeId, nextDate })

describe('bookingsOfMission', () => {
  it('gives each service with a schedule its booking link and the earliest date over its offices', () => {
    const views = bookingsOfMission(
      [fact('passport', 'o1', '2027-01-12'), fact('passport', 'o2', '2027-01-08'), fact('passport', 'o3', null), fact('registration', 'o1', '2027-02-01')],
      madrid, slugs, CMS, 'ar',
    )
    expect(views.get('passport')).toEqual({ url: `${CMS}/citizen/appointments?mission=madrid&locale=ar&service=pasaporte`, nextDate: '2027-01-08' })
    expect(views.get('registration')?.nextDate).toBe('2027-02-01')
  })

  it('keeps a service whose offices are all full, with no date', () => {
    const views = bookingsOfMission([fact('passport', 'o1', null), fact('passport', 'o2', null)], madrid, slugs, CMS, 'es')
    expect(views.get('passport')).toEqual({ url: `${CMS}/citizen/appointments?mission=madrid&locale=es&service=pasaporte`, nextDate: null })
  })

  it('leaves out other missions’ schedules and services the mission’s site does not show', () => {
    const views = bookingsOfMission([fact('passport', 'o1', '2027-01-08', 'm2'), fact('visa', 'o1', '2027-01-08')], madrid, slugs, CMS, 'es')
    expect(views.size).toBe(0)
    expect(bookingsOfMission(undefined, madrid, slugs, CMS, 'es').size).toBe(0)
  })
})
