import type { CollectionSlug, Endpoint, Payload, PayloadHandler, PayloadRequest, Where } from 'payload'

import { csvCell, type CsvValue } from '../build/csv'
import { readTrail } from './access'
import { parseTrailFilters, TrailExportError, trailWhere, type TrailFilters } from './exportFilters'
import { TRAIL_SLUG } from './types'

/** Rows read per query while streaming: a page of entries with their changes stays small in memory. */
const PAGE = 200

const PRIVATE = { 'Cache-Control': 'private, no-store' }

export const TRAIL_CSV_COLUMNS = [
  'at', 'action', 'user_email', 'user_id', 'user_role', 'collection', 'document_id', 'title', 'document_status',
  'locale', 'missions', 'mission_ids', 'changes', 'channel', 'ip',
] as const

type Entry = Record<string, unknown>
type Mission = { id?: unknown; name?: unknown } | string

/** The values the entry's `collection` field may take: what the trail records. */
export function trailSubjects(payload: Payload): string[] {
  const field = payload.collections[TRAIL_SLUG as CollectionSlug]?.config.flattenedFields.find((f) => f.name === 'collection')
  const options = field && 'options' in field ? field.options : []
  return options.map((o) => (typeof o === 'string' ? o : o.value))
}

/** One CSV line of an entry, as the caller may read it (the address only for administrators). */
export function trailCsvLine(entry: Entry): string {
  const missions = (Array.isArray(entry.missions) ? entry.missions : []) as Mission[]
  const changes = Array.isArray(entry.changes)
    ? (entry.changes as Entry[]).map(({ field, before, after, omitted }) => ({ field, before: before ?? null, after: after ?? null, omitted: omitted ?? null }))
    : []
  const cells: CsvValue[] = [
    text(entry.at), text(entry.action), text(entry.userEmail), text(entry.userId), text(entry.userRole), text(entry.collection),
    text(entry.documentId), text(entry.title), text(entry.documentStatus), text(entry.locale),
    missions.map((m) => (typeof m === 'object' && typeof m.name === 'string' ? m.name : '')).filter(Boolean).join('; '),
    missions.map((m) => (typeof m === 'object' ? String(m.id ?? '') : m)).filter(Boolean).join('; '),
    changes.length ? JSON.stringify(changes) : '',
    text(entry.channel), text(entry.ip),
  ]
  return `${cells.map(csvCell).join(',')}\r\n`
}

const text = (value: unknown): CsvValue => (value === null || value === undefined ? '' : String(value))

async function missionIdFor(payload: Payload, value: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'missions', where: { or: [{ slug: { equals: value } }, ...(/^[0-9a-f-]{36}$/i.test(value) ? [{ id: { equals: value } }] : [])] },
    limit: 1, depth: 0, select: { slug: true }, overrideAccess: true,
  })
  const id = docs[0]?.id
  if (!id) throw new TrailExportError('mission', `there is no mission with the id or slug ${JSON.stringify(value.slice(0, 60))}`)
  return String(id)
}

/**
 * GET /api/audit-trail/export.csv?user=&mission=&collection=&from=&to= : every entry the
 * caller may read that matches, oldest first, streamed page by page (the trail grows without
 * bound). Read through the Local API as the caller, so the collection's and the fields' read
 * rules decide what comes out, as they do in the admin.
 */
export const exportTrailHandler: PayloadHandler = async (req) => {
  try {
    if (!req.user) throw new TrailExportError('user', 'sign in to export the audit trail', 401)
    if ((await readTrail({ req })) === false) throw new TrailExportError('user', 'your role does not read the audit trail', 403)
    const filters: TrailFilters & { missionId?: string } = parseTrailFilters(req.searchParams ?? new URLSearchParams(), trailSubjects(req.payload))
    if (filters.mission) filters.missionId = await missionIdFor(req.payload, filters.mission)
    const started = new Date()
    return new Response(csvStream(req, trailWhere(filters, started)), {
      headers: {
        ...PRIVATE,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-trail-${started.toISOString().slice(0, 10)}.csv"`,
      },
    })
  } catch (error) {
    if (error instanceof TrailExportError) {
      return Response.json({ errors: [{ message: error.message, parameter: error.parameter }] }, { status: error.status, headers: PRIVATE })
    }
    throw error
  }
}

function csvStream(req: PayloadRequest, where: Where): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let page = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (page === 0) {
          page = 1
          controller.enqueue(encoder.encode(`${TRAIL_CSV_COLUMNS.join(',')}\r\n`))
          return
        }
        const result = await req.payload.find({
          collection: TRAIL_SLUG as CollectionSlug,
          where,
          sort: ['at', 'id'],
          page,
          limit: PAGE,
          depth: 1,
          populate: { missions: { name: true } } as never,
          overrideAccess: false,
          user: req.user,
        })
        controller.enqueue(encoder.encode((result.docs as unknown as Entry[]).map(trailCsvLine).join('')))
        if (!result.hasNextPage) controller.close()
        page += 1
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'audit trail export failed' })
        controller.error(error)
      }
    },
  })
}

export const exportTrailEndpoint: Endpoint = { path: '/export.csv', method: 'get', handler: exportTrailHandler }
