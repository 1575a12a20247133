/**
 * The review queue in the admin's navigation, with how many drafts wait: for ministry users
 * those submitted for review, for mission editors those returned to them.
 */
import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { isMinistryUser, isMissionEditor } from '../access/roles'
import { loadReviewQueue, REVIEW_QUEUE_PATH } from '../review/reviewQueue'

type Props = { payload: Payload; user?: PayloadRequest['user'] }

export async function ReviewNavLink({ payload, user }: Props) {
  if (!isMinistryUser(user) && !isMissionEditor(user)) return null
  const waiting = (await loadReviewQueue(payload, user ?? null, isMinistryUser(user) ? ['submitted'] : ['returned'])).length
  const href = `${payload.config.routes.admin.replace(/\/$/, '')}${REVIEW_QUEUE_PATH}`
  const label = isMinistryUser(user) ? 'waiting for review' : 'returned to you'
  return (
    <a className="nav__link" href={href} id="nav-review">
      <span className="nav__link-label">
        Review queue <span id="nav-review-count" aria-label={`${waiting} ${label}`}>({waiting})</span>
      </span>
    </a>
  )
}
