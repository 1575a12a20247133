import { answerEnquiryPost, answerPreflight } from '../../../../citizen/citizenServer'
import { respond } from '../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The contact form of every mission site posts here (src/citizen/postEnquiry.ts). */
export const POST = (request: Request) => respond((payload) => answerEnquiryPost(payload, request))
export const OPTIONS = (request: Request) => respond((payload) => answerPreflight(payload, request))
