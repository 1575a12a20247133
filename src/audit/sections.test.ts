import { describe, expect, it } from 'vitest'

import { ministryGaps, sectionsOf } from './sections'
import type { AuditData, AuditMission } from './types'

const mission = (status: AuditMission['status'] = 'open'): AuditMission => ({
  id: 'm', slug: 'm', name: 'M', type: 'embassy', hostCountry: 'ES', city: 'Madrid', status, siteLocales: ['es'], defaultLocale: 'es', offices: [],
})
const ministry = (overrides: Partial<AuditData['ministry']> = {}): AuditData['ministry'] =>
  ({ relatedLinkCount: 1, charterHasText: false, replyWithinWorkingDays: null, charterCommitmentCount: 0, accreditedCorpsCount: 1, ...overrides })
const data = (m: AuditData['ministry']): AuditData =>
  ({ missions: [], releases: [], services: [], accounts: [], platforms: [], ministry: m, enquiries: [], surveyAnswers: [] })
const facts = (overrides: { serviceCount?: number; surveyAnswerCount?: number; blogPostCount?: number; status?: AuditMission['status'] } = {}) => ({
  mission: mission(overrides.status), serviceCount: overrides.serviceCount ?? 0, accountCount: 0,
  surveyAnswerCount: overrides.surveyAnswerCount ?? 0, blogPostCount: overrides.blogPostCount ?? 0,
})

describe('the sections interaction adds', () => {
  it('the survey is offered once a service lists the mission or someone answered it', () => {
    const d = data(ministry())
    expect(sectionsOf(facts(), d).missing).toContain('survey')
    expect(sectionsOf(facts({ serviceCount: 1 }), d).present).toContain('survey')
    expect(sectionsOf(facts({ surveyAnswerCount: 1 }), d).present).toContain('survey')
  })

  it('an open mission is reachable through its site’s contact form even with no office channel', () => {
    expect(sectionsOf(facts(), data(ministry())).present).toContain('citizen-attention')
    expect(sectionsOf(facts({ status: 'closed' }), data(ministry())).missing).toContain('citizen-attention')
  })

  it('the charter page exists once the ministry states a promise, a commitment or charter text', () => {
    // The ministry here has no social account of its own: that gap stays whatever the charter.
    expect(ministryGaps(data(ministry()))).toEqual(['social-links', 'charter'])
    expect(ministryGaps(data(ministry({ replyWithinWorkingDays: 3 })))).toEqual(['social-links'])
    expect(ministryGaps(data(ministry({ charterCommitmentCount: 1 })))).toEqual(['social-links'])
    expect(ministryGaps(data(ministry({ charterHasText: true })))).toEqual(['social-links'])
  })
})

describe('the accredited corps, a host-country section', () => {
  it('is judged on the ministry’s site only: no mission’s sections list it, present or missing', () => {
    for (const count of [0, 3]) {
      const { present, missing } = sectionsOf(facts(), data(ministry({ accreditedCorpsCount: count })))
      expect([...present, ...missing]).not.toContain('accredited-corps')
      expect(present.length + missing.length).toBe(9)
    }
  })

  it('is a ministry gap while no entry is published', () => {
    expect(ministryGaps(data(ministry({ accreditedCorpsCount: 0, replyWithinWorkingDays: 3 })))).toEqual(['accredited-corps', 'social-links'])
    expect(ministryGaps(data(ministry({ accreditedCorpsCount: undefined, replyWithinWorkingDays: 3 })))).toContain('accredited-corps')
    expect(ministryGaps(data(ministry({ accreditedCorpsCount: 1, replyWithinWorkingDays: 3 })))).toEqual(['social-links'])
  })
})

describe('the blog', () => {
  it('is the mission’s own: present once the mission has a published post, missing without one', () => {
    const d = data(ministry())
    expect(sectionsOf(facts(), d).missing).toContain('blog')
    expect(sectionsOf(facts({ blogPostCount: 1 }), d).present).toContain('blog')
  })
})
