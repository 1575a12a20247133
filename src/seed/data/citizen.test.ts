import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../../config/locales'
import { enquiryTimeline } from '../enquiryTimeline'
import { missionsOffering } from '../steps/services'
import { ENQUIRIES } from './enquiries'
import { ENQUIRY_TOPICS } from './enquiryTopics'
import { CITIZEN_ATTENTION } from './ministry'
import { MISSIONS } from './missions'
import { SERVICES } from './services'
import { SERVICE_SURVEYS } from './surveys'
import { USERS } from './users'

const bySlug = new Map(MISSIONS.map((m) => [m.slug, m]))
const DAY = 86_400_000

/** A run at each hour of a whole week: the data must hold whatever day and time the seed runs. */
const runTimes = Array.from({ length: 7 * 24 }, (_, hour) => new Date(Date.UTC(2027, 0, 4, hour)))

describe('demo citizen attention data', () => {
  it('names every enquiry topic and charter commitment in every language a form can be shown in', () => {
    expect(new Set(ENQUIRY_TOPICS.map((t) => t.slug)).size).toBe(ENQUIRY_TOPICS.length)
    for (const topic of ENQUIRY_TOPICS) for (const locale of LOCALE_CODES) expect(topic.name[locale], `${topic.slug} ${locale}`).toBeTruthy()
    expect(CITIZEN_ATTENTION.commitments.length).toBeGreaterThanOrEqual(3)
    for (const text of CITIZEN_ATTENTION.commitments) for (const locale of LOCALE_CODES) expect(text[locale], `${text.es} ${locale}`).toBeTruthy()
  })

  it('writes each enquiry once, to an open mission, in a language its site serves, as a demo user answers it', () => {
    expect(new Set(ENQUIRIES.map((e) => e.key)).size).toBe(ENQUIRIES.length)
    const staff = new Set(USERS.map((u) => u.email))
    for (const e of ENQUIRIES) {
      const mission = bySlug.get(e.mission)
      expect(mission?.status ?? 'open', e.key).toBe('open')
      expect(mission?.locales, e.key).toContain(e.locale)
      expect(e.name, e.key).not.toMatch(/sample data/) // the writer adds the marker once
      if (e.assignee) expect(staff.has(e.assignee), e.key).toBe(true)
      if (e.status === 'answered' || e.status === 'closed') expect(staff.has(e.reply.by), e.key).toBe(true)
    }
  })

  it('replies either clearly within the three-day promise or clearly late, never on its edge', () => {
    for (const e of ENQUIRIES) {
      if (e.status !== 'answered' && e.status !== 'closed') continue
      expect(e.reply.workingDays <= 2 || e.reply.workingDays >= 5, e.key).toBe(true)
      expect(e.reply.hours, e.key).toBeLessThan(12)
    }
    expect(CITIZEN_ATTENTION.replyWithinWorkingDays).toBe(3)
  })

  it('dates every enquiry, reply, closing and survey in the past, in order, within 90 days, on any run day', () => {
    const problems: string[] = []
    for (const now of runTimes) {
      for (const e of ENQUIRIES) {
        const t = enquiryTimeline(e, now)
        const at = (d: Date | null) => d?.getTime() ?? null
        const [received, replied, closed, surveyed] = [t.receivedAt, t.firstRepliedAt, t.closedAt, t.surveyedAt].map(at)
        const latest = Math.max(...[received, replied, closed, surveyed].filter((d): d is number => d !== null))
        if (latest >= now.getTime()) problems.push(`${e.key}: in the future at ${now.toISOString()}`)
        if (now.getTime() - received! > 90 * DAY) problems.push(`${e.key}: older than 90 days`)
        if (replied !== null && replied <= received!) problems.push(`${e.key}: replied before received`)
        if (closed !== null && closed <= replied!) problems.push(`${e.key}: closed before replied`)
        if (surveyed !== null && surveyed <= replied!) problems.push(`${e.key}: surveyed before replied`)
        if (at(t.updatedAt) !== Math.max(received!, replied ?? 0, closed ?? 0)) problems.push(`${e.key}: updatedAt is not its last event`)
      }
    }
    expect([...new Set(problems)]).toEqual([])
  })

  it('puts service surveys on services the mission offers, in its languages, each distinguishable from the others', () => {
    const services = new Map(SERVICES.map((s) => [s.slug, s]))
    const keys = SERVICE_SURVEYS.map((s) => [s.mission, s.service, s.locale, s.rating, s.resolved].join('/'))
    expect(new Set(keys).size).toBe(keys.length) // the step finds them again by exactly these
    for (const s of SERVICE_SURVEYS) {
      const service = services.get(s.service)
      expect(service, s.service).toBeDefined()
      expect(missionsOffering(service!), `${s.mission} ${s.service}`).toContain(s.mission)
      expect(bySlug.get(s.mission)?.locales, `${s.mission} ${s.locale}`).toContain(s.locale)
    }
  })
})
