import { answerPreflight, answerSurveyPage, answerSurveyPost } from '../../../../citizen/citizenServer'
import { respond } from '../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** GET: the survey a reply links to. POST: every survey form (service pages and that one). */
export const GET = (request: Request) => respond((payload) => answerSurveyPage(payload, new URL(request.url)))
export const POST = (request: Request) => respond((payload) => answerSurveyPost(payload, request))
export const OPTIONS = (request: Request) => respond((payload) => answerPreflight(payload, request))
