import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SurveyResultsReport } from '../../src/admin/SurveyResultsReport'

import { auditNetwork } from '../../src/audit/auditNetwork'
import { loadAuditData } from '../../src/audit/loadAuditData'
import { runAudit } from '../../src/audit/runAudit'
import { auditScopeFor, AuditRequestError } from '../../src/audit/scope'
import { loadSurveyResultsData, surveyResultsFor } from '../../src/audit/surveyResults'
import type { AuditData, AuditReport, MissionAudit } from '../../src/audit/types'
import { signIn } from '../support/accessFixture'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildAuditFixture, EMAILS, NOW, PASSWORD, type AuditFixture } from './auditFixture'

let db: TestPayload
let fixture: AuditFixture
let data: AuditData
let report: AuditReport
const row = (slug: string): MissionAudit => {
  const found = report.missions.find((m) => m.slug === slug)
  if (!found) throw new Error(`no row for ${slug}`)
  return found
}

beforeAll(async () => {
  db = await startTestPayload()
  fixture = await buildAuditFixture(db.payload)
  data = await loadAuditData(db.payload, { citizenData: 'operator' })
  report = auditNetwork(data, { now: NOW })
})

afterAll(async () => {
  await db?.close()
})

describe('the presence audit of a network built in the test', () => {
  it('audits the open missions only, in slug order', () => {
    expect(report.missions.map((m) => m.slug)).toEqual(['bogota', 'cairo', 'madrid', 'paris'])
    expect(report.network.missionsAudited).toBe(4)
    expect(report.network.closedMissionsSkipped).toBe(1)
    expect(report.generatedAt).toBe(NOW.toISOString())
    expect(report.windowDays).toBe(90)
  })

  it('counts accounts per platform', () => {
    expect(row('madrid').accounts).toEqual([
      { platform: 'facebook', name: 'Facebook', count: 2 },
      { platform: 'instagram', name: 'Instagram', count: 1 },
      { platform: 'x', name: 'X', count: 1 },
    ])
    expect(row('madrid').accountCount).toBe(4)
    expect(row('cairo').accounts).toEqual([{ platform: 'x', name: 'X', count: 1 }])
    expect(row('paris').accounts).toEqual([])
  })

  it('compares the languages served with the network language plus the host country’s', () => {
    expect(row('madrid').locales).toEqual({ served: ['es', 'en'], expected: ['es'], missing: [] })
    expect(row('cairo').locales).toEqual({ served: ['es', 'en'], expected: ['es', 'ar'], missing: ['ar'] })
    expect(row('paris').locales).toEqual({ served: ['es', 'fr'], expected: ['es', 'fr'], missing: [] })
  })

  it('counts days since the last published release and releases a month, ignoring drafts, future dates and ministry releases', () => {
    expect(row('madrid').releases).toEqual({ lastPublishedAt: '2026-06-13T12:00:00.000Z', daysSinceLast: 2, inWindow: 3, perMonth: 1 })
    // The draft of 36 hours ago does not count.
    expect(row('cairo').releases).toEqual({ lastPublishedAt: '2026-05-01T12:00:00.000Z', daysSinceLast: 45, inWindow: 1, perMonth: 0.33 })
    expect(row('paris').releases).toEqual({ lastPublishedAt: null, daysSinceLast: null, inWindow: 0, perMonth: 0 })
  })

  it('a wider window counts more releases and spreads them over more months', () => {
    const wide = auditNetwork(data, { now: NOW, windowDays: 120 })
    expect(wide.missions.find((m) => m.slug === 'madrid')!.releases).toMatchObject({ inWindow: 4, perMonth: 1 })
  })

  it('lists the published services each mission offers (a draft service does not count)', () => {
    expect(row('madrid').services).toEqual({ count: 2, slugs: ['passports', 'visas'] })
    expect(row('cairo').services).toEqual({ count: 0, slugs: [] })
    expect(row('paris').services).toEqual({ count: 1, slugs: ['passports'] })
  })

  it('names the missing sections of each mission', () => {
    // The contact form makes every open mission reachable; the reply promise makes the charter;
    // services or a survey answer make the survey; a published post makes the blog (Cairo's is a
    // draft). The accredited corps is the ministry site's alone (a host-country section): no
    // mission is judged on it.
    expect(row('madrid').sections.missing).toEqual([])
    // Cairo lists no service but was rated after a reply: it offers the survey.
    expect(row('cairo').sections.missing).toEqual(['consular-services', 'blog'])
    expect(row('paris').sections.missing).toEqual(['directory', 'atlas', 'blog'])
    expect(row('paris').sections.present).toEqual(['consular-services', 'related-links', 'social-links', 'citizen-attention', 'charter', 'survey'])
  })

  it('measures how each mission answers: hours to first reply, the promise in working days, the backlog', () => {
    // Answered in the window after 2, 26, 50, 240 and 5 hours; 240 is late; one in progress is
    // past its deadline and counts as due; yesterday's is not due yet.
    expect(row('madrid').interaction.enquiries).toEqual({
      received: 7, answered: 5, firstReplyHours: { median: 26, p90: 240 }, due: 6, answeredWithinPromise: 4, withinPromiseShare: 0.67,
      // The one in progress for 10 days and the one left new 200 days ago.
      openOverdue: 2,
    })
    // 100 hours, but within Thursday, Friday and Monday.
    expect(row('cairo').interaction.enquiries).toEqual({
      received: 2, answered: 1, firstReplyHours: { median: 100, p90: 100 }, due: 1, answeredWithinPromise: 1, withinPromiseShare: 1, openOverdue: 0,
    })
    expect(row('paris').interaction.enquiries).toEqual({
      received: 0, answered: 0, firstReplyHours: { median: null, p90: null }, due: 0, answeredWithinPromise: 0, withinPromiseShare: null, openOverdue: 0,
    })
  })

  it('gives each mission’s survey count, mean and resolved share over the window', () => {
    // 5, 4, 4, 2 in the window; the 1 of 100 days ago is outside it.
    expect(row('madrid').interaction.survey).toEqual({ count: 4, mean: 3.75, resolvedShare: 0.5 })
    expect(row('cairo').interaction.survey).toEqual({ count: 1, mean: 3, resolvedShare: 1 })
    expect(row('bogota').interaction.survey).toEqual({ count: 0, mean: null, resolvedShare: null })
  })

  it('scores each mission by the documented formula', () => {
    // Nine sections per mission (the accredited corps is the ministry site's):
    // 30×9/9 + 10×1 + 15×(1−2/90) + 10×(1/2) + 10×(3/3) + 15×0.67 + 10×(3.75−1)/4 = 86.59
    expect(row('madrid').score).toBe(87)
    // 30×7/9 + 10×1/2 + 15×(1−45/90) + 10×(0.33/2) + 10×(1/3) + 15×1 + 10×(3−1)/4 = 60.82
    expect(row('cairo').score).toBe(61)
    // 30×6/9 + 10×1 = 30
    expect(row('paris').score).toBe(30)
    expect(row('bogota').score).toBe(30)
    expect(row('cairo').scoreParts).toEqual({ sections: 0.78, locales: 0.5, freshness: 0.5, frequency: 0.17, platforms: 0.33, responsiveness: 1, satisfaction: 0.5 })
    expect(row('madrid').scoreParts).toMatchObject({ responsiveness: 0.67, satisfaction: 0.69 })
  })

  it('gives the network’s figures', () => {
    const { network } = report
    expect(network.publishedInLast30Days).toBe(1)
    expect(network.platformCoverage).toEqual([
      { platform: 'x', name: 'X', missions: 2, share: 0.5 },
      { platform: 'facebook', name: 'Facebook', missions: 1, share: 0.25 },
      { platform: 'instagram', name: 'Instagram', missions: 1, share: 0.25 },
      { platform: 'mastodon', name: 'Mastodon', missions: 0, share: 0 },
    ])
    expect(network.averageScore).toBe(52)
    expect(network.ministryGaps).toEqual([])
    expect(network.notModelled).toEqual([])
  })

  it('judges the accredited corps on the ministry’s site only: published entries count, a draft does not, and none is a ministry gap', () => {
    // The fixture publishes one entry and keeps one as a draft.
    expect(data.ministry.accreditedCorpsCount).toBe(1)
    for (const m of report.missions) expect([...m.sections.present, ...m.sections.missing]).not.toContain('accredited-corps')
    const without = auditNetwork({ ...data, ministry: { ...data.ministry, accreditedCorpsCount: 0 } }, { now: NOW })
    expect(without.network.ministryGaps).toEqual(['accredited-corps'])
    // A ministry gap, not the missions': their scores and reasons do not move.
    expect(without.missions.map((m) => m.score)).toEqual(report.missions.map((m) => m.score))
    expect(without.missions.flatMap((m) => m.reasons.map((r) => r.code))).not.toContain('missing-section:accredited-corps')
  })

  it('pools the network’s enquiries and answers (a median of all replies, not a mean of medians)', () => {
    expect(report.network.replyWithinWorkingDays).toBe(3)
    expect(report.network.interaction).toEqual({
      // Hours 2, 5, 26, 50, 100, 240: the median falls between 26 and 50.
      enquiries: { received: 9, answered: 6, firstReplyHours: { median: 38, p90: 240 }, due: 7, answeredWithinPromise: 5, withinPromiseShare: 0.71, openOverdue: 2 },
      survey: { count: 5, mean: 3.6, resolvedShare: 0.6 },
      // No schedule in this network: appointments are counted elsewhere (test/appointments/staffFigures.test.ts).
      appointments: {
        services: 0, waitingDays: { median: null, max: null }, fullyBooked: 0,
        past30: { offered: 0, taken: 0, usedShare: null }, next30: { offered: 0, taken: 0, usedShare: null },
        last90: { attended: 0, noShows: 0, rate: null },
      },
    })
  })

  it('judges against the ministry’s own promise', () => {
    const strict = auditNetwork({ ...data, ministry: { ...data.ministry, replyWithinWorkingDays: 1 } }, { now: NOW })
    // Madrid: the 2-hour reply (Tuesday), the 26-hour one (Saturday noon → Sunday, before the end
    // of Monday) and the 5-hour one stay in time; the 50-hour reply from Wednesday noon lands on
    // Friday, after the end of Thursday.
    expect(strict.missions.find((m) => m.slug === 'madrid')!.interaction.enquiries).toMatchObject({ due: 6, answeredWithinPromise: 3, withinPromiseShare: 0.5 })
    // Cairo's Wednesday enquiry was due by the end of Thursday; Friday's is due by the end of today.
    expect(strict.missions.find((m) => m.slug === 'cairo')!.interaction.enquiries).toMatchObject({ due: 1, answeredWithinPromise: 0, withinPromiseShare: 0, openOverdue: 0 })
  })

  it('orders the missions that most need attention, lowest score first, with the reasons', () => {
    const attention = report.network.needsAttention
    expect(attention.map((m) => [m.slug, m.score])).toEqual([['bogota', 30], ['paris', 30], ['cairo', 61], ['madrid', 87]])
    expect(attention[2]!.reasons.map((r) => r.code)).toEqual([
      'stale-releases', 'few-releases', 'missing-locales', 'missing-section:consular-services', 'missing-section:blog', 'few-platforms',
    ])
    expect(attention[2]!.reasons[0]!.message).toBe('last press release 45 days ago')
    expect(attention[0]!.reasons.map((r) => r.code)).toEqual(['no-releases', 'missing-section:directory', 'missing-section:atlas', 'missing-section:blog'])
    // People waiting come first.
    expect(attention[3]!.reasons.map((r) => r.message)).toEqual([
      '2 open enquiries older than the promise of 3 working days',
      '67% of enquiries answered within 3 working days (target 90%)',
      '1 releases a month over 90 days (target 2)',
    ])
    expect(auditNetwork(data, { now: NOW, attentionCount: 2 }).network.needsAttention.map((m) => m.slug)).toEqual(['bogota', 'paris'])
  })

  it('the clock is an input: the same data a month later is staler', () => {
    // By then the release dated 2026-06-20 is out and is Madrid's last; the one of 2026-05-06 has left the window.
    const later = auditNetwork(data, { now: new Date('2026-08-15T12:00:00.000Z') })
    expect(later.missions.find((m) => m.slug === 'madrid')!.releases).toEqual({ lastPublishedAt: '2026-06-20T12:00:00.000Z', daysSinceLast: 56, inWindow: 3, perMonth: 1 })
    expect(later.network.publishedInLast30Days).toBe(0)
  })

  it('refuses a bad clock or window with the option named', () => {
    expect(() => auditNetwork(data, { now: new Date('nonsense') })).toThrow(/now: must be a valid date/)
    expect(() => auditNetwork(data, { now: NOW, windowDays: 0 })).toThrow(/windowDays: must be a whole number/)
  })

  it('reads published content only, as the public sees it', () => {
    expect(data.releases).toHaveLength(8)
    expect(data.releases.map((r) => r.publishedAt)).not.toContain('2026-06-14T00:00:00.000Z')
    expect(data.services.map((s) => s.slug).sort()).toEqual(['passports', 'visas'])
  })

  it('reads enquiries and survey answers as dates, statuses and ratings only: no name, address, message or comment', async () => {
    expect(data.enquiries).toHaveLength(13)
    expect(data.surveyAnswers).toHaveLength(7)
    expect(Object.keys(data.enquiries[0]!).sort()).toEqual(['createdAt', 'firstRepliedAt', 'missionId', 'status'])
    expect(Object.keys(data.surveyAnswers[0]!).sort()).toEqual(['createdAt', 'missionId', 'rating', 'resolved', 'serviceId'])
    const everything = JSON.stringify([data, report, await runAudit(db.payload, { scope: { kind: 'network' }, now: NOW })])
    for (const secret of ['Ana Secreta', 'ana.secreta@example.org', 'pasaporte secreto', 'Respuesta', 'Pérez', 'Nadie contestó']) expect(everything).not.toContain(secret)
  })

  it('an anonymous reader reads no citizens’ data at all', async () => {
    const anonymous = await loadAuditData(db.payload)
    expect(anonymous.enquiries).toEqual([])
    expect(anonymous.surveyAnswers).toEqual([])
    expect(auditNetwork(anonymous, { now: NOW }).network.interaction.enquiries.received).toBe(0)
  })
})

