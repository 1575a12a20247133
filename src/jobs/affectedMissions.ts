import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'

/**
 * Which mission sites show a document: every site, or some identified by mission id (the
 * relations documents hold) or by slug (a mission document knows its own).
 */
export type Affected = 'all' | { ids: string[]; slugs: string[] }

type Doc = Record<string, unknown> | null | undefined

export const NONE: Affected = { ids: [], slugs: [] }

const byIds = (values: unknown[]): Affected => ({ ids: values.map(idOf).filter((id): id is string => id !== null), slugs: [] })

export function union(...parts: Affected[]): Affected {
  if (parts.includes('all')) return 'all'
  const ids = new Set<string>()
  const slugs = new Set<string>()
  for (const part of parts as Exclude<Affected, 'all'>[]) {
    part.ids.forEach((id) => ids.add(id))
    part.slugs.forEach((slug) => slugs.add(slug))
  }
  return { ids: [...ids].sort(), slugs: [...slugs].sort() }
}

export const isNone = (affected: Affected) => affected !== 'all' && affected.ids.length === 0 && affected.slugs.length === 0

/** A mission's release shows on its own site; a ministry release where it is syndicated (the same rule as releaseAppearsOn). */
export function releaseSites(doc: Doc): Affected {
  if (!doc) return NONE
  const owner = idOf(doc.mission)
  if (owner) return byIds([owner])
  if (doc.syndication === 'all') return 'all'
  if (doc.syndication === 'selected') return byIds((doc.syndicatedTo as unknown[] | null) ?? [])
  return NONE
}

/** Mission pages and social accounts show on their mission's site only. */
export function ownMissionSite(doc: Doc): Affected {
  return doc ? byIds([doc.mission]) : NONE
}

/** A service shows on the site of every mission that offers it. */
export function serviceSites(doc: Doc): Affected {
  return doc ? byIds((doc.missions as unknown[] | null) ?? []) : NONE
}

/** A mission's own site; its slug names the site folder. */
export function missionSite(doc: Doc): Affected {
  return typeof doc?.slug === 'string' && doc.slug ? { ids: [], slugs: [doc.slug] } : NONE
}

/** Shared by every site (brand, topics, platforms, images). */
export const everySite = (): Affected => 'all'

/**
 * Travel advice shows on the ministry's site and on the home page of every mission whose host
 * country or jurisdiction is the advice's country. With no such mission, every site: the
 * rebuild queue has no "ministry only" build, and the ministry's pages must follow.
 */
export async function travelAdviceSites(doc: Doc, req: PayloadRequest): Promise<Affected> {
  const country = typeof doc?.country === 'string' ? doc.country : null
  if (!country) return NONE
  const found = await req.payload.find({
    collection: 'missions', depth: 0, pagination: false, select: { slug: true }, req,
    where: { or: [{ hostCountry: { equals: country } }, { 'jurisdiction.country': { equals: country } }] },
  })
  return found.docs.length ? byIds(found.docs.map((m) => m.id)) : 'all'
}
