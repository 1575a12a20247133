/**
 * /admin/review: the drafts waiting for a ministry editor (and, for a mission editor, what came
 * back to them), across every reviewed collection, with links to open and preview each one.
 * Read with the signed-in user's own access: nothing here comes from the address.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isMinistryUser } from '../access/roles'
import { isPreviewCollection, previewPath } from '../preview/previewUrl'
import { loadReviewQueue, REVIEW_QUEUE_PATH, type ReviewItem } from '../review/reviewQueue'
import { AdminFrame, requireSignIn } from './AdminFrame'
import './auditDashboard.css'

const STATE_LABELS: Record<string, string> = { submitted: 'Waiting for review', returned: 'Returned with a comment' }

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const adminRoute = routes.admin.replace(/\/$/, '')
  requireSignIn(req, REVIEW_QUEUE_PATH)

  const items = await loadReviewQueue(req.payload, req.user)
  const missionIds = [...new Set(items.flatMap((i) => i.missionIds))]
  const userIds = [...new Set(items.map((i) => i.submittedBy).filter((id): id is string => Boolean(id)))]
  const [missions, users] = await Promise.all([
    missionIds.length ? req.payload.find({ collection: 'missions', where: { id: { in: missionIds } }, depth: 0, pagination: false, req, select: { name: true } as never }) : null,
    userIds.length ? req.payload.find({ collection: 'users', where: { id: { in: userIds } }, depth: 0, pagination: false, overrideAccess: true, req, select: { name: true, email: true } as never }) : null,
  ])
  type Named = { id: string; name?: string | null; email?: string | null }
  const missionName = new Map(((missions?.docs ?? []) as unknown as Named[]).map((m) => [String(m.id), String(m.name ?? m.id)]))
  const userName = new Map(((users?.docs ?? []) as unknown as Named[]).map((u) => [String(u.id), String(u.name || u.email)]))
  const reviewer = isMinistryUser(req.user)

  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <main className="audit-dashboard" aria-labelledby="review-title">
        <h1 id="review-title">Review queue</h1>
        <p>
          {reviewer
            ? 'Drafts the missions submitted. Open one, preview it in its site, then publish it (the approval) or return it with a comment.'
            : 'Your missions’ drafts in review: returned ones carry the reviewer’s comment; fix them, choose “Submitted for review” and save.'}
        </p>
        {items.length === 0 ? (
          <p id="review-empty">Nothing is waiting for review.</p>
        ) : (
          <table className="audit-report__table" id="review-queue">
            <caption>{items.length === 1 ? 'One draft' : `${items.length} drafts`}</caption>
            <thead>
              <tr><th scope="col">Draft</th><th scope="col">Kind</th><th scope="col">Mission</th><th scope="col">State</th><th scope="col">Submitted</th><th scope="col">Preview</th></tr>
            </thead>
            <tbody>
              {items.map((item) => <Row key={`${item.collection}/${item.id}`} item={item} adminRoute={adminRoute} missionName={missionName} userName={userName} />)}
            </tbody>
          </table>
        )}
      </main>
    </AdminFrame>
  )
}

function Row({ item, adminRoute, missionName, userName }: { item: ReviewItem; adminRoute: string; missionName: Map<string, string>; userName: Map<string, string> }) {
  const missions = item.missionIds.map((id) => missionName.get(id) ?? id).join(', ') || 'Ministry'
  const who = item.submittedBy ? userName.get(item.submittedBy) ?? '' : ''
  return (
    <tr>
      <th scope="row">
        <a href={`${adminRoute}/collections/${encodeURIComponent(item.collection)}/${encodeURIComponent(item.id)}`}>{item.title}</a>
        {item.comment && <p className="audit-report__slug">Comment: {item.comment}</p>}
      </th>
      <td>{item.kind}</td>
      <td>{missions}</td>
      <td>{STATE_LABELS[item.state] ?? item.state}</td>
      <td>{[who, item.submittedAt ? new Date(item.submittedAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : ''].filter(Boolean).join(', ')}</td>
      <td>{isPreviewCollection(item.collection) ? <a href={previewPath(item.collection, item.id)}>Preview</a> : '—'}</td>
    </tr>
  )
}
