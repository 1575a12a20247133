import { HtmlValidate } from 'html-validate'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { AuditReportView } from '../../src/admin/AuditReportView'
import { SurveyResultsReport } from '../../src/admin/SurveyResultsReport'
import { auditNetwork } from '../../src/audit/auditNetwork'
import { formatAuditTable } from '../../src/audit/formatTable'
import { surveyResultsFor } from '../../src/audit/surveyResults'
import type { AuditData } from '../../src/audit/types'

const HOSTILE = 'Embajada <script>alert(1)</script> & “Co”'

// Facts as the loader would give them: no database needed to judge how a report is shown.
const data: AuditData = {
  missions: [
    {
      id: 'm1', slug: 'madrid', name: HOSTILE, type: 'embassy', hostCountry: 'ES', city: 'Madrid', status: 'open',
      siteLocales: ['es', 'en'], defaultLocale: 'es', offices: [{ hasAddress: true, hasContactChannel: true }],
    },
    {
      id: 'm2', slug: 'cairo', name: 'سفارة القاهرة', type: 'embassy', hostCountry: 'EG', city: 'القاهرة', status: 'open',
      siteLocales: ['es'], defaultLocale: 'es', offices: [],
    },
  ],
  releases: [{ missionId: 'm1', publishedAt: '2026-06-10T00:00:00Z' }],
  services: [{ slug: 'passports', missionIds: ['m1'] }],
  accounts: [{ ownerType: 'mission', missionId: 'm1', platformId: 'p1' }],
  platforms: [{ id: 'p1', slug: 'x', name: 'X' }, { id: 'p2', slug: 'mastodon', name: 'Mastodon' }],
  ministry: { relatedLinkCount: 0, charterHasText: true, replyWithinWorkingDays: 3, charterCommitmentCount: 0, accreditedCorpsCount: 4 },
  enquiries: [
    { missionId: 'm1', status: 'answered', createdAt: '2026-06-08T09:00:00Z', firstRepliedAt: '2026-06-08T13:30:00Z' },
    { missionId: 'm1', status: 'new', createdAt: '2026-06-01T09:00:00Z', firstRepliedAt: null },
  ],
  surveyAnswers: [{ missionId: 'm1', serviceId: null, rating: 4, resolved: true, createdAt: '2026-06-09T09:00:00Z' }],
}
const report = auditNetwork(data, { now: new Date('2026-06-15T00:00:00Z') })

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // React writes `dateTime`; attribute names are case-insensitive in HTML, so this is style, not validity.
  rules: { 'attr-case': 'off' },
})

describe('the audit in the admin (server-rendered HTML)', () => {
  // createElement, not JSX: vitest's file pattern takes .ts test files only.
  const markup = renderToStaticMarkup(React.createElement(AuditReportView, { report, scopeNote: 'The whole network.' }))
  const page = `<!DOCTYPE html><html lang="en"><head><title>Presence audit</title></head><body><main><h1>Presence audit</h1>${markup}</main></body></html>`

  it('is valid HTML', async () => {
    const result = await validator.validateString(page)
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
  })

  it('escapes what editors typed', () => {
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('Embajada &lt;script&gt;alert(1)&lt;/script&gt; &amp; “Co”')
  })

  it('has a row per mission with a row header, and the network’s findings', () => {
    expect(markup.match(/<tr data-mission=/g)).toHaveLength(2)
    expect(markup).toMatch(/<th scope="row">سفارة القاهرة <span class="audit-report__slug">\(cairo\)<\/span><\/th><td class="num">\d+<\/td><td>es<\/td><td>ar<\/td><td>never<\/td>/)
    expect(markup).toContain('<dt>Ministry-wide gaps</dt><dd>Related links, Ministry social links</dd>')
    expect(markup).toContain('<time dateTime="2026-06-15T00:00:00.000Z">')
  })

  it('shows the interaction figures for the network and each mission', () => {
    expect(markup).toContain('<dt>Time to first reply</dt><dd>median 4.5 h, 90th percentile 4.5 h</dd>')
    expect(markup).toContain('<dt>Answered within the promise</dt><dd>50% (1 of 2 due)</dd>')
    expect(markup).toContain('<dt>Open past the promise</dt><dd>1</dd>')
    expect(markup).toMatch(/<td class="num">2<\/td><td class="num">4\.5 h \/ 4\.5 h<\/td><td class="num">50% \(1 of 2 due\)<\/td><td class="num">1<\/td><td class="num">4\.00 of 5 \(1\)<\/td>/)
    // Cairo: nothing received, nothing to judge.
    expect(markup).toMatch(/<td class="num">0<\/td><td class="num">– \/ –<\/td><td class="num">nothing due yet<\/td><td class="num">0<\/td><td class="num">no answers<\/td>/)
  })
})

