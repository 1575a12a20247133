import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { idOf, isMinistryUser, isMissionEditor } from '../access/roles'
import type { ReviewState } from './reviewTransition'

/** The collections that go through review, with the field naming their mission (none: the ministry's). */
export const REVIEWED: Record<string, { missionField: string | null }> = {
  'press-releases': { missionField: 'mission' },
  'mission-pages': { missionField: 'mission' },
  'blog-posts': { missionField: 'mission' },
  alerts: { missionField: 'missions' },
  'travel-advice': { missionField: null },
}

export const REVIEW_QUEUE_PATH = '/review'

export type ReviewItem = {
  collection: string
  kind: string
  id: string
  title: string
  state: ReviewState
  missionIds: string[]
  submittedBy: string | null
  submittedAt: string | null
  comment: string | null
}

type User = PayloadRequest['user']

/** What a user's queue holds: ministry users review what is submitted; mission editors see what came back to them. */
export function queueStates(user: User): ReviewState[] {
  if (isMinistryUser(user)) return ['submitted']
  if (isMissionEditor(user)) return ['returned', 'submitted']
  return []
}

/**
 * The drafts in review that this user may open, across every reviewed collection, oldest
 * submission first; read with the user's own access, so a mission editor sees their missions only.
 */
export async function loadReviewQueue(payload: Payload, user: User, states = queueStates(user)): Promise<ReviewItem[]> {
  if (states.length === 0) return []
  const items: ReviewItem[] = []
  for (const [slug, { missionField }] of Object.entries(REVIEWED)) {
    const collection = payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const found = await payload.find({
      collection: slug as CollectionSlug,
      where: { reviewState: { in: states } },
      draft: true, depth: 0, pagination: false, overrideAccess: false, user,
      sort: 'submittedAt',
    })
    const labels = collection.labels as { singular?: unknown }
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      items.push({
        collection: slug,
        kind: typeof labels.singular === 'string' ? labels.singular : slug,
        id: String(doc.id),
        title: String(doc[collection.admin?.useAsTitle ?? 'id'] ?? doc.id),
        state: doc.reviewState as ReviewState,
        missionIds: missionField ? ([] as unknown[]).concat(doc[missionField] ?? []).map(idOf).filter((id): id is string => Boolean(id)) : [],
        submittedBy: idOf(doc.submittedBy),
        submittedAt: typeof doc.submittedAt === 'string' ? doc.submittedAt : null,
        comment: typeof doc.reviewComment === 'string' && doc.reviewComment ? doc.reviewComment : null,
      })
    }
  }
  return items.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
}
