import { describe, expect, it } from 'vitest'

import type { EnquirySeed } from './data/enquiries'
import { addWorkingDays, enquiryTimeline } from './enquiryTimeline'

// 2027-01-04 is a Monday.
const at = (day: number, hour = 10) => new Date(Date.UTC(2027, 0, day, hour))

describe('addWorkingDays', () => {
  it('skips the weekend and keeps the time of day', () => {
    expect(addWorkingDays(at(6), 2)).toEqual(at(8)) // Wednesday → Friday
    expect(addWorkingDays(at(8), 1)).toEqual(at(11)) // Friday → Monday
    expect(addWorkingDays(at(4), 5)).toEqual(at(11)) // Monday → next Monday
    expect(addWorkingDays(at(7, 15), 0)).toEqual(at(7, 15))
  })

  it('counts Monday as the first working day after a weekend', () => {
    expect(addWorkingDays(at(9), 1)).toEqual(at(11)) // Saturday → Monday
    expect(addWorkingDays(at(10), 3)).toEqual(at(13)) // Sunday → Wednesday
  })
})

describe('enquiryTimeline', () => {
  const base = { key: 'k', mission: 'madrid', topic: 'consular', locale: 'es', name: 'N', email: 'n@example.org', message: 'm' } as const

  it('dates an open enquiry by its reception only', () => {
    const seed: EnquirySeed = { ...base, daysAgo: 2.5, status: 'new' }
    const t = enquiryTimeline(seed, at(8, 12))
    expect(t).toEqual({ receivedAt: at(6, 0), firstRepliedAt: null, closedAt: null, surveyedAt: null, updatedAt: at(6, 0) })
  })

  it('replies working days and hours after reception, then closes and is surveyed days after the reply', () => {
    const seed: EnquirySeed = {
      ...base, daysAgo: 20, status: 'closed', closedAfterDays: 3,
      reply: { text: 'r', by: 'madrid@chancery.example', workingDays: 2, hours: 4 },
      survey: { rating: 4, resolved: true, daysAfterReply: 1.5 },
    }
    const t = enquiryTimeline(seed, at(28)) // received Friday the 8th at 10:00
    expect(t.receivedAt).toEqual(at(8))
    expect(t.firstRepliedAt).toEqual(at(12, 14)) // Tuesday
    expect(t.closedAt).toEqual(at(15, 14))
    expect(t.surveyedAt).toEqual(at(14, 2))
    expect(t.updatedAt).toEqual(at(15, 14))
  })
})
