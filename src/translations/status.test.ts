import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { documentLanguages, MINISTRY_LANGUAGES } from './languages'
import { documentText } from './localizedText'
import { halfTranslations, nextStamp, storedStatus, translationStatus } from './status'

const RELEASE: Field[] = [
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'summary', type: 'textarea', localized: true, required: true },
  { name: 'body', type: 'richText', localized: true },
]
const body = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

const MADRID = documentLanguages({ siteLocales: ['es', 'en'], defaultLocale: 'es' })
const states = (s: ReturnType<typeof translationStatus>) => Object.fromEntries(s.languages.map(({ code, status }) => [code, status.state]))

describe('documentLanguages', () => {
  it('puts the mission’s default language first as the source, among the languages its site serves', () => {
    expect(documentLanguages({ siteLocales: ['fr', 'es', 'en'], defaultLocale: 'fr' })).toEqual({ source: 'fr', languages: ['fr', 'es', 'en'] })
    expect(documentLanguages(null)).toEqual(MINISTRY_LANGUAGES)
    expect(MINISTRY_LANGUAGES).toEqual({ source: 'es', languages: ['es', 'en', 'fr', 'zh', 'ar'] })
  })
})

describe('translationStatus', () => {
  const written = { title: { es: 'Hola', en: 'Hello' }, summary: { es: 'Resumen', en: 'Summary' } }

  it('marks a language with no text missing, and names the fields it lacks', () => {
    const s = translationStatus(documentText(RELEASE, { title: { es: 'Hola' }, summary: { es: 'Resumen' } }), { es: '2025-01-01T00:00:00.000Z' }, MADRID)
    expect(states(s)).toEqual({ es: 'source', en: 'missing' })
    expect(s.languages[1].status.missing).toEqual(['title', 'summary'])
    expect(s.needs).toEqual(['en'])
  })

  it('marks a translation saved after the source translated, and one saved before it outdated', () => {
    const text = documentText(RELEASE, written)
    expect(states(translationStatus(text, { es: '2025-01-01T10:00:00.000Z', en: '2025-01-01T11:00:00.000Z' }, MADRID))).toEqual({ es: 'source', en: 'translated' })
    const outdated = translationStatus(text, { es: '2025-01-02T10:00:00.000Z', en: '2025-01-01T11:00:00.000Z' }, MADRID)
    expect(states(outdated)).toEqual({ es: 'source', en: 'outdated' })
    expect(outdated.needs).toEqual(['en'])
  })

  it('counts a translation missing while a field the source fills is empty in it, even if the document does not require it', () => {
    const text = documentText(RELEASE, { ...written, body: { es: body('Texto') } })
    const s = translationStatus(text, { es: '2025-01-01T10:00:00.000Z', en: '2025-01-01T11:00:00.000Z' }, MADRID)
    expect(s.languages[1].status).toEqual({ state: 'missing', missing: ['body'] })
  })

  it('treats text saved before stamps existed as older than any stamped change, and as even with other unstamped text', () => {
    const text = documentText(RELEASE, written)
    expect(states(translationStatus(text, {}, MADRID))).toEqual({ es: 'source', en: 'translated' })
    expect(states(translationStatus(text, { es: '2025-01-01T10:00:00.000Z' }, MADRID))).toEqual({ es: 'source', en: 'outdated' })
    expect(states(translationStatus(text, { en: '2025-01-01T10:00:00.000Z' }, MADRID))).toEqual({ es: 'source', en: 'translated' })
  })

  it('marks an unwritten source missing, and never calls a translation outdated against nothing', () => {
    const s = translationStatus(documentText(RELEASE, { title: { en: 'Hello' }, summary: { en: 'Summary' } }), { es: '2025-01-02T00:00:00.000Z', en: '2025-01-01T00:00:00.000Z' }, MADRID)
    expect(states(s)).toEqual({ es: 'missing', en: 'translated' })
    expect(s.needs).toEqual(['es'])
  })

  it('judges only the document’s languages; the stored form leaves the others empty', () => {
    const s = translationStatus(documentText(RELEASE, written), {}, MADRID)
    expect(storedStatus(s)).toEqual({ source: 'es', es: 'source', en: 'translated', fr: null, zh: null, ar: null })
  })
})

describe('halfTranslations', () => {
  it('finds a language with some of the required fields and not the others', () => {
    const text = documentText(RELEASE, { title: { es: 'Hola', en: 'Hello', fr: 'Bonjour' }, summary: { es: 'Resumen', fr: 'Résumé' }, body: { es: body('Texto') } })
    expect(halfTranslations(text)).toEqual([{ locale: 'en', filled: ['title'], empty: ['summary'] }])
  })

  it('leaves optional fields to fall back on their own: a translation without a body is not half', () => {
    const text = documentText(RELEASE, { title: { es: 'Hola', en: 'Hello' }, summary: { es: 'Resumen', en: 'Summary' }, body: { es: body('Texto') } })
    expect(halfTranslations(text)).toEqual([])
  })
})

describe('nextStamp', () => {
  it('is now, or one millisecond after the latest stamp when that is not earlier than now', () => {
    const now = new Date('2025-03-01T12:00:00.000Z')
    expect(nextStamp(now, { es: '2025-02-01T00:00:00.000Z' })).toBe('2025-03-01T12:00:00.000Z')
    expect(nextStamp(now, { es: '2025-03-01T12:00:00.000Z', en: null })).toBe('2025-03-01T12:00:00.001Z')
    expect(nextStamp(now, {})).toBe('2025-03-01T12:00:00.000Z')
  })
})
