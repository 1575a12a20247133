import { APIError, ValidationError } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf, isMinistryUser, isMissionEditor } from '../access/roles'
import { savesPublished } from '../hooks/publishing'
import { queueReviewMail } from './mail/queueReviewMail'
import { isReviewState, reviewEventOf, reviewTransition } from './reviewTransition'
import { publishesDirectly } from './trust'

/**
 * Moves the document along its review (src/review/reviewTransition.ts) and stamps who and when.
 * Saves without a signed-in user (the seed, imports, system jobs) only record a publish.
 */
export const applyReview =
  (missionField: string | null): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data) return data
    const publishing = savesPublished(data, req.context)
    const staff = isMinistryUser(req.user) || isMissionEditor(req.user)
    if (!staff) {
      if (publishing) data.reviewState = 'approved'
      return data
    }
    const actor = isMinistryUser(req.user) ? 'ministry' : 'mission'
    const mission = missionField ? idOf(data[missionField] !== undefined ? data[missionField] : originalDoc?.[missionField]) : null
    const outcome = reviewTransition({
      actor,
      trusted: actor === 'mission' && publishing && (await publishesDirectly(req, collection.slug, mission)),
      previous: originalDoc ? { state: isReviewState(originalDoc.reviewState) ? originalDoc.reviewState : null } : null,
      requested: isReviewState(data.reviewState) ? data.reviewState : undefined,
      publishing,
      comment: String(data.reviewComment ?? originalDoc?.reviewComment ?? ''),
    })
    if (!outcome.ok) {
      if (outcome.field === '_status') throw new APIError(outcome.message, 403, undefined, true)
      throw new ValidationError({ collection: collection.slug, errors: [{ message: outcome.message, path: outcome.field }] })
    }
    const now = new Date().toISOString()
    data.reviewState = outcome.state
    if (outcome.stampSubmitted) Object.assign(data, { submittedBy: req.user!.id, submittedAt: now })
    if (outcome.stampDecided) Object.assign(data, { decidedBy: req.user!.id, decidedAt: now })
    // A comment answers one submission; once the draft is approved it no longer applies.
    if (outcome.state === 'approved') data.reviewComment = null
    return data
  }

/** Tells the reviewers of a submission, and the submitter of a return or an approval, by e-mail. */
export const notifyReview: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const event = reviewEventOf(previousDoc?.reviewState ?? null, doc?.reviewState)
  if (event && req.user) {
    await queueReviewMail(req.payload, { event, collection: collection.slug, id: String(doc.id), by: String(req.user.id) }, req)
  }
  return doc
}
