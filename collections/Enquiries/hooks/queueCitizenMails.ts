import type { CollectionAfterChangeHook } from 'payload'

import { queueCitizenMail } from '../../../src/citizen/mail/queueCitizenMail'
import { takeReplyWritten } from './stampReply'

/**
 * Each reply leaves by e-mail from the jobs queue (acknowledgements are sent by the form
 * endpoint itself). Queued inside the save's own transaction: SQLite has one writer, and a write
 * beside an open transaction would wait on it while blocking the event loop that must finish it.
 */
export const queueCitizenMails: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (takeReplyWritten(req.context)) {
    await queueCitizenMail(req.payload, { kind: 'reply', enquiry: doc.id }, req)
  }
  return doc
}
