/**
 * What needs translating, language by language, for the admin's translations view: the
 * documents whose stored status says a language is missing or outdated (and documents saved
 * before statuses were kept, so nothing is skipped), read as the signed-in user may read them
 * and narrowed to what they may edit: ministry users the whole network, a mission editor their
 * own missions' documents. Each status is computed again from the text as read, so the list
 * says what is true now and which fields are still empty.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { assignedMissionIds, idOf, isMinistryUser, isMissionEditor } from '../access/roles'
import { isLocaleCode, LOCALE_CODES, LOCALES, type LocaleCode } from '../config/locales'
import { pickText, type LocaleMap } from '../content/localize'
import { EDITED_AT, NEEDS, TRANSLATED_COLLECTIONS, type TranslatedCollection } from './collections'
import { documentLanguages, MINISTRY_LANGUAGES } from './languages'
import { documentText } from './localizedText'
import { translationStatus, type EditedAt } from './status'

type Doc = Record<string, any>
type User = PayloadRequest['user']

export class TranslationQueueError extends Error {
  constructor(readonly status: 400 | 401 | 403, message: string) {
    super(message)
  }
}

export type QueueScope = { kind: 'network' } | { kind: 'missions'; missionIds: string[] }

export function queueScopeFor(user: User | null | undefined): QueueScope {
  if (!user) throw new TranslationQueueError(401, 'Sign in to see what needs translating.')
  if (isMinistryUser(user)) return { kind: 'network' }
  if (isMissionEditor(user)) return { kind: 'missions', missionIds: assignedMissionIds(user) }
  throw new TranslationQueueError(403, 'Your role does not include translations.')
}

export type QueueEntry = {
  collection: string
  collectionLabel: string
  id: string
  title: string
  mission: { id: string; slug: string; name: string } | null
  state: 'missing' | 'outdated'
  /** Fields still empty in this language. */
  missingFields: string[]
  source: LocaleCode
  /** When the source's text last changed, and this language's (null: before this was tracked, or never). */
  sourceEditedAt: string | null
  editedAt: string | null
  published: boolean
  /** The document in the admin, open in this language. */
  editUrl: string
}

export type LanguageQueue = { code: LocaleCode; label: string; entries: QueueEntry[]; outdated: number; missing: number }

export type TranslationQueue = {
  scope: QueueScope
  /** The languages published by anyone in scope (what the view offers to choose from). */
  available: LocaleCode[]
  languages: LanguageQueue[]
  missions: { id: string; slug: string; name: string }[]
}

type Options = { user: User | null | undefined; language?: string; adminRoute?: string; collections?: readonly TranslatedCollection[] }

const labelOf = (label: unknown, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? String(Object.values(label)[0] ?? fallback) : fallback

function titleOf(value: unknown, source: LocaleCode): string {
  if (typeof value === 'string') return value
  const text = pickText(value as LocaleMap<string>, source, source)
  if (text) return text
  const any = value && typeof value === 'object' ? Object.values(value).find((v) => typeof v === 'string' && v.trim()) : null
  return typeof any === 'string' ? any : ''
}

const byUrgency = (a: QueueEntry, b: QueueEntry) =>
  (a.state === b.state ? 0 : a.state === 'outdated' ? -1 : 1) ||
  (b.sourceEditedAt ?? '').localeCompare(a.sourceEditedAt ?? '') ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id)

