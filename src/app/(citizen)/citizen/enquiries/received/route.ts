import { answerReceivedPage } from '../../../../../citizen/citizenServer'
import { respond } from '../../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => respond((payload) => answerReceivedPage(payload, new URL(request.url)))
