/**
 * The presence audit as HTML for the admin: headings, a definition list and captioned tables
 * with row and column headers, so it reads in full without JavaScript and with a screen reader.
 * Pure: a function of the report (no data access, no clock).
 */
import React from 'react'

import { sectionByKey, type SectionKey } from '../audit/sections'
import type { AuditReport, InteractionFigures, MissionAudit } from '../audit/types'

const sectionLabels = (keys: SectionKey[]) => keys.map((k) => sectionByKey(k).label).join(', ')
const percent = (share: number) => `${Math.round(share * 100)}%`
const hours = (h: number | null) => (h === null ? '–' : `${h} h`)
const inTime = ({ enquiries: e }: InteractionFigures) =>
  e.due === 0 ? 'nothing due yet' : `${percent(e.withinPromiseShare ?? 0)} (${e.answeredWithinPromise} of ${e.due} due)`
const surveyMean = ({ survey: s }: InteractionFigures) => (s.mean === null ? 'no answers' : `${s.mean.toFixed(2)} of 5 (${s.count})`)

function lastRelease(m: MissionAudit): string {
  const days = m.releases.daysSinceLast
  if (days === null) return 'never'
  return days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`
}

export function AuditReportView({ report, scopeNote }: { report: AuditReport; scopeNote: string }) {
  const { network: n } = report
  return (
    <div className="audit-report">
      <p>
        {scopeNote} As of <time dateTime={report.generatedAt}>{report.generatedAt.slice(0, 16).replace('T', ' ')} UTC</time>;
        releases per month, enquiries and survey answers are counted over the last {report.windowDays} days. Only published
        content counts; enquiries and survey answers are counted, never shown.
      </p>

      <section aria-labelledby="audit-network">
        <h2 id="audit-network">Network</h2>
        <dl className="audit-report__figures">
          <dt>Missions audited</dt>
          <dd>{n.missionsAudited}{n.closedMissionsSkipped > 0 && ` (${n.closedMissionsSkipped} closed, not audited)`}</dd>
          <dt>Published in the last 30 days</dt>
          <dd>{n.publishedInLast30Days} of {n.missionsAudited}</dd>
          <dt>Average score</dt>
          <dd>{n.averageScore === null ? '–' : `${Math.round(n.averageScore)} / 100`}</dd>
          <dt>Ministry-wide gaps</dt>
          <dd>{n.ministryGaps.length ? sectionLabels(n.ministryGaps) : 'none'}</dd>
          <dt>Not in the content model</dt>
          <dd>{sectionLabels(n.notModelled)} (counted missing for every mission)</dd>
        </dl>
      </section>

      <section aria-labelledby="audit-interaction">
        <h2 id="audit-interaction">Citizen attention</h2>
        <dl className="audit-report__figures" id="audit-interaction-figures">
          <dt>Reply promise</dt>
          <dd>{n.replyWithinWorkingDays} working days (Monday to Friday, UTC)</dd>
          <dt>Enquiries received</dt>
          <dd>{n.interaction.enquiries.received}, {n.interaction.enquiries.answered} answered</dd>
          <dt>Time to first reply</dt>
          <dd>median {hours(n.interaction.enquiries.firstReplyHours.median)}, 90th percentile {hours(n.interaction.enquiries.firstReplyHours.p90)}</dd>
          <dt>Answered within the promise</dt>
          <dd>{inTime(n.interaction)}</dd>
          <dt>Open past the promise</dt>
          <dd>{n.interaction.enquiries.openOverdue}</dd>
          <dt>Satisfaction survey</dt>
          <dd>
            {surveyMean(n.interaction)}
            {n.interaction.survey.resolvedShare !== null && `, ${percent(n.interaction.survey.resolvedShare)} resolved`}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="audit-attention">
        <h2 id="audit-attention">Needs attention</h2>
        {n.needsAttention.length === 0 ? (
          <p>No mission needs attention.</p>
        ) : (
          <ol className="audit-report__attention">
            {n.needsAttention.map((m) => (
              <li key={m.slug}>
                <strong>{m.name}</strong> ({m.slug}), score {m.score}:{' '}
                {m.reasons.map((r) => r.message).join('; ')}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="audit-platforms">
        <h2 id="audit-platforms">Platform coverage</h2>
        <table className="audit-report__table">
          <caption>Missions with at least one account on each platform</caption>
          <thead>
            <tr><th scope="col">Platform</th><th scope="col">Missions</th><th scope="col">Share</th></tr>
          </thead>
          <tbody>
            {n.platformCoverage.map((p) => (
              <tr key={p.platform}>
                <th scope="row">{p.name}</th>
                <td className="num">{p.missions} of {n.missionsAudited}</td>
                <td className="num">{percent(p.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="audit-missions">
        <h2 id="audit-missions">Missions</h2>
        {report.missions.length === 0 ? (
          <p>No mission in scope.</p>
        ) : (
          <table className="audit-report__table" id="audit-missions-table">
            <caption>Every audited mission, by slug; scores out of 100</caption>
            <thead>
              <tr>
                <th scope="col">Mission</th>
                <th scope="col">Score</th>
                <th scope="col">Languages served</th>
                <th scope="col">Languages missing</th>
                <th scope="col">Last press release</th>
                <th scope="col">Releases a month</th>
                <th scope="col">Services</th>
                <th scope="col">Accounts</th>
                <th scope="col">Enquiries</th>
                <th scope="col">First reply, median / 90th percentile</th>
                <th scope="col">Within promise</th>
                <th scope="col">Open past promise</th>
                <th scope="col">Survey mean</th>
                <th scope="col">Missing sections</th>
              </tr>
            </thead>
            <tbody>
              {report.missions.map((m) => (
                <tr key={m.id} data-mission={m.slug}>
                  <th scope="row">{m.name} <span className="audit-report__slug">({m.slug})</span></th>
                  <td className="num">{m.score}</td>
                  <td>{m.locales.served.join(', ') || '–'}</td>
                  <td>{m.locales.missing.join(', ') || 'none'}</td>
                  <td>{lastRelease(m)}</td>
                  <td className="num">{m.releases.perMonth.toFixed(1)}</td>
                  <td className="num">{m.services.count}</td>
                  <td>{m.accounts.length ? m.accounts.map((a) => `${a.name}${a.count > 1 ? ` ×${a.count}` : ''}`).join(', ') : 'none'}</td>
                  <td className="num">{m.interaction.enquiries.received}</td>
                  <td className="num">{hours(m.interaction.enquiries.firstReplyHours.median)} / {hours(m.interaction.enquiries.firstReplyHours.p90)}</td>
                  <td className="num">{inTime(m.interaction)}</td>
                  <td className="num">{m.interaction.enquiries.openOverdue}</td>
                  <td className="num">{surveyMean(m.interaction)}</td>
                  <td>{m.sections.missing.length ? sectionLabels(m.sections.missing) : 'none'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
