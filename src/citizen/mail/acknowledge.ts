import { createLocalReq, type Payload } from 'payload'

import { enquiryAcknowledgement } from '../../../templates/mail/citizenMail'
import type { LocaleCode } from '../../config/locales'
import type { MissionFacts } from '../networkFacts'
import { SEND_CITIZEN_MAIL, type CitizenMailInput } from './citizenMailJob'

export type Acknowledged = { id: string; reference: string; locale: LocaleCode; name: string; email: string }

/**
 * Sends the acknowledgement of a new enquiry straight away, outside the visitor's request: the
 * network facts already hold what it says, so it costs no read and no write. Only if sending
 * fails is it queued as a job, to be retried like every other message.
 */
export function acknowledge(payload: Payload, mission: MissionFacts, replyDays: number | null, enquiry: Acknowledged): void {
  const name = mission.names[enquiry.locale] || mission.names[mission.defaultLocale] || mission.slug
  const mail = enquiryAcknowledgement({ locale: enquiry.locale, name: enquiry.name, reference: enquiry.reference, mission: name, replyDays })
  void payload
    .sendEmail({
      to: { name: enquiry.name, address: enquiry.email },
      subject: mail.subject,
      text: mail.text,
      headers: { 'Content-Language': enquiry.locale, 'X-Chancery-Reference': enquiry.reference },
    })
    .catch(() => queueForRetry(payload, { kind: 'acknowledgement', enquiry: enquiry.id }))
    .catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not send or queue the acknowledgement of ${enquiry.reference}` }))
}

/** In a transaction of its own, so it takes its turn among this process's writes. */
async function queueForRetry(payload: Payload, input: CitizenMailInput): Promise<void> {
  const req = await createLocalReq({}, payload)
  const id = await payload.db.beginTransaction()
  req.transactionID = id ?? undefined
  try {
    await (payload.jobs.queue as unknown as (args: { task: string; input: CitizenMailInput; req: unknown }) => Promise<unknown>)({ task: SEND_CITIZEN_MAIL, input, req })
    if (id) await payload.db.commitTransaction(id)
  } catch (error) {
    if (id) await payload.db.rollbackTransaction(id)
    throw error
  }
}
