import type { CollectionAfterChangeHook } from 'payload'

import { queueCitizenMail } from '../../../src/citizen/mail/queueCitizenMail'
import { takeReplyWritten } from './stampReply'

/** The reply leaves by e-mail from the jobs queue, once the save is committed (and retried if the mail server fails). */
export const queueReplyMail: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (takeReplyWritten(req.context)) await queueCitizenMail(req.payload, { kind: 'reply', enquiry: doc.id }, req)
  return doc
}
