/**
 * /admin/survey: the satisfaction survey's results for signed-in staff, scoped like the
 * presence audit (ministry users: the network; mission editors: their own missions), the scope
 * taken from the signed-in user on the server, never from the page.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { auditScopeFor, AuditRequestError, type AuditScope } from '../audit/scope'
import { loadSurveyResultsData, surveyResultsFor, type SurveyResults } from '../audit/surveyResults'
import { AdminFrame, requireSignIn } from './AdminFrame'
import { MissionFilter } from './MissionFilter'
import { SurveyResultsReport } from './SurveyResultsReport'
import './auditDashboard.css'

export async function SurveyResultsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  requireSignIn(req, '/survey')
  const requested = [searchParams?.mission].flat().filter((s): s is string => typeof s === 'string' && s !== '')

  let scope: AuditScope | null = null
  let results: SurveyResults | null = null
  let choices: { slug: string; name: string }[] = []
  let refusal: string | null = null
  try {
    scope = auditScopeFor(req.user)
    const data = await loadSurveyResultsData(req.payload, req.user, scope)
    // Every mission in scope, for the filter, even when the results are narrowed to one.
    choices = surveyResultsFor(data, scope).missions.map((m) => ({ slug: m.slug, name: m.name }))
    results = surveyResultsFor(data, scope, requested)
  } catch (error) {
    if (!(error instanceof AuditRequestError)) throw error
    refusal = error.message
  }

  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <main className="audit-dashboard" aria-labelledby="survey-title">
        <h1 id="survey-title">Survey results</h1>
        <MissionFilter id="survey-mission" choices={choices} selected={requested[0]} />
        {refusal !== null ? (
          <p role="alert" className="audit-dashboard__error">{refusal}</p>
        ) : (
          results && scope && <SurveyResultsReport results={results} scopeNote={scope.kind === 'missions' ? 'Your missions only.' : 'The whole network.'} />
        )}
      </main>
    </AdminFrame>
  )
}