describe('who sees what', () => {
  const user = (email: string) => signIn(db.payload, email, PASSWORD)

  it('ministry users see the whole network', async () => {
    for (const email of [EMAILS.admin, EMAILS.ministryEditor]) {
      const signedIn = await user(email)
      const scoped = await runAudit(db.payload, { scope: auditScopeFor(signedIn), user: signedIn, now: NOW })
      expect(scoped.missions.map((m) => m.slug)).toEqual(['bogota', 'cairo', 'madrid', 'paris'])
      expect(scoped.network.interaction).toEqual(report.network.interaction)
    }
  })

  it('a mission editor sees only their own missions, and the network figures are theirs too', async () => {
    const editor = await user(EMAILS.missionEditor)
    const scope = auditScopeFor(editor)
    const own = await runAudit(db.payload, { scope, user: editor, now: NOW })
    expect(own.missions.map((m) => m.slug)).toEqual(['cairo', 'madrid'])
    expect(own.network.missionsAudited).toBe(2)
    expect(own.network.needsAttention.map((m) => m.slug)).toEqual(['cairo', 'madrid'])
    expect(own.network.platformCoverage.find((p) => p.platform === 'x')).toEqual({ platform: 'x', name: 'X', missions: 2, share: 1 })
    expect(own.network.interaction.enquiries).toMatchObject({ received: 9, answered: 6 })

    expect((await runAudit(db.payload, { scope, now: NOW, missions: ['madrid'] })).missions.map((m) => m.slug)).toEqual(['madrid'])
    await expect(runAudit(db.payload, { scope, now: NOW, missions: ['paris'] })).rejects.toMatchObject({ status: 403, message: 'mission: "paris" is not one of your missions' })
  })

  it('a mission editor’s access rules alone keep other missions’ enquiries and answers out, even without a scope', async () => {
    const editor = await user(EMAILS.missionEditor)
    const theirs = await loadAuditData(db.payload, { citizenData: { user: editor } })
    const own = new Set([fixture.missions.madrid, fixture.missions.cairo])
    expect(theirs.enquiries).toHaveLength(12)
    expect(theirs.surveyAnswers).toHaveLength(6)
    expect(theirs.enquiries.every((e) => own.has(e.missionId))).toBe(true)
    expect(theirs.surveyAnswers.every((a) => own.has(a.missionId))).toBe(true)
    // The operator reads Lisbon's too; the editor does not.
    expect(data.enquiries.some((e) => e.missionId === fixture.missions.lisbon)).toBe(true)
  })

  it('a ministry user narrowed to one mission reads and pools that mission’s figures only', async () => {
    const editor = await user(EMAILS.ministryEditor)
    const paris = await runAudit(db.payload, { scope: auditScopeFor(editor), user: editor, now: NOW, missions: ['paris'] })
    expect(paris.network.interaction.enquiries.received).toBe(0)
    expect(paris.network.interaction.survey.count).toBe(0)
    const cairo = await runAudit(db.payload, { scope: auditScopeFor(editor), user: editor, now: NOW, missions: ['cairo'] })
    expect(cairo.network.interaction.enquiries).toMatchObject({ received: 2, answered: 1 })
  })

  it('a scope of missions without a user reads no citizens’ data (only the operator reads without one)', async () => {
    const report = await runAudit(db.payload, { scope: { kind: 'missions', missionIds: [fixture.missions.madrid] }, now: NOW })
    expect(report.missions[0]!.interaction.enquiries.received).toBe(0)
  })

  it('an unknown mission is a 404 naming the slug; nobody signed in is a 401', async () => {
    await expect(runAudit(db.payload, { scope: { kind: 'network' }, now: NOW, missions: ['atlantis'] })).rejects.toMatchObject({ status: 404, message: 'mission: no mission has the slug "atlantis"' })
    expect(() => auditScopeFor(null)).toThrow(AuditRequestError)
    expect(() => auditScopeFor(null)).toThrow(/Sign in/)
  })
})