export async function loadTranslationQueue(payload: Payload, options: Options): Promise<TranslationQueue> {
  const scope = queueScopeFor(options.user)
  if (options.language !== undefined && !isLocaleCode(options.language)) {
    throw new TranslationQueueError(400, `language: "${options.language}" is not a language of the network; use one of ${LOCALE_CODES.join(', ')}`)
  }
  const adminRoute = (options.adminRoute ?? payload.config.routes.admin).replace(/\/$/, '')
  const user = options.user

  const missionWhere: Where = scope.kind === 'missions' ? { id: { in: scope.missionIds } } : {}
  const { docs: missionDocs } = await payload.find({
    collection: 'missions', where: missionWhere, locale: 'all', depth: 0, pagination: false, overrideAccess: false, user,
    select: { name: true, slug: true, siteLocales: true, defaultLocale: true },
  } as Parameters<Payload['find']>[0])
  const missions = new Map((missionDocs as Doc[]).map((m) => [String(m.id), m]))
  const missionView = (m: Doc) => ({ id: String(m.id), slug: String(m.slug), name: titleOf(m.name, documentLanguages(m).source) })

  // The languages anyone in scope publishes in, in the network's order.
  const inScope = scope.kind === 'network'
    ? new Set<LocaleCode>(LOCALE_CODES)
    : new Set((missionDocs as Doc[]).flatMap((m) => documentLanguages(m).languages))
  const wanted = LOCALE_CODES.filter((code) => inScope.has(code) && (options.language === undefined || code === options.language))
  const queues = new Map(wanted.map((code) => [code, [] as QueueEntry[]]))

  const collections = (options.collections ?? TRANSLATED_COLLECTIONS).filter((c) => scope.kind === 'network' || c.owner === 'mission')
  for (const entry of collections) {
    if (wanted.length === 0) break
    const config = payload.collections[entry.slug as CollectionSlug]?.config
    if (!config) continue
    const conditions: Where[] = [{ or: [{ [NEEDS]: { in: wanted } }, { 'translationStatus.source': { exists: false } }] }]
    if (scope.kind === 'missions') conditions.push({ mission: { in: scope.missionIds } })
    const { docs } = await payload.find({
      collection: entry.slug as CollectionSlug, where: { and: conditions }, draft: true, locale: 'all', depth: 0,
      pagination: false, overrideAccess: false, user, showHiddenFields: true,
    } as Parameters<Payload['find']>[0])

    for (const doc of docs as Doc[]) {
      const missionId = entry.owner === 'mission' ? idOf(doc.mission) : null
      const mission = missionId ? missions.get(missionId) : undefined
      if (missionId && !mission) continue
      const languages = mission ? documentLanguages(mission) : MINISTRY_LANGUAGES
      const editedAt = (doc[EDITED_AT] ?? {}) as EditedAt
      const status = translationStatus(documentText(config.fields, doc, { ignore: entry.ignore }), editedAt, languages)
      const useAsTitle = config.admin?.useAsTitle ?? 'id'
      for (const { code, status: s } of status.languages) {
        const queue = queues.get(code)
        if (!queue || (s.state !== 'missing' && s.state !== 'outdated')) continue
        queue.push({
          collection: entry.slug,
          collectionLabel: labelOf(config.labels?.singular, entry.slug),
          id: String(doc.id),
          title: titleOf(doc[useAsTitle], languages.source) || String(doc.id),
          mission: mission ? missionView(mission) : null,
          state: s.state,
          missingFields: s.missing,
          source: languages.source,
          sourceEditedAt: editedAt[languages.source] ?? null,
          editedAt: editedAt[code] ?? null,
          published: doc._status === 'published',
          editUrl: `${adminRoute}/collections/${entry.slug}/${encodeURIComponent(String(doc.id))}?locale=${code}`,
        })
      }
    }
  }

  return {
    scope,
    available: LOCALE_CODES.filter((code) => inScope.has(code)),
    missions: [...missions.values()].map(missionView).sort((a, b) => a.name.localeCompare(b.name)),
    languages: wanted.map((code) => {
      const entries = (queues.get(code) ?? []).sort(byUrgency)
      return {
        code,
        label: LOCALES.find((l) => l.code === code)?.label ?? code,
        entries,
        outdated: entries.filter((e) => e.state === 'outdated').length,
        missing: entries.filter((e) => e.state === 'missing').length,
      }
    }),
  }
}
