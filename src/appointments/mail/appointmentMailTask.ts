import type { TaskConfig } from 'payload'

import type { PublicUrlEnv } from '../../citizen/publicUrls'
import { SEND_APPOINTMENT_MAIL, type AppointmentMailInput } from './appointmentMailJob'
import { sendBookingMail } from './sendBookingMail'

type Output = { sent: boolean }

/**
 * Sends one appointment e-mail from the jobs queue: a staff cancellation (queued by the save), or
 * any message whose direct sending failed. It reads the booking when it runs, so a retry an hour
 * later tells the booking as it then is.
 */
export const appointmentMailTask = (env: () => PublicUrlEnv): TaskConfig<{ input: AppointmentMailInput; output: Output }> => ({
  slug: SEND_APPOINTMENT_MAIL,
  label: 'Send an appointment e-mail',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'booking', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  // A mail server that is down for a while: try again, further apart, before giving up.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => ({ output: { sent: (await sendBookingMail(req.payload, input, env(), { req })) === 'sent' } }),
})