describe('the survey results in the admin, on the same network', () => {
  const user = (email: string) => signIn(db.payload, email, PASSWORD)

  it('gives a ministry user every mission’s answers ever given, per service and month by month', async () => {
    const editor = await user(EMAILS.ministryEditor)
    const scope = auditScopeFor(editor)
    const results = surveyResultsFor(await loadSurveyResultsData(db.payload, editor, scope), scope)
    // Open missions, with or without answers, and the closed one that has answers.
    expect(results.missions.map((m) => [m.slug, m.count])).toEqual([['bogota', 0], ['cairo', 1], ['lisbon', 1], ['madrid', 5], ['paris', 0]])
    // 5, 4, 4, 2, 1, 3, 5.
    expect(results.total).toMatchObject({ count: 7, mean: 3.43, resolvedShare: 0.57, distribution: [1, 1, 1, 2, 2] })
    const madrid = results.missions.find((m) => m.slug === 'madrid')!
    expect(madrid).toMatchObject({ name: 'Mission madrid', count: 5, mean: 3.2, resolvedShare: 0.4, distribution: [1, 1, 0, 2, 1] })
    expect(madrid.byService.map((s) => [s.title, s.count, s.mean, s.resolvedShare])).toEqual([['Passports', 3, 3.33, 0.67], ['Visas', 1, 4, 0]])
    expect(madrid.byMonth.map((m) => [m.month, m.count, m.mean])).toEqual([['2026-03', 1, 1], ['2026-05', 4, 3.75]])
  })

  it('gives a mission editor their own missions only, and refuses another one', async () => {
    const editor = await user(EMAILS.missionEditor)
    const scope = auditScopeFor(editor)
    const data = await loadSurveyResultsData(db.payload, editor, scope)
    expect(data.answers).toHaveLength(6)
    const results = surveyResultsFor(data, scope)
    expect(results.missions.map((m) => m.slug)).toEqual(['cairo', 'madrid'])
    expect(results.total).toMatchObject({ count: 6, mean: 3.17 })
    expect(surveyResultsFor(data, scope, ['cairo']).missions.map((m) => m.slug)).toEqual(['cairo'])
    expect(() => surveyResultsFor(data, scope, ['paris'])).toThrow('mission: "paris" is not one of your missions')
  })

  it('renders figures only: no comment reaches the view', async () => {
    const admin = await user(EMAILS.admin)
    const scope = auditScopeFor(admin)
    const results = surveyResultsFor(await loadSurveyResultsData(db.payload, admin, scope), scope)
    const markup = renderToStaticMarkup(React.createElement(SurveyResultsReport, { results, scopeNote: 'The whole network.' }))
    expect(markup).toContain('<h2 id="survey-madrid">Mission madrid')
    expect(markup).not.toContain('Pérez')
    expect(markup).not.toContain('Nadie contestó')
    expect(JSON.stringify(results)).not.toContain('Pérez')
  })
})