describe('the survey results in the admin (server-rendered HTML)', () => {
  const results = surveyResultsFor({
    missions: [{ id: 'm1', slug: 'madrid', name: HOSTILE, status: 'open' }, { id: 'm2', slug: 'cairo', name: 'سفارة القاهرة', status: 'open' }],
    services: [{ id: 's1', title: 'Pasaportes <b>' }],
    answers: [
      { missionId: 'm1', serviceId: 's1', rating: 5, resolved: true, createdAt: '2026-05-10T00:00:00Z' },
      { missionId: 'm1', serviceId: null, rating: 2, resolved: false, createdAt: '2026-06-10T00:00:00Z' },
    ],
  }, { kind: 'network' })
  const markup = renderToStaticMarkup(React.createElement(SurveyResultsReport, { results, scopeNote: 'The whole network.' }))
  const page = `<!DOCTYPE html><html lang="en"><head><title>Survey results</title></head><body><main><h1>Survey results</h1>${markup}</main></body></html>`

  it('is valid HTML, and escapes what editors typed', async () => {
    const result = await validator.validateString(page)
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
    expect(markup).not.toContain('<script>')
    expect(markup).toContain('Pasaportes &lt;b&gt;')
  })

  it('shows each mission’s spread, services and months; a mission without answers says so', () => {
    expect(markup).toMatch(/<table class="audit-report__table" id="survey-madrid-ratings">.*<th scope="row">Answers<\/th><td class="num">0<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">1<\/td>/)
    expect(markup).toMatch(/<tr data-key="s1"><th scope="row">Pasaportes &lt;b&gt;<\/th><td class="num">1<\/td><td class="num">5\.00<\/td><td class="num">100%<\/td>/)
    expect(markup).toMatch(/<tr data-key="2026-06"><th scope="row">2026-06<\/th><td class="num">1<\/td><td class="num">2\.00<\/td><td class="num">0%<\/td>/)
    expect(markup).toMatch(/<section aria-labelledby="survey-cairo" data-mission="cairo" class="survey-results__mission"><h2 id="survey-cairo">سفارة القاهرة <span class="audit-report__slug">\(cairo\)<\/span><\/h2><p>No answers yet.<\/p>/)
  })
})

describe('the audit as a terminal table', () => {
  const table = formatAuditTable(report)

  it('prints the summary, the coverage, the missions needing attention and one row per mission', () => {
    expect(table).toContain('Presence audit as of 2026-06-15 00:00 UTC (releases per month, enquiries and survey answers over 90 days)')
    expect(table).toMatch(/First reply \(hours\) +median 4\.5, 90th percentile 4\.5\n/)
    expect(table).toMatch(/Survey +1 answer, mean 4 of 5, 100% resolved\n/)
    expect(table).toMatch(/Published in the last 30 days +1 of 2/)
    expect(table).toMatch(/X +1\/2 +50%/)
    expect(table).toMatch(/Mastodon +0\/2 +0%/)
    expect(table).toMatch(/1\. cairo \(score \d+\): has never published a press release; site not published in ar/)
    const rows = table.split('\n').filter((l) => /^ {2}(cairo|madrid) /.test(l))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatch(/^ {2}madrid +\d+ +es,en +– +5 d ago +0\.3 +1 +x +/)
  })

  it('says so when nothing is in scope', () => {
    expect(formatAuditTable(auditNetwork(data, { now: new Date('2026-06-15T00:00:00Z'), missionIds: [] }))).toContain('no missions in scope')
  })
})
