import type { CollectionAfterChangeHook } from 'payload'

import { queueCitizenMail } from '../../../src/citizen/mail/queueCitizenMail'
import { takeReplyWritten } from './stampReply'

/**
 * The acknowledgement of a new enquiry and each reply leave by e-mail from the jobs queue.
 * Queued inside the save's own transaction: SQLite has one writer, and a write beside an open
 * transaction would wait on it while blocking the event loop that must finish it.
 */
export const queueCitizenMails: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && req.context.citizenPost === true) {
    await queueCitizenMail(req.payload, { kind: 'acknowledgement', enquiry: doc.id }, req)
  } else if (takeReplyWritten(req.context)) {
    await queueCitizenMail(req.payload, { kind: 'reply', enquiry: doc.id }, req)
  }
  return doc
}
