/**
 * Recomputes the stored status of documents whose languages changed without the documents
 * being saved: a mission that adds a language, drops one or changes its default. Written below
 * Payload's hooks, as Payload itself rewrites the latest version (versions/updateLatestVersion):
 * no new version, no site rebuild, nothing else of the document touched. Both the document
 * (what is published) and its latest version (what the admin lists) are brought up to date.
 */
import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { EDITED_AT, NEEDS, STATUS, type TranslatedCollection } from './collections'
import { languagesOfDocument } from './documentLanguages'
import { documentText } from './localizedText'
import { storedStatus, translationStatus, type EditedAt } from './status'

type Doc = Record<string, unknown>

/** The status fields a stored document (with locales) should hold, or null when it holds them already. */
async function freshStatus(req: PayloadRequest, entry: TranslatedCollection, config: SanitizedCollectionConfig, doc: Doc): Promise<Doc | null> {
  const text = documentText(config.fields, doc, { ignore: entry.ignore })
  const status = translationStatus(text, (doc[EDITED_AT] as EditedAt | undefined) ?? {}, await languagesOfDocument(req, entry, doc))
  const fresh = { [STATUS]: storedStatus(status), [NEEDS]: status.needs }
  const current = { [STATUS]: pickStatus(doc[STATUS], fresh[STATUS]), [NEEDS]: doc[NEEDS] ?? [] }
  return JSON.stringify(current) === JSON.stringify(fresh) ? null : fresh
}

const pickStatus = (value: unknown, shape: object) =>
  Object.fromEntries(Object.keys(shape).map((key) => [key, (value as Doc | null | undefined)?.[key] ?? null]))

/** Brings one document's stored status up to date; true when something was written. */
export async function refreshStoredStatus(req: PayloadRequest, entry: TranslatedCollection, id: string): Promise<boolean> {
  const collection = entry.slug as CollectionSlug
  const config = req.payload.collections[collection].config
  const db = req.payload.db
  let wrote = false

  const doc = await db.findOne<Doc & { id: string }>({ collection, where: { id: { equals: id } }, req })
  if (doc) {
    const fresh = await freshStatus(req, entry, config, doc)
    if (fresh) {
      await db.updateOne({ collection, id, data: { ...doc, ...fresh }, req })
      wrote = true
    }
  }

  if (config.versions) {
    const { docs } = await db.findVersions<Doc>({
      collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, pagination: false, req,
    })
    const latest = docs[0] as (Doc & { id: string; version: Doc }) | undefined
    if (latest) {
      const fresh = await freshStatus(req, entry, config, latest.version)
      if (fresh) {
        const { id: versionId, ...versionData } = latest
        await db.updateVersion({ collection, id: versionId, versionData: { ...versionData, version: { ...latest.version, ...fresh } } as never, req })
        wrote = true
      }
    }
  }
  return wrote
}

/** Every document of the collection that belongs, or in its latest draft belongs, to the mission. */
export async function documentsOfMission(req: PayloadRequest, entry: TranslatedCollection, missionId: string): Promise<string[]> {
  const collection = entry.slug as CollectionSlug
  const db = req.payload.db
  const ids = new Set<string>()
  const { docs } = await db.find<Doc & { id: string }>({ collection, where: { mission: { equals: missionId } }, limit: 0, pagination: false, req, select: { id: true } })
  for (const doc of docs) ids.add(String(doc.id))
  if (req.payload.collections[collection].config.versions) {
    const versions = await db.findVersions<Doc>({
      collection, where: { and: [{ 'version.mission': { equals: missionId } }, { latest: { equals: true } }] }, limit: 0, pagination: false, req,
    })
    for (const version of versions.docs as unknown as { parent: unknown }[]) {
      const parent = typeof version.parent === 'object' && version.parent ? (version.parent as { id: unknown }).id : version.parent
      if (parent) ids.add(String(parent))
    }
  }
  return [...ids].sort()
}
