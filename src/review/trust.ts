import type { PayloadRequest } from 'payload'

import { assignedMissionIds, isMissionEditor } from '../access/roles'

/**
 * Collections whose mission editors publish directly when a ministry administrator marks their
 * mission trusted (issue 17: "releases and pages"). Alerts and travel advice always go through
 * a ministry editor: a warning to nationals is the ministry's word.
 */
export const TRUSTED_PUBLISHING: ReadonlySet<string> = new Set(['press-releases', 'mission-pages', 'blog-posts'])

const KEPT = Symbol('chancery.trustedMissions')
type Kept = { [KEPT]?: Promise<string[]> }

/** The missions assigned to the request's mission editor that are trusted; read once per request. */
export function trustedMissionIds(req: PayloadRequest): Promise<string[]> {
  if (!isMissionEditor(req.user)) return Promise.resolve([])
  const holder = req as PayloadRequest & Kept
  holder[KEPT] ??= (async () => {
    const assigned = assignedMissionIds(req.user)
    if (assigned.length === 0) return []
    const found = await req.payload.find({
      collection: 'missions',
      where: { and: [{ id: { in: assigned } }, { trusted: { equals: true } }] },
      depth: 0,
      limit: assigned.length,
      pagination: false,
      select: { trusted: true } as never,
      overrideAccess: true,
      req,
    })
    return (found.docs as unknown as { id: string }[]).map((doc) => String(doc.id))
  })()
  return holder[KEPT]
}

/** Whether the request's mission editor may publish this collection's documents of this mission. */
export async function publishesDirectly(req: PayloadRequest, collection: string, mission: string | null): Promise<boolean> {
  if (!mission || !TRUSTED_PUBLISHING.has(collection)) return false
  return (await trustedMissionIds(req)).includes(mission)
}
