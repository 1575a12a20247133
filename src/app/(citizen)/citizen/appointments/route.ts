import { answerAppointmentPost, answerAppointmentStep } from '../../../../appointments/flow/appointmentServer'
import { respond } from '../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** GET: each step of choosing an appointment. POST: the details, their review and the confirmation (src/appointments/flow). */
export const GET = (request: Request) => respond((payload) => answerAppointmentStep(payload, request))
export const POST = (request: Request) => respond((payload) => answerAppointmentPost(payload, request))
