import type { Payload } from 'payload'

import type { CitizenAnswer } from '../../citizen/citizenAnswer'
import { FormRateLimits } from '../../citizen/guards'
import { citizenRateLimits, type RateLimitEnv } from '../../citizen/rateLimiter'
import { answerBookingPost } from './bookingPost'
import { answerBookingStep } from './bookingSteps'
import type { FlowEndpoint } from './flowEndpoint'
import { appointmentMail } from './flowMail'
import { answerManagePage, answerManagePost } from './manageSteps'
import { missionSites } from './missionSites'
import { cachedSchedules } from './scheduleCache'
import { answerBookedPage, answerCancelledPage } from './resultSteps'

/**
 * One booking flow per server process: its rate limits count every post it serves (booking and
 * managing share them, as a visitor's posts do), its mission pages are read once a minute and
 * its schedules every few seconds.
 * The Next routes in src/app/(citizen)/citizen/appointments only pass requests in.
 */
const endpoints = new WeakMap<Payload, FlowEndpoint>()

function endpointFor(payload: Payload): FlowEndpoint {
  let endpoint = endpoints.get(payload)
  if (!endpoint) {
    endpoint = {
      payload,
      sites: missionSites(payload, process.env),
      limits: new FormRateLimits(citizenRateLimits(process.env as RateLimitEnv)),
      env: process.env,
      mail: appointmentMail(process.env),
      schedules: cachedSchedules(payload),
    }
    endpoints.set(payload, endpoint)
  }
  return endpoint
}

export const answerAppointmentStep = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerBookingStep(endpointFor(payload), new URL(request.url))
export const answerAppointmentPost = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerBookingPost(endpointFor(payload), request)
export const answerAppointmentBooked = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerBookedPage(endpointFor(payload), new URL(request.url))
export const answerAppointmentCancelled = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerCancelledPage(endpointFor(payload), new URL(request.url))
export const answerAppointmentManage = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerManagePage(endpointFor(payload), new URL(request.url))
export const answerAppointmentManagePost = (payload: Payload, request: Request): Promise<CitizenAnswer> => answerManagePost(endpointFor(payload), request)
