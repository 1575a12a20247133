import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

/** Every mission site has the same fixed pages, so a mission holds at most one page of each kind. */
export async function checkOnePagePerKind(
  kind: unknown,
  { data, id, req }: { data: Record<string, unknown> | undefined; id?: string | number | null; req: PayloadRequest },
): Promise<true | string> {
  const mission = idOf(data?.mission)
  if (!kind || !mission) return true
  const { totalDocs } = await req.payload.count({
    collection: 'mission-pages',
    where: { and: [{ kind: { equals: kind } }, { mission: { equals: mission } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    req,
  })
  return totalDocs > 0 ? `This mission already has a "${String(kind)}" page; edit that one instead.` : true
}
