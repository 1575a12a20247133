import type { TaskConfig } from 'payload'

import { isLocaleCode } from '../../config/locales'
import { enquiryAcknowledgement, enquiryReply } from '../../../templates/mail/citizenMail'
import { cmsPublicUrl, citizenPaths, type PublicUrlEnv } from '../publicUrls'
import { surveyToken } from '../surveyToken'
import { SEND_CITIZEN_MAIL, type CitizenMailInput } from './citizenMailJob'

type Output = { sent: boolean }

/**
 * Sends the acknowledgement or the reply of one enquiry through Payload's mail adapter. Reads
 * the enquiry when it runs: an enquiry anonymised meanwhile has no address left to write to.
 */
export const citizenMailTask = (env: () => PublicUrlEnv): TaskConfig<{ input: CitizenMailInput; output: Output }> => ({
  slug: SEND_CITIZEN_MAIL,
  label: 'Send a citizen e-mail',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'enquiry', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  // A mail server that is down for a while: try again, further apart, before giving up.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const enquiry = await payload.findByID({ collection: 'enquiries', id: input.enquiry, depth: 0, req, disableErrors: true })
    if (!enquiry?.email || enquiry.anonymisedAt) return { output: { sent: false } }
    const locale = isLocaleCode(enquiry.locale) ? enquiry.locale : 'es'
    const missionId = typeof enquiry.mission === 'string' ? enquiry.mission : enquiry.mission.id
    const mission = await payload.findByID({ collection: 'missions', id: missionId, depth: 0, locale, req })
    const facts = { locale, name: enquiry.name ?? '', reference: enquiry.reference, mission: mission.name }
    let mail
    if (input.kind === 'acknowledgement') {
      const ministry = await payload.findGlobal({ slug: 'ministry', depth: 0, req })
      mail = enquiryAcknowledgement({ ...facts, replyDays: ministry.citizenAttention?.replyWithinWorkingDays ?? null })
    } else {
      if (!enquiry.reply) return { output: { sent: false } }
      const survey = new URL(`${cmsPublicUrl(env())}${citizenPaths.survey}`)
      survey.searchParams.set('ref', enquiry.reference)
      survey.searchParams.set('token', surveyToken(payload.secret, enquiry.reference))
      mail = enquiryReply({ ...facts, reply: enquiry.reply, surveyUrl: survey.href })
    }
    await payload.sendEmail({
      to: enquiry.name ? { name: enquiry.name, address: enquiry.email } : enquiry.email,
      subject: mail.subject,
      text: mail.text,
      headers: { 'Content-Language': locale, 'X-Chancery-Reference': enquiry.reference },
    })
    return { output: { sent: true } }
  },
})
