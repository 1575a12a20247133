import type { CollectionBeforeChangeHook } from 'payload'

const REPLY_SENT = 'chancery.enquiryReplySent'

/** Whether this save wrote a new reply (set by stampReply for queueReplyMail); asking clears it for the request's next save. */
export function takeReplyWritten(context: Record<string, unknown>): boolean {
  const written = context[REPLY_SENT] === true
  delete context[REPLY_SENT]
  return written
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * A new or changed reply is what "answering" means: who replied and when are recorded, the
 * first reply is kept for the charter's figures, and an open enquiry becomes answered.
 * Closing stamps the date the retention period counts from; reopening clears it.
 */
export const stampReply: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const now = new Date().toISOString()
  const reply = 'reply' in data ? text(data.reply) : text(originalDoc.reply)
  if (reply && reply !== text(originalDoc.reply)) {
    data.reply = reply
    data.repliedAt = now
    data.repliedBy = req.user?.id ?? null
    data.firstRepliedAt = originalDoc.firstRepliedAt ?? now
    const status = data.status ?? originalDoc.status
    if (status === 'new' || status === 'in-progress') data.status = 'answered'
    req.context[REPLY_SENT] = true
  }
  const status = data.status ?? originalDoc.status
  if (status === 'closed' && originalDoc.status !== 'closed') data.closedAt = now
  if (status !== 'closed' && originalDoc.closedAt) data.closedAt = null
  return data
}
