import { answerSurveyThanks } from '../../../../../citizen/citizenServer'
import { respond } from '../../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => respond((payload) => answerSurveyThanks(payload, new URL(request.url)))
