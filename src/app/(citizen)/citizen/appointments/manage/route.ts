import { answerAppointmentManage, answerAppointmentManagePost } from '../../../../../appointments/flow/appointmentServer'
import { respond } from '../../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The manage link of the confirmation mail (GET) and its cancel and move forms (POST). */
export const GET = (request: Request) => respond((payload) => answerAppointmentManage(payload, request))
export const POST = (request: Request) => respond((payload) => answerAppointmentManagePost(payload, request))
