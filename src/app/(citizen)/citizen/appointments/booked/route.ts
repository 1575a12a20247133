import { answerAppointmentBooked } from '../../../../../appointments/flow/appointmentServer'
import { respond } from '../../answer'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export const GET = (request: Request) => respond((payload) => answerAppointmentBooked(payload, request))
