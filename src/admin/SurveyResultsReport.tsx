/**
 * The satisfaction survey's results as HTML for the admin: per mission, its spread of ratings,
 * its services and its months, in captioned tables with row and column headers. Pure: a
 * function of the figures. Figures only: no comment ever reaches this view.
 */
import React from 'react'

import type { SurveyStats, SurveySummary } from '../audit/surveyFigures'
import type { MissionSurveyResults, SurveyResults } from '../audit/surveyResults'

const RATINGS = [1, 2, 3, 4, 5] as const
const mean = (s: SurveyStats) => (s.mean === null ? '–' : s.mean.toFixed(2))
const resolved = (s: SurveyStats) => (s.resolvedShare === null ? '–' : `${Math.round(s.resolvedShare * 100)}%`)

function Figures({ summary }: { summary: SurveySummary }) {
  return (
    <dl className="audit-report__figures">
      <dt>Answers</dt>
      <dd>{summary.count}</dd>
      <dt>Mean rating</dt>
      <dd>{summary.mean === null ? '–' : `${mean(summary)} of 5`}</dd>
      <dt>Matter resolved</dt>
      <dd>{resolved(summary)}</dd>
    </dl>
  )
}

function Distribution({ summary, id, caption }: { summary: SurveySummary; id: string; caption: string }) {
  return (
    <table className="audit-report__table" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rating</th>
          {RATINGS.map((r) => <th key={r} scope="col">{r}</th>)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Answers</th>
          {summary.distribution.map((n, i) => <td key={i} className="num">{n}</td>)}
        </tr>
      </tbody>
    </table>
  )
}

function StatsTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: { key: string; label: string; stats: SurveyStats }[] }) {
  return (
    <table className="audit-report__table" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">Answers</th>
          <th scope="col">Mean</th>
          <th scope="col">Resolved</th>
          {RATINGS.map((r) => <th key={r} scope="col">Rated {r}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.stats.count}</td>
            <td className="num">{mean(row.stats)}</td>
            <td className="num">{resolved(row.stats)}</td>
            {row.stats.distribution.map((n, i) => <td key={i} className="num">{n}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function MissionResults({ mission }: { mission: MissionSurveyResults }) {
  const id = `survey-${mission.slug}`
  return (
    <section aria-labelledby={id} data-mission={mission.slug} className="survey-results__mission">
      <h2 id={id}>{mission.name} <span className="audit-report__slug">({mission.slug})</span></h2>
      {mission.count === 0 ? (
        <p>No answers yet.</p>
      ) : (
        <>
          <Figures summary={mission} />
          <Distribution summary={mission} id={`${id}-ratings`} caption={`How ${mission.name} was rated`} />
          {mission.byService.length > 0 && (
            <StatsTable
              id={`${id}-services`}
              caption="By service (answers after a reply count for the mission only)"
              head="Service"
              rows={mission.byService.map((s) => ({ key: s.service, label: s.title, stats: s }))}
            />
          )}
          <StatsTable
            id={`${id}-months`}
            caption="Month by month (UTC calendar months with answers)"
            head="Month"
            rows={mission.byMonth.map((m) => ({ key: m.month, label: m.month, stats: m }))}
          />
        </>
      )}
    </section>
  )
}

export function SurveyResultsReport({ results, scopeNote }: { results: SurveyResults; scopeNote: string }) {
  return (
    <div className="audit-report survey-results">
      <p>{scopeNote} Every answer ever given, rated from 1 (poor) to 5 (excellent). Comments are not shown here; the mission’s own staff read them with each answer.</p>
      <section aria-labelledby="survey-total">
        <h2 id="survey-total">All missions shown</h2>
        <Figures summary={results.total} />
        <Distribution summary={results.total} id="survey-total-ratings" caption="Answers by rating, all missions shown" />
      </section>
      {results.missions.length === 0 ? <p>No mission in scope.</p> : results.missions.map((m) => <MissionResults key={m.slug} mission={m} />)}
    </div>
  )
}
